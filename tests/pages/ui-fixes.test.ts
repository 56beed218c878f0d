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
import { readFileSync } from 'node:fs';

const SITE = 'https://integrationskataloget.dk';
const c = realCatalogue();
const pages = builtPages();
const html = (path: string) => readFileSync(fileFor(path)!, 'utf8');
/** Text without tags, entities decoded, soft hyphens removed. */
const text = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/\u00AD/g, '');
/** The element with data-editorial right after a page's <h1>…</h1> (inside the page header). */
const markAfterH1 = (page: string) => page.match(/<\/h1>\s*<p [^>]*data-editorial[^>]*>([^<]*)<\/p>/)?.[1];
/** Pages that are entries (not the redirect pages renamed entries leave behind). */
const isEntryPage = (p: { url: string; html: string }) => /^\/(maal|indsatser|cases|dokumenter)\/[^/]+\/$/.test(p.url) && !p.html.includes('http-equiv="refresh"');

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
      const summary = page.match(/>([^<]*)<\/p>\s*<p [^>]*data-editorial[^>]*>([^<]*)<\/p>/);
      expect(summary?.[2], urls.document(d.id)).toBe(da['document.editorialSummary']);
      expect(text(summary![1]!)).toBe(d.summary);
      if (c.goalsOfDocument(d.id).length > 0) expect(page).toMatch(new RegExp(`<h2 id="maal"[^>]*>[^<]*</h2>\\s*<p [^>]*data-editorial[^>]*>${da['document.editorialGoalTitles']}</p>`));
    }
  });

  it('uses one and the same mark for goals, documents, initiatives and cases', () => {
    const classOf = (page: string) => page.match(/<p class="([^"]*)"[^>]*data-editorial/)?.[1]?.replace(/\bm[tb]-\d\b/g, '').trim();
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
        const links = page.split(`href="${urls.case(x.id)}"`).length - 1;
        expect(links, `${urls.theme(theme)} links ${x.id}`).toBe(1);
        const section = page.match(new RegExp(`<section[^>]*data-shared-group[^>]*>[\\s\\S]*?</section>`, 'g'))?.find((s) => s.includes(urls.case(x.id)));
        expect(section, `${urls.theme(theme)}: the section holding ${x.id}`).toBeDefined();
        const heading = text(section!.match(/<h2[^>]*>([\s\S]*?)<\/h2>/)![1]!);
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
      for (const href of items) expect(page, `${urls.theme(theme.id)} → ${href}`).toContain(`href="${href}"`);
    }
  });
});

describe('document pages (issue 10)', () => {
  it('have no copy or share button inside a goal, initiative or case card', () => {
    for (const d of c.documents) {
      const page = html(urls.document(d.id));
      const entries = [...c.goalsOfDocument(d.id), ...c.initiativesOfDocument(d.id), ...c.casesOfDocument(d.id)];
      for (const e of entries) {
        const card = page.match(new RegExp(`<li id="${e.id}"[\\s\\S]*?</li>\\s*(?=<li id=|</ol>)`))?.[0];
        expect(card, `${urls.document(d.id)}#${e.id}`).toBeDefined();
        expect(card, `${urls.document(d.id)}#${e.id}`).not.toMatch(/<button\b/);
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
      const href = p.html.match(/<a href="([^"]*)"[^>]*data-report-error[^>]*>([^<]*)<\/a>/);
      expect(href, p.url).not.toBeNull();
      expect(href![2]).toBe(da['report.link']);
      const url = new URL(href![1]!.replace(/&amp;/g, '&'));
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
      const called = [...page.matchAll(/<span[^>]*data-target-figures[^>]*>([\s\S]*?)<\/span>\)?<\/span>/g)].map((m) => text(m[1]!));
      expect(called.length, urls.initiative(i.id)).toBeGreaterThan(0);
      for (const t of called) expect(t, urls.initiative(i.id)).toMatch(new RegExp(`^\\((${da['target.figure']}|${da['target.deadline']}) `));
    }
  });

  it('gives every goal chart a legend for its two dots', () => {
    for (const g of c.goals) {
      const charts = g.measures.filter((m) => m.baseline && m.target?.value !== undefined).length;
      const page = html(urls.goal(g.id));
      const legends = [...page.matchAll(/<ul[^>]*data-legend[^>]*>([\s\S]*?)<\/ul>/g)].map((m) => text(m[1]!));
      expect(legends.length, urls.goal(g.id)).toBe(charts);
      for (const l of legends) {
        expect(l).toContain(da['chart.baseline']);
        expect(l).toContain(da['chart.target']);
      }
    }
  });
});
