/**
 * After the build: writes dist/_redirects (Netlify / Cloudflare Pages format: a 301 for every old
 * address; the static redirect pages from src/pages/[...redirect].astro serve every other host)
 * and proves that the pages built are exactly the pages the permalink model (and so the lock
 * check that ran before the build) knows. A page the model did not know would never be locked.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtHtmlPages } from './sitemap';
import { getPermalinks, redirectPages } from '../lib/permalinks-site';

export function redirectsFile(redirects: readonly { from: string; to: string }[]): string {
  return `# Written by src/integrations/permalinks.ts at build time: old addresses and where they lead.\n${redirects.map((r) => `${r.from} ${r.to} 301\n`).join('')}`;
}

export default function permalinks(): AstroIntegration {
  return {
    name: 'integrationskataloget:permalinks',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const model = getPermalinks();
        const redirects = redirectPages(model);
        writeFileSync(join(distDir, '_redirects'), redirectsFile(redirects));

        const built = builtHtmlPages(distDir);
        const redirectFrom = new Set(redirects.map((r) => r.from));
        const pages = [...built.keys()].filter((p) => !redirectFrom.has(p));
        const unknown = pages.filter((p) => !model.pages.has(p));
        const missing = [...model.pages].filter((p) => !built.has(p));
        const noRedirectPage = [...redirectFrom].filter((p) => !built.has(p));
        const problems = [
          ...unknown.map((p) => `${p} was built, but the permalink model does not know it, so it would never be locked (a new dynamic route? add it to DYNAMIC_ROUTES in src/lib/permalinks-content.ts)`),
          ...missing.map((p) => `${p} is in the permalink model but was not built`),
          ...noRedirectPage.map((p) => `${p} is redirected but has no redirect page`),
        ];
        if (problems.length > 0) throw new Error(`permalinks: the build and the permalink model disagree:\n  ${problems.join('\n  ')}`);
        logger.info(`wrote _redirects (${redirects.length} old address${redirects.length === 1 ? '' : 'es'}); all ${pages.length} pages are known to the permalink lock`);
      },
    },
  };
}
