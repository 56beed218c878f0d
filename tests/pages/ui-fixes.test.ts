/**
 * Issue 10, what readers noticed on the pages, checked in the built HTML (dist/): editorial marks,
 * a shared case listed once per theme, no copy button per card on document pages, the error
 * report link, labelled target figures. The browser-side checks are in tests/e2e/ui-fixes.test.ts.
 */
import { describe, expect, it } from 'vitest';
import da from '../../src/i18n/da.json';
import { siteConfig } from '../../src/site.config';
import { urls } from '../../src/catalogue/urls';
import { builtPages, fileFor } from '../support/dist';
import { realCatalogue } from '../support/real-content';
import { readPage } from '../../src/html/built';
import type { HtmlPage } from '../../src/html/page';

const SITE = 'https://integrationskataloget.dk';
const c = realCatalogue();
const pages = builtPages();
const html = (path: string) => readPage(fileFor(path)!);
/** The text of the <p data-editorial> right after a page's <h1> (inside the page header), if any. */
const markAfterH1 = (page: HtmlPage) => {
  const next = page.selectOne('h1')?.next;
  return next?.name === 'p' && next.has('data-editorial') && next.children.length === 0 ? next.text : undefined;
};
/** Pages that are entries (not the redirect pages renamed entries leave behind). */
/** The pages of the catalogue's goals, initiatives, cases and documents (not the list pages /indsatser/2/ …, nor redirect pages). */
const entryUrls = new Set([...c.goals.map((x) => urls.goal(x.id)), ...c.initiatives.map((x) => urls.initiative(x.id)), ...c.cases.map((x) => urls.case(x.id)), ...c.documents.map((x) => urls.document(x.id))]);
const isEntryPage = (p: { url: string; isRedirect: boolean }) => entryUrls.has(p.url) && !p.isRedirect;

describe('editorial words are marked as such (issue 10)', () => {
  it('marks the heading of every goal page as the editor\'s, naming the part that is the source\'s', () => {
    for (const g of c.goals) {
      const mark = markAfterH1(html(urls.goal(g.id)));
      expect(mark, urls.goal(g.id)).toBeDefined();
      expect(mark).toBe(g.label ? da['goal.editorialTitle'].replace('{prefix}', g.label) : da['goal.editorialTitleBare']);
    }
  });

  it('marks every document summary on its page, and the goal headings of its goal list', () => {
    for (const d of c.documents) {
      const page = html(urls.document(d.id));
      // The first editorial mark of the page follows the summary paragraph.
      const mark = page.selectOne('main p[data-editorial]');
      expect(mark?.text, urls.document(d.id)).toBe(da['document.editorialSummary']);
      expect(mark!.previous?.name).toBe('p');
      expect(mark!.previous!.textContent).toBe(d.summary);
      if (c.goalsOfDocument(d.id).length > 0) {
        const goals = page.selectOne('h2#maal')!;
        expect(goals.children, urls.document(d.id)).toEqual([]);
        expect(goals.next?.name === 'p' && goals.next.has('data-editorial') ? goals.next.text : undefined).toBe(da['document.editorialGoalTitles']);
      }
    }
  });

  it('uses one and the same mark for goals, documents, initiatives and cases', () => {
    const classOf = (page: HtmlPage) => page.selectOne('p[data-editorial]')?.attr('class')?.replace(/\bm[tb]-\d\b/g, '').replace(/\s+/g, ' ').trim();
    const initiative = c.initiatives.find((i) => i.titleIsEditorial)!;
    const kase = c.cases.find((x) => x.titleIsEditorial)!;
    const looks = new Set([
      classOf(html(urls.goal(c.goals[0]!.id))),
      classOf(html(urls.document(c.documents[0]!.id))),
      classOf(html(urls.initiative(initiative.id))),
      classOf(html(urls.case(kase.id))),
    ]);
    expect(looks.size).toBe(1);
    expect([...looks][0]).toContain('italic');
  });
});

