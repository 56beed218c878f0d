/** Citations (src/lib/citation.ts): the plain Danish reference, BibTeX, CSL-JSON and head meta. */
import { describe, expect, it } from 'vitest';
import { bibEscape, citeCase, citeDocument, citeGoal, citeInitiative, documentDate, formatCitation, type CitationParts } from '../../src/lib/citation';
import { realCatalogue } from '../support/real-content';

const c = realCatalogue();
const SITE = 'https://integrationskataloget.dk';

const parts: CitationParts = {
  id: 'x-2020-indsats-1',
  kind: 'initiative',
  title: 'Indsats 1: Sprog & job_100 %',
  url: 'https://example.org/indsatser/x-2020-indsats-1/',
  issuer: 'Xby Kommune',
  documentTitle: 'Integrationspolitik 2020',
  documentType: 'Politik',
  year: 2020,
  date: '2020-03-05',
  place: 'Tema Job, initiativ 1',
  siteName: 'Integrationskataloget',
};

/** Braces balance (ignoring escaped ones): BibTeX parsers reject anything else. */
function balanced(bib: string): boolean {
  let depth = 0;
  for (const m of bib.replace(/\\[{}]/g, '').matchAll(/[{}]/g)) {
    depth += m[0] === '{' ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('formatCitation', () => {
  it('writes the plain Danish reference: issuer (year), entry, document and place, then the permalink', () => {
    expect(formatCitation(parts).plain).toBe(
      'Xby Kommune (2020): »Indsats 1: Sprog & job_100 %«. I: Integrationspolitik 2020, Tema Job, initiativ 1. Gengivet i Integrationskataloget: https://example.org/indsatser/x-2020-indsats-1/',
    );
  });

  it('writes "u.å." when the year is unknown, and adds how the document is known', () => {
    const cite = formatCitation({ ...parts, year: undefined, date: undefined, via: 'Kendt fra nyheden »X« (Y, 1. januar 2020)' });
    expect(cite.plain).toContain('Xby Kommune (u.å.): »');
    expect(cite.plain).toContain('initiativ 1. Kendt fra nyheden »X« (Y, 1. januar 2020). Gengivet i');
    expect(cite.bibtex).not.toMatch(/\byear\b/);
    expect(cite.csl.issued).toBeUndefined();
    expect(cite.meta.find(([n]) => n === 'citation_publication_date')).toBeUndefined();
  });

  it('escapes BibTeX specials and keeps the institutional author in double braces', () => {
    const { bibtex } = formatCitation(parts);
    expect(bibtex.split('\n')[0]).toBe('@incollection{x-2020-indsats-1,');
    expect(bibtex).toContain('  author    = {{Xby Kommune}},');
    expect(bibtex).toContain('  title     = {Indsats 1: Sprog \\& job\\_100 \\%},');
    expect(bibtex).toContain('  booktitle = {Integrationspolitik 2020},');
    expect(bibtex).toContain('  url       = {https://example.org/indsatser/x-2020-indsats-1/},');
    expect(bibtex.endsWith('\n}')).toBe(true);
    expect(balanced(bibtex)).toBe(true);
    expect(bibEscape('a{b}c\\d~e^f#g$h')).toBe('a\\{b\\}c\\textbackslash{}d\\textasciitilde{}e\\textasciicircum{}f\\#g\\$h');
  });

  it('gives CSL-JSON as a one-item array with the full date where the day is known', () => {
    const cite = formatCitation(parts);
    const [item] = JSON.parse(cite.cslJson);
    expect(item).toEqual({
      id: 'x-2020-indsats-1',
      type: 'chapter',
      title: 'Indsats 1: Sprog & job_100 %',
      'container-title': 'Integrationspolitik 2020',
      author: [{ literal: 'Xby Kommune' }],
      publisher: 'Xby Kommune',
      genre: 'Politik',
      issued: { 'date-parts': [[2020, 3, 5]] },
      note: 'Tema Job, initiativ 1. Gengivet i Integrationskataloget',
      URL: 'https://example.org/indsatser/x-2020-indsats-1/',
      language: 'da',
    });
    expect(cite.meta).toContainEqual(['citation_publication_date', '2020/03/05']);
    expect(cite.meta).toContainEqual(['citation_inbook_title', 'Integrationspolitik 2020']);
  });

  it('cites a document as a report of its issuer', () => {
    const cite = formatCitation({ ...parts, kind: 'document', id: 'xby-integrationspolitik-2020', title: parts.documentTitle, place: undefined });
    expect(cite.plain).toBe('Xby Kommune (2020): Integrationspolitik 2020. Politik. Gengivet i Integrationskataloget: https://example.org/indsatser/x-2020-indsats-1/');
    expect(cite.bibtex.split('\n')[0]).toBe('@techreport{xby-integrationspolitik-2020,');
    expect(cite.bibtex).toContain('institution = {Xby Kommune},');
    expect(cite.csl.type).toBe('report');
    expect(cite.csl['container-title']).toBeUndefined();
    expect(cite.meta).toContainEqual(['citation_technical_report_institution', 'Xby Kommune']);
  });
});

describe('citations of the real catalogue', () => {
  it('cites Hillerød Indsats 4 with its document, year, place in the source and permalink', () => {
    const cite = citeInitiative(c, c.initiative('hilleroed-2015-2018-indsats-4')!, SITE);
    expect(cite.plain).toBe(
      'Hillerød Kommune (2015): »Indsats 4: Kompetenceudvikling i folkeskolen«. I: Integrationshandlingsprogram 2015-2018, Indsats 4, overskrift og tabel (opløst til afsnit). Gengivet i Integrationskataloget: https://integrationskataloget.dk/indsatser/hilleroed-2015-2018-indsats-4/',
    );
  });

  it('names the municipality of a KL case and the news item the catalogue knows the publication from', () => {
    const cite = citeCase(c, c.case('kl-2016-vejle-fast-track')!, SITE);
    expect(cite.plain).toContain('KL (2016): »Fast Track« (Vejle Kommune). I: Kommunale veje til god integration, Udpluk fra cases, 1. case.');
    expect(cite.plain).toContain('Kendt fra nyheden »Integrationskatalog rummer stor idérigdom« (KL, 13. januar 2016).');
    expect(cite.bibtex).toContain('title     = {Fast Track (Vejle Kommune)},');
  });

  it('dates documents by adoption, printed date, period or source date, in that order', () => {
    expect(documentDate(c.document('kerteminde-integrationspolitik-2016')!)).toEqual({ year: 2016, date: '2016-01-28' });
    expect(documentDate(c.document('hoeje-taastrup-integrationspolitik-2006')!)).toEqual({ year: 2006, date: '2006-11-15' });
    expect(documentDate(c.document('hilleroed-integrationshandlingsprogram-2015-2018')!)).toEqual({ year: 2015 });
    expect(documentDate(c.document('kl-kommunale-veje-til-god-integration-2016')!)).toEqual({ year: 2016 });
    expect(citeDocument(c, c.document('kerteminde-integrationspolitik-2016')!, SITE).plain).toContain('Kendt fra en dokumentdelingsside');
  });

  it('gives every goal, initiative, case and document a parseable citation with its own permalink', () => {
    const all = [
      ...c.documents.map((d) => citeDocument(c, d, SITE)),
      ...c.goals.map((g) => citeGoal(c, g, SITE)),
      ...c.initiatives.map((i) => citeInitiative(c, i, SITE)),
      ...c.cases.map((x) => citeCase(c, x, SITE)),
    ];
    expect(all.length).toBeGreaterThan(100);
    for (const cite of all) {
      expect(cite.plain.endsWith(cite.url)).toBe(true);
      expect(cite.url.startsWith(`${SITE}/`)).toBe(true);
      expect(JSON.parse(cite.cslJson)[0].URL).toBe(cite.url);
      expect(balanced(cite.bibtex)).toBe(true);
      expect(cite.year).toBeGreaterThan(2000);
    }
  });
});
