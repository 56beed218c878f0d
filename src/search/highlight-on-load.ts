/**
 * The search words highlighted on a page opened from a search result (`?highlight=…`, Pagefind's
 * convention): loads the highlighter (./highlight.ts) only then; every other reader runs this
 * one-line check. Part of the site script (src/layouts/site.ts), not a file of its own: one file
 * less on every page's first view (76 B gzip on an initiative page).
 */
import highlighter from './highlight.ts?lazy';

// Only a page with a search record (./SearchRecord.astro) is a search result. A variable, not
// './highlight': see src/weight/lazy-module.ts.
if (new URLSearchParams(location.search).has('highlight') && document.querySelector('[data-search-record]')) void import(/* @vite-ignore */ highlighter);
