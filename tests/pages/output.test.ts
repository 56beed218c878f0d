/**
 * The built site (npm test builds it first): every content entry has its page, and every
 * internal link and anchor in the output resolves.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor } from '../support/dist';
import { realCatalogue } from '../support/real-content';
import { siteConfig } from '../../src/site.config';

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

  it('has no broken internal link, anchor, src or srcset (also absolute links to the site itself)', () => {
    // The site's own origin, as the canonical links spell it: such absolute URLs are checked too.
    const origin = new URL(byUrl.get('/')!.canonical!).origin;
    const byFile = new Map(pages.map((p) => [p.file, p]));
    const broken: string[] = [];
    const counts = { links: 0, anchors: 0, sources: 0, absolute: 0 };
    const check = (page: (typeof pages)[number], ref: string, kind: 'links' | 'sources') => {
      if (/^(mailto:|tel:|data:)/.test(ref)) return;
      if (/^https?:/.test(ref) && !ref.startsWith(origin + '/')) return;
      if (ref.startsWith(origin)) counts.absolute++;
      const url = new URL(ref.startsWith(origin) ? ref.slice(origin.length) : ref, `http://site${page.url}`);
      counts[kind]++;
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${page.url} → ${ref} (no ${kind === 'links' ? 'page' : 'file'})`);
        return;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && file.endsWith('.html')) {
        counts.anchors++;
        if (!byFile.get(file)?.ids.has(hash)) broken.push(`${page.url} → ${ref} (no id "${hash}")`);
      }
    };
    for (const page of pages) {
      for (const href of page.hrefs) check(page, href, 'links');
      for (const src of page.srcs) check(page, src, 'sources');
      for (const url of page.metaUrls) check(page, url, 'links');
    }
    console.log(
      `links: ${pages.length} pages, ${counts.links} links (${counts.anchors} with an anchor, ${counts.absolute} absolute to ${origin}), ${counts.sources} src/srcset, ${broken.length} broken`,
    );
    expect(broken).toEqual([]);
    expect(counts.links).toBeGreaterThan(1000);
    expect(counts.anchors).toBeGreaterThan(100);
    expect(counts.sources).toBeGreaterThanOrEqual(pages.length);
  });

  it('links the accessibility statement from every page footer; the statement names the configured contact', () => {
    const without = pages.filter((p) => !p.page.select('footer a[href="/tilgaengelighed/"]').length && !p.isRedirect);
    expect(without.map((p) => p.url)).toEqual([]);
    const statement = byUrl.get('/tilgaengelighed/')!.page;
    expect(statement.select('main a').map((a) => a.attr('href'))).toContain(`mailto:${siteConfig.accessibility.email}`);
    expect(statement.selectOne('main')!.text).toContain(`inden for ${siteConfig.accessibility.responseDays}`);
    expect(statement.selectOne('main')!.text).toContain('WCAG 2.1');
  });

  it('is Danish on every page, with exactly one h1', () => {
    const wrong = pages.filter((p) => p.page.selectOne('html')?.attr('lang') !== 'da' || p.page.headings().filter((h) => h.level === 1).length !== 1);
    expect(wrong.map((p) => p.url)).toEqual([]);
  });

  it('tells the reader on the page where a source is wrong or cut off', () => {
    const indsats4 = byUrl.get('/indsatser/hilleroed-2015-2018-indsats-4/')!.page.selectOne('main')!;
    expect(indsats4.text).toContain('Fejl i kilden');
    const quoted = indsats4.select('strong').find((s) => s.text === 'Kilden skriver:');
    expect(quoted?.closest('p, li, div')?.text).toContain('Kilden skriver: »Mål 5«');
    expect(byUrl.get('/indsatser/hilleroed-2015-2018-indsats-8/')!.page.selectOne('main')!.text).toContain('Kilden er afskåret');
    expect(byUrl.get('/indsatser/kerteminde-2016-job-og-erhvervsmuligheder-3/')!.page.selectOne('main')!.text).toContain('Tallet er aldrig udfyldt i kilden');
  });

  it('lists all 98 municipalities on the municipalities index, by region', () => {
    const page = byUrl.get('/kommuner/')!.page;
    const html = page.selectOne('main')!.text;
    const links = new Set(page.links().flatMap((h) => /^\/kommuner\/([a-z0-9-]+)\/$/.exec(h)?.[1] ?? []));
    expect(links.size).toBe(98);
    for (const region of ['Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark', 'Region Midtjylland', 'Region Nordjylland']) {
      expect(html).toContain(region);
    }
  });
});
