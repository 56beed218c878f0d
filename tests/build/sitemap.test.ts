/** src/build/sitemap.ts: which built pages go into sitemap.xml, and the XML it writes. */
import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapIndexXml, sitemapUrls, urlsetXml } from '../../src/build/sitemap';
import { redirectsFile, redirectsInBuild } from '../../src/permalinks/integration';
import { parseHtml } from '../../src/html/page';

const site = new URL('https://katalog.example.dk');
const head = (canonical: string, extra = '') => parseHtml(`<head><link rel="canonical" href="${canonical}">${extra}</head>`);

describe('sitemap', () => {
  it('lists pages that are their own canonical and indexable, sorted', () => {
    const pages = new Map([
      ['/maal/b/', head('https://katalog.example.dk/maal/b/')],
      ['/', head('https://katalog.example.dk/')],
      ['/indsatser/gammel/', head('https://katalog.example.dk/indsatser/ny/', '<meta name="robots" content="noindex">')],
      ['/kopi/', head('https://katalog.example.dk/maal/b/')],
      ['/uden-canonical/', parseHtml('<head></head>')],
    ]);
    expect(sitemapUrls(pages, site)).toEqual(['https://katalog.example.dk/', 'https://katalog.example.dk/maal/b/', 'https://katalog.example.dk/uden-canonical/']);
  });

  it('writes a urlset, a sitemap index and robots.txt on the configured site, escaping XML', () => {
    expect(urlsetXml(['https://katalog.example.dk/?a=1&b=2'])).toContain('<url><loc>https://katalog.example.dk/?a=1&amp;b=2</loc></url>');
    expect(sitemapIndexXml(['https://katalog.example.dk/sitemap-1.xml'])).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <sitemap><loc>https://katalog.example.dk/sitemap-1.xml</loc></sitemap>');
    expect(robotsTxt(site)).toContain('\nSitemap: https://katalog.example.dk/sitemap.xml\n');
  });

  it('finds the redirect pages among the built pages by their data-redirect-to', () => {
    const pages = new Map([
      ['/indsatser/ny/', parseHtml('<!DOCTYPE html><html lang="da"><head>')],
      ['/indsatser/gammel/', parseHtml('<!DOCTYPE html><html lang="da" data-redirect-to="/indsatser/ny/?a=1&amp;b=2"><head>')],
    ]);
    expect(redirectsInBuild(pages)).toEqual([{ from: '/indsatser/gammel/', to: '/indsatser/ny/?a=1&b=2' }]);
  });

  it('writes _redirects as "from to 301" lines', () => {
    expect(redirectsFile([{ from: '/indsatser/a/', to: '/indsatser/b/' }]).split('\n').slice(1)).toEqual(['/indsatser/a/ /indsatser/b/ 301', '']);
  });
});