describe('theme pages (issue 10)', () => {
  const shared = c.cases.filter((x) => x.municipalities.length > 1);

  it('has a case shared by several municipalities to test with', () => {
    expect(shared.length).toBeGreaterThan(0);
  });

  it('list a shared case once, under a heading that names every one of its municipalities', () => {
    for (const x of shared) {
      for (const theme of x.themes) {
        const page = html(urls.theme(theme));
        const links = page.links().filter((h) => h === urls.case(x.id)).length;
        expect(links, `${urls.theme(theme)} links ${x.id}`).toBe(1);
        const section = page.select('section[data-shared-group]').find((s) => s.links().includes(urls.case(x.id)));
        expect(section, `${urls.theme(theme)}: the section holding ${x.id}`).toBeDefined();
        const heading = section!.selectOne('h2')!.text;
        for (const id of x.municipalities) expect(heading).toContain(c.municipality(id)!.name);
      }
    }
  });

  it('still list every entry of the theme', () => {
    for (const theme of c.themes) {
      const page = html(urls.theme(theme.id));
      const items = c.themeGroups(theme.id).flatMap((g) => [
        ...g.items.goals.map((x) => urls.goal(x.id)),
        ...g.items.initiatives.map((x) => urls.initiative(x.id)),
        ...g.items.cases.map((x) => urls.case(x.id)),
      ]);
      const links = page.links();
      for (const href of items) expect(links, `${urls.theme(theme.id)} → ${href}`).toContain(href);
    }
  });
});

describe('document pages (issue 10)', () => {
  it('have no copy or share button inside a goal, initiative or case card', () => {
    for (const d of c.documents) {
      const page = html(urls.document(d.id));
      const entries = [...c.goalsOfDocument(d.id), ...c.initiativesOfDocument(d.id), ...c.casesOfDocument(d.id)];
      for (const e of entries) {
        const card = page.select(`li[id="${e.id}"]`);
        expect(card, `${urls.document(d.id)}#${e.id}`).toHaveLength(1);
        expect(card[0]!.select('button'), `${urls.document(d.id)}#${e.id}`).toEqual([]);
      }
    }
  });
});

describe('"Rapportér en fejl" (issue 10)', () => {
  const entryPages = pages.filter(isEntryPage);

  it('covers every goal, initiative, case and document page', () => {
    expect(entryPages.length).toBe(c.goals.length + c.initiatives.length + c.cases.length + c.documents.length);
  });

  it('is on every entry page: a mailto to the editors with the page\'s permalink in the subject', () => {
    for (const p of entryPages) {
      const links = p.page.select('a[data-report-error]');
      expect(links, p.url).toHaveLength(1);
      expect(links[0]!.children).toEqual([]);
      expect(links[0]!.text).toBe(da['report.link']);
      const url = new URL(links[0]!.attr('href')!);
      expect(url.protocol).toBe('mailto:');
      expect(url.pathname).toBe(siteConfig.corrections.email);
      expect(url.searchParams.get('subject')).toBe(`${da['report.subject']} ${SITE}${p.url}`);
    }
  });
});

describe('target figures are labelled (issue 10)', () => {
  it('says "måltal" and "frist" before the figures of every target with a number or deadline', () => {
    const withTargets = c.initiatives.filter((i) => i.targets.some((x) => x.value !== undefined || x.deadline));
    expect(withTargets.length).toBeGreaterThan(0);
    for (const i of withTargets) {
      const page = html(urls.initiative(i.id));
      const called = page.select('span[data-target-figures]').map((e) => e.text);
      expect(called.length, urls.initiative(i.id)).toBeGreaterThan(0);
      for (const t of called) expect(t, urls.initiative(i.id)).toMatch(new RegExp(`^\\((${da['target.figure']}|${da['target.deadline']}) .+\\)$`));
    }
  });

  it('gives every goal chart a legend for its two dots', () => {
    for (const g of c.goals) {
      const charts = g.measures.filter((m) => m.baseline && m.target?.value !== undefined).length;
      const page = html(urls.goal(g.id));
      const legends = page.select('ul[data-legend]').map((e) => e.text);
      expect(legends.length, urls.goal(g.id)).toBe(charts);
      for (const l of legends) {
        expect(l).toContain(da['chart.baseline']);
        expect(l).toContain(da['chart.target']);
      }
    }
  });
});
