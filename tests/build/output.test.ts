/**
 * The built site (npm test builds it first): every content entry has its page, and every
 * internal link and anchor in the output resolves.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor } from '../support/dist';
import { realCatalogue } from '../support/real-content';

const c = realCatalogue();
const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));

describe('built site', () => {
  it('has a page for every content entry', () => {
    const expected = [
      ...c.municipalities.map((x) => `/kommuner/${x.id}/`),
      ...c.documents.map((x) => `/dokumenter/${x.id}/`),
      ...c.goals.map((x) => `/maal/${x.id}/`),
      ...c.initiatives.map((x) => `/indsatser/${x.id}/`),
      ...c.cases.map((x) => `/cases/${x.id}/`),
      ...c.themes.map((x) => `/temaer/${x.id}/`),
    ];
    const missing = expected.filter((url) => !byUrl.has(url));
    expect(missing).toEqual([]);
    expect(expected.length).toBeGreaterThan(200);
  });

  it('gives every goal, initiative and case a heading anchor on its document page', () => {
    const missing = [...c.goals, ...c.initiatives, ...c.cases]
      .filter((x) => !byUrl.get(`/dokumenter/${x.document}/`)?.ids.has(x.id))
      .map((x) => x.id);
    expect(missing).toEqual([]);
  });

  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const href of page.hrefs) {
        if (/^(https?:|mailto:|tel:|data:)/.test(href)) continue;
        const url = new URL(href, `http://site${page.url}`);
        checked++;
        const file = fileFor(url.pathname);
        if (!file) {
          broken.push(`${page.url} → ${href} (no page)`);
          continue;
        }
        const hash = decodeURIComponent(url.hash.slice(1));
        if (hash && file.endsWith('.html')) {
          const target = pages.find((p) => p.file === file);
          if (!target?.ids.has(hash)) broken.push(`${page.url} → ${href} (no id "${hash}")`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('is Danish on every page, with exactly one h1', () => {
    const wrong = pages.filter((p) => !p.html.includes('<html lang="da"') || (p.html.match(/<h1[\s>]/g) ?? []).length !== 1);
    expect(wrong.map((p) => p.url)).toEqual([]);
  });

  it('tells the reader on the page where a source is wrong or cut off', () => {
    const indsats4 = byUrl.get('/indsatser/hilleroed-2015-2018-indsats-4/')!.html;
    expect(indsats4).toContain('Fejl i kilden');
    expect(indsats4).toMatch(/Kilden skriver:<\/strong> »Mål 5«/);
    expect(byUrl.get('/indsatser/hilleroed-2015-2018-indsats-8/')!.html).toContain('Kilden er afskåret');
    expect(byUrl.get('/indsatser/kerteminde-2016-job-og-erhvervsmuligheder-3/')!.html).toContain('Tallet er aldrig udfyldt i kilden');
  });

  it('lists all 98 municipalities on the municipalities index, by region', () => {
    const html = byUrl.get('/kommuner/')!.html;
    const links = new Set([...html.matchAll(/href="\/kommuner\/([a-z0-9-]+)\/"/g)].map((m) => m[1]));
    expect(links.size).toBe(98);
    for (const region of ['Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark', 'Region Midtjylland', 'Region Nordjylland']) {
      expect(html).toContain(region);
    }
  });
});
