/**
 * After the build: writes dist/_redirects (Netlify / Cloudflare Pages format), a 301 for every
 * old address, from the static redirect pages src/pages/[...redirect].astro built (they carry
 * their target in <html data-redirect-to>). Hosts that ignore the file still serve those pages.
 * Reading the built pages, not the content, keeps this hook cheap at any catalogue size.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPageHeads } from '../html/built';
import type { HtmlPage } from '../html/page';

export function redirectsFile(redirects: readonly { from: string; to: string }[]): string {
  return `# Written by src/permalinks/integration.ts at build time: old addresses and where they lead.\n${redirects.map((r) => `${r.from} ${r.to} 301\n`).join('')}`;
}

/** The redirect pages among the built pages (site path → parsed head, src/html/built.ts): old address → target. */
export function redirectsInBuild(pages: Map<string, HtmlPage>): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const [from, head] of pages) {
    const to = head.selectOne('html[data-redirect-to]')?.attr('data-redirect-to');
    if (to) out.push({ from, to });
  }
  return out.sort((a, b) => (a.from < b.from ? -1 : 1));
}

export default function permalinks(): AstroIntegration {
  return {
    name: 'integrationskataloget:permalinks',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const redirects = redirectsInBuild(builtPageHeads(distDir));
        writeFileSync(join(distDir, '_redirects'), redirectsFile(redirects));
        logger.info(`wrote _redirects (${redirects.length} old address${redirects.length === 1 ? '' : 'es'})`);
      },
    },
  };
}
