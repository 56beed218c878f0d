/**
 * sitemap.xml and robots.txt for the built site, from the pages actually in dist/: every page
 * whose canonical URL is its own address (redirect pages point elsewhere and say noindex; 404 is
 * not a page of its own). The site's base URL is astro.config.mjs `site` (env SITE_URL).
 * Above 50,000 addresses (the protocol's limit per file) sitemap.xml becomes a sitemap index.
 */
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const SKIP_DIRS = new Set(['_astro', 'pagefind']);
const PER_FILE = 50_000;

/** The start of an HTML file up to </head> (read in blocks: pages can be large, heads are not). */
function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const block = Buffer.alloc(16 * 1024);
    let text = '';
    for (let n = readSync(fd, block); n > 0; n = readSync(fd, block)) {
      text += block.toString('utf8', 0, n); // a split UTF-8 character could only garble body text
      const end = text.indexOf('</head>');
      if (end !== -1) return text.slice(0, end);
    }
    return text;
  } finally {
    closeSync(fd);
  }
}

/** Every "<dir>/index.html" under the output folder as a site path ("/", "/kommuner/x/"), with its head. */
export function builtHtmlPages(distDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) {
        if (!SKIP_DIRS.has(name)) walk(abs);
      } else if (name === 'index.html') {
        const rel = relative(distDir, dir).split('\\').join('/');
        pages.set(rel ? `/${rel}/` : '/', readHead(abs));
      }
    }
  };
  walk(distDir);
  return pages;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The absolute URLs that belong in the sitemap: pages that are their own canonical and indexable. */
export function sitemapUrls(pages: Map<string, string>, site: URL): string[] {
  const out: string[] = [];
  for (const [path, head] of pages) {
    const url = new URL(path, site).href;
    if (/<meta\b[^>]*name="robots"[^>]*content="[^"]*noindex/i.test(head)) continue;
    const canonical = /<link\b[^>]*rel="canonical"[^>]*href="([^"]+)"/i.exec(head)?.[1];
    if (canonical !== undefined && canonical.replace(/&amp;/g, '&') !== url) continue;
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
        const urls = sitemapUrls(builtHtmlPages(distDir), site);
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
