/**
 * The list pages as built (dist/): every entry of each kind exactly once across the pages of its
 * list, in the stated order (municipality, then document by year and title, then number as a
 * number), no page over PAGE_SIZE entries, page n at <list>/<n>/ linked with rel=prev/next; the
 * theme pages list each tagged entry once; the front page's tiles lead to the lists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/catalogue/urls';
import { documentYear } from '../../src/catalogue/describe';
import { LISTS, PAGE_SIZE } from '../../src/lists/lists';
import type { RowKind } from '../../src/lists/rows';
import da from '../../src/i18n/da.json';
import { fileFor } from '../support/dist';
import { parseHtml, type HtmlPage } from '../../src/html/page';
import { realCatalogue } from '../support/real-content';

const c = realCatalogue();
const html = (path: string): HtmlPage => {
  const file = fileFor(path);
  if (!file) throw new Error(`${path} is not built`);
  return parseHtml(readFileSync(file, 'utf8'));
};
const entriesOn = (page: HtmlPage) => page.attrs('data-list-entry');
const collator = new Intl.Collator('da');

/** Every page of a list, followed from its first page by the rel="next" links. */
function followPages(first: string): { url: string; html: HtmlPage }[] {
  const pages = [{ url: first, html: html(first) }];
  for (;;) {
    const next = pages.at(-1)!.html.selectOne('a[rel=next]')?.attr('href');
    if (!next) return pages;
    expect(next).toBe(`${first}${pages.length + 1}/`);
    expect(pages.length, `${first}: runaway pager`).toBeLessThan(10_000);
    pages.push({ url: next, html: html(next) });
  }
}

/** What each kind's list must hold, straight from the catalogue: the key of every entry. */
const expected: Record<RowKind, string[]> = {
  initiatives: c.initiatives.map((x) => x.id),
  goals: c.goals.map((x) => x.id),
  cases: c.cases.map((x) => x.id),
  documents: c.documents.map((x) => x.id),
  criteria: c.initiatives.flatMap((i) => i.successCriteria.map((_, n) => `${i.id}/${n + 1}`)),
};

/** An entry's municipalities, document and number, looked up independently of src/lists/. */
function facts(kind: RowKind, key: string) {
  const id = kind === 'criteria' ? key.slice(0, key.lastIndexOf('/')) : key;
  const e = kind === 'documents' ? undefined : kind === 'goals' ? c.goal(id) : kind === 'cases' ? c.case(id) : c.initiative(id);
  const d = kind === 'documents' ? c.document(id)! : c.document(e!.document)!;
  const ms = e && 'municipalities' in e ? e.municipalities : d.municipality ? [d.municipality] : [];
  const section = e && 'section' in e ? e.section : undefined;
  return {
    municipality: ms.map((m) => c.municipality(m)!.name).join(', '),
    document: d,
    sectionIndex: section ? d.sections.findIndex((s) => s.id === section) : -1,
    number: e && 'number' in e && e.number !== undefined ? String(e.number) : undefined,
    criterion: kind === 'criteria' ? Number(key.slice(key.lastIndexOf('/') + 1)) : 0,
  };
}

describe.each(LISTS.map((l) => [l.first, l] as const))('the list %s', (first, list) => {
  const pages = followPages(first);
  const all = pages.flatMap((p) => entriesOn(p.html));

  it('has every entry exactly once across its pages', () => {
    expect(all.length).toBe(expected[list.kind].length);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...expected[list.kind]].sort());
    expect(html(first).selectOne('[data-list-count]')?.attr('data-list-count')).toBe(String(expected[list.kind].length));
  });

  it(`has at most ${PAGE_SIZE} entries on a page, and exactly ${PAGE_SIZE} on all but the last`, () => {
    const sizes = pages.map((p) => entriesOn(p.html).length);
    expect(pages.length).toBe(Math.max(1, Math.ceil(all.length / PAGE_SIZE)));
    sizes.slice(0, -1).forEach((n) => expect(n).toBe(PAGE_SIZE));
    expect(sizes.at(-1)!).toBeLessThanOrEqual(PAGE_SIZE);
    expect(fileFor(`${first}${pages.length + 1}/`), 'no page after the last').toBeUndefined();
    expect(existsSync(fileFor(first)!)).toBe(true);
  });

  it('links each page to the one before with rel="prev"', () => {
    pages.forEach((p, i) => {
      const prev = p.html.selectOne('a[rel=prev]')?.attr('href');
      expect(prev, p.url).toBe(i === 0 ? undefined : i === 1 ? first : `${first}${i}/`);
      if (pages.length > 1) expect(p.html.selectOne('[data-pager] a[aria-current=page]')?.attr('href'), p.url).toBe(p.url);
    });
  });

  it('is sorted by municipality, then document (year, title), then number as a number', () => {
    for (let i = 1; i < all.length; i++) {
      const a = facts(list.kind, all[i - 1]!);
      const b = facts(list.kind, all[i]!);
      const where = `${all[i - 1]} before ${all[i]}`;
      if (a.municipality !== b.municipality) {
        // Entries without a municipality come last.
        if (b.municipality !== '') expect(a.municipality !== '' && collator.compare(a.municipality, b.municipality) < 0, where).toBe(true);
        continue;
      }
      if (a.document.id !== b.document.id) {
        const ya = documentYear(a.document);
        const yb = documentYear(b.document);
        expect(ya < yb || (ya === yb && collator.compare(a.document.title, b.document.title) <= 0), where).toBe(true);
        continue;
      }
      expect(a.sectionIndex, where).toBeLessThanOrEqual(b.sectionIndex);
      if (a.sectionIndex !== b.sectionIndex || a.number === undefined || b.number === undefined) continue;
      if (a.number === b.number) expect(a.criterion, where).toBeLessThan(b.criterion);
      else if (/^\d+$/.test(a.number) && /^\d+$/.test(b.number)) expect(Number(a.number), where).toBeLessThan(Number(b.number));
    }
  });

  it('names each entry’s municipality, document, themes and target groups', () => {
    const items = new Map(pages.flatMap((p) => p.html.select('li[data-list-entry]')).map((li) => [li.attr('data-list-entry')!, li]));
    for (const key of expected[list.kind]) {
      const f = facts(list.kind, key);
      const item = items.get(key);
      expect(item, key).toBeDefined();
      const e = list.kind === 'goals' ? c.goal(key) : list.kind === 'initiatives' ? c.initiative(key) : list.kind === 'cases' ? c.case(key) : undefined;
      for (const theme of e ? c.themesOf(e) : list.kind === 'documents' ? f.document.themes : []) expect(item!.links(), `${key}: theme ${theme}`).toContain(urls.theme(theme));
      for (const g of e?.targetGroups ?? []) expect(item!.text, `${key}: target group ${g}`).toContain(c.targetGroup(g)!.label);
      // The municipality is the heading of the group the entry stands in, the document the subheading before it.
      const group = item!.closest('section[data-list-group]')!;
      const heading = group.selectOne('h2')!.text;
      for (const name of f.municipality ? f.municipality.split(', ') : []) expect(heading, key).toContain(name);
      if (list.kind !== 'documents') expect(group.select('h3 a').map((a) => a.attr('href')), key).toContain(urls.document(f.document.id));
    }
  });
});

