/**
 * The site's one module script, loaded on every page by <SiteScript> (BaseLayout and the redirect
 * page): one external file instead of one per component, since each file is gzipped on its own
 * and costs a request. What it bundles is each small and needed on a page's first view; anything
 * bigger stays behind the lazy import()s of those modules (src/weight/lazy-module.ts):
 *
 * - the colour theme toggle (../components/theme-toggle.ts),
 * - copied headings without soft hyphens (../components/soft-hyphens.ts),
 * - copy and share buttons, anchor focus, redirect forwarding (../citation/share.ts),
 * - the search words highlighted on a page opened from a search result (../search/highlight-on-load.ts).
 */
import '../components/theme-toggle';
import '../components/soft-hyphens';
import '../citation/share';
import '../search/highlight-on-load';
