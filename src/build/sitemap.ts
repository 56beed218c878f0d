/**
 * sitemap.xml and robots.txt for the built site, from the pages actually in dist/: every page
 * whose canonical URL is its own address (redirect pages point elsewhere and say noindex; 404 is
 * not a page of its own). The site's base URL is astro.config.mjs `site` (env SITE_URL).
 * Above 50,000 addresses (the protocol's limit per file) sitemap.xml becomes a sitemap index.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPageHeads } from '../html/built';
import type { HtmlPage } from '../html/page';

const PER_FILE = 50_000;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The absolute URLs that belong in the sitemap: pages that are their own canonical and indexable.
 * `pages`: site path → the page's parsed head (src/html/built.ts builtPageHeads).
 */
export function sitemapUrls(pages: Map<string, HtmlPage>, site: URL): string[] {
  const out: string[] = [];
  for (const [path, head] of pages) {
    const url = new URL(path, site).href;
    if (head.select('meta[name=robots i][content]').some((m) => /noindex/i.test(m.attr('content')!))) continue;
    const canonical = head.selectOne('link[rel~=canonical i][href]')?.attr('href');
    if (canonical !== undefined && canonical !== url) continue;
    out.push(url);
  }
  return out.sort();
}

export function urlsetXml(urls: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>\n`).join('')}</urlset>\n`;
}

export function sitemapIndexXml(sitemaps: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.map((u) => `  <sitemap><loc>${escapeXml(u)}</loc></sitemap>\n`).join('')}</sitemapindex>\n`;
}

export function robotsTxt(site: URL): string {
  return `# Written by src/build/sitemap.ts at build time.\nUser-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
}

export default function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let publicDir: URL | undefined;
  return {
    name: 'integrationskataloget:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        publicDir = config.publicDir;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!site) {
          logger.warn('no `site` in astro.config.mjs: no sitemap.xml written');
          return;
        }
        const distDir = fileURLToPath(dir);
        const urls = sitemapUrls(builtPageHeads(distDir), site);
        if (urls.length <= PER_FILE) {
          writeFileSync(join(distDir, 'sitemap.xml'), urlsetXml(urls));
        } else {
          const files: string[] = [];
          for (let i = 0; i * PER_FILE < urls.length; i++) {
            const name = `sitemap-${i + 1}.xml`;
            writeFileSync(join(distDir, name), urlsetXml(urls.slice(i * PER_FILE, (i + 1) * PER_FILE)));
            files.push(new URL(`/${name}`, site).href);
          }
          writeFileSync(join(distDir, 'sitemap.xml'), sitemapIndexXml(files));
        }
        const ownRobots = publicDir && existsSync(new URL('robots.txt', publicDir));
        if (!ownRobots) writeFileSync(join(distDir, 'robots.txt'), robotsTxt(site));
        logger.info(`wrote sitemap.xml (${urls.length} addresses on ${site.origin})${ownRobots ? '' : ' and robots.txt'}`);
      },
    },
  };
}