describe('the lists on the real content', () => {
  it('lists Hillerød’s goals Mål 1 … Mål 10 in that order on /maal/', () => {
    const order = followPages(urls.goals()).flatMap((p) => entriesOn(p.html)).filter((id) => id.startsWith('hilleroed-2015-2018-maal-'));
    expect(order.map((id) => Number(id.split('-').at(-1)))).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it('spreads the initiatives over more than one page (the pager is exercised)', () => {
    expect(followPages(urls.initiatives()).length).toBeGreaterThan(1);
  });

  it('lists success criteria with their initiative', () => {
    const page = html(urls.criteria());
    const first = c.initiatives.find((i) => i.successCriteria.length > 0)!;
    expect(page.links()).toContain(`${urls.initiative(first.id)}#succeskriterier`);
  });

  it('links the front page’s goal, initiative and criteria counts to their lists', () => {
    const home = html('/');
    for (const [href, key] of [[urls.goals(), 'count.goals'], [urls.initiatives(), 'count.initiatives'], [urls.criteria(), 'count.criteria']] as const) {
      const tile = home.select(`a[href="${href}"]`).find((a) => a.select('span').length === 2);
      expect(tile?.select('span')[1]!.text, href).toBe(da[key]);
      expect(tile?.select('span')[0]!.text, href).toMatch(/^[\d.]+$/);
    }
  });

  it('offers the filters as a form into the search page, with the list’s type', () => {
    for (const l of LISTS) {
      const form = html(l.first).selectOne('[data-list-filters] form')!;
      expect(form.attr('action'), l.first).toBe('/soeg/');
      expect(form.attr('method'), l.first).toBe('get');
      expect(form.selectOne('input[type=hidden][name=type]')?.attr('value'), l.first).toBe(l.searchType);
      for (const key of ['kommune', 'region', 'tema', 'maalgruppe', 'dokumenttype', 'aar']) expect(form.selectOne(`select[name=${key}]`), `${l.first}: ${key}`).toBeDefined();
    }
  });
});

describe('theme pages', () => {
  it('list every entry tagged with the theme exactly once, across their pages', () => {
    for (const theme of c.themes) {
      const pages = followPages(urls.theme(theme.id));
      const listed = pages.flatMap((p) => entriesOn(p.html));
      const n = c.themeCounts(theme.id);
      expect(new Set(listed).size, theme.id).toBe(listed.length);
      expect(listed.length, theme.id).toBe(n.documents + n.goals + n.initiatives + n.cases);
      const tagged = c.themeGroups(theme.id).flatMap((g) => [...g.items.documents, ...g.items.goals, ...g.items.initiatives, ...g.items.cases].map((x) => x.id));
      expect([...listed].sort()).toEqual([...new Set(tagged)].sort());
      for (const p of pages) expect(entriesOn(p.html).length).toBeLessThanOrEqual(PAGE_SIZE);
    }
  });

  it('offer the lists’ filters with the theme fixed', () => {
    const form = html(urls.theme('bolig')).selectOne('[data-list-filters] form')!;
    expect(form.selectOne('input[type=hidden][name=tema]')?.attr('value')).toBe('bolig');
    expect(form.selectOne('select[name=type]')).toBeDefined();
  });
});
