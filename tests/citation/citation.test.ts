/**
 * Citations (src/citation/citation.ts): the plain Danish reference, BibTeX, CSL-JSON and head meta.
 * BibTeX is read back with a real parser (@retorquere/bibtex-parser, Better BibTeX's), CSL-JSON is
 * validated against the official CSL schema (tests/fixtures/csl/), and every »…« in a reference is
 * checked against the source file: only words the source printed are quoted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import {
  bibEscape,
  buildDate,
  citeCase,
  citeDocument,
  citeGoal,
  citeInitiative,
  documentDate,
  formatCitation,
  type Citation,
  type CitationParts,
} from '../../src/citation/citation';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { schemaErrors } from '../support/json-schema';
import { realCatalogue, ROOT, seedText } from '../support/real-content';

const c = realCatalogue();
const SITE = 'https://integrationskataloget.dk';
const ACCESSED = '2026-11-30';
// The official schema uses union types ("type": ["string", "number"]), which ajv's strict mode refuses: not strict here.
const cslAjv = new Ajv({ allErrors: true, strict: false });
addFormats(cslAjv);
const cslValidator = cslAjv.compile(JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'csl', 'csl-data.json'), 'utf8')));

const parts: CitationParts = {
  id: 'x-2020-indsats-1',
  kind: 'initiative',
  label: 'Indsats 1',
  title: 'Sprog & job_100 %',
  url: 'https://example.org/indsatser/x-2020-indsats-1/',
  issuer: 'Xby Kommune',
  documentTitle: 'Integrationspolitik 2020',
  documentType: 'Politik',
  year: 2020,
  date: '2020-03-05',
  place: 'Tema Job, initiativ 1',
  siteName: 'Integrationskataloget',
  accessed: ACCESSED,
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
  it('writes the plain Danish reference: issuer (year), entry, document and place, the permalink and the access date', () => {
    expect(formatCitation(parts).plain).toBe(
      'Xby Kommune (2020): Indsats 1: »Sprog & job_100 %«. I: Integrationspolitik 2020, Tema Job, initiativ 1. Gengivet i Integrationskataloget: https://example.org/indsatser/x-2020-indsats-1/. Hentet 30. november 2026.',
    );
  });

  it('puts an editor’s title outside the quotes, marked, and quotes only the source’s words', () => {
    const cite = formatCitation({ ...parts, kind: 'goal', label: 'Mål 9', title: 'Lighed i sundhed', titleIsEditorial: true });
    expect(cite.plain).toContain('Xby Kommune (2020): Mål 9 [redaktionens titel: Lighed i sundhed]. I: ');
    expect(cite.plain).not.toContain('»');
    expect(cite.csl.title).toBe('Mål 9 [redaktionens titel: Lighed i sundhed]');
    expect(formatCitation({ ...parts, label: '1)', title: 'Den gode modtagelse' }).plain).toContain('(2020): 1) »Den gode modtagelse«.');
  });

  it('dates the access by the build: SOURCE_DATE_EPOCH when set, as the Danish calendar day', () => {
    // 23:30 UTC on 29 November is 00:30 on 30 November in Copenhagen.
    expect(buildDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 29, 23, 30) / 1000) })).toBe('2026-11-30');
    expect(buildDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 5, 1, 12) / 1000) })).toBe('2026-06-01');
    const cite = citeGoal(c, c.goal('hilleroed-2015-2018-maal-9')!, SITE, ACCESSED);
    expect(cite.plain.endsWith('Hentet 30. november 2026.')).toBe(true);
    expect(cite.bibtex).toContain('urldate   = {2026-11-30},');
    expect(cite.csl.accessed).toEqual({ 'date-parts': [[2026, 11, 30]] });
  });

  it('writes "u.å." when the year is unknown, and adds how the document is known', () => {
    const cite = formatCitation({ ...parts, year: undefined, date: undefined, via: 'Kendt fra nyheden »X« (Y, 1. januar 2020)' });
    expect(cite.plain).toContain('Xby Kommune (u.å.): Indsats 1: »');
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
      accessed: { 'date-parts': [[2026, 11, 30]] },
      note: 'Tema Job, initiativ 1. Gengivet i Integrationskataloget',
      URL: 'https://example.org/indsatser/x-2020-indsats-1/',
      language: 'da',
    });
    expect(cite.meta).toContainEqual(['citation_publication_date', '2020/03/05']);
    expect(cite.meta).toContainEqual(['citation_inbook_title', 'Integrationspolitik 2020']);
  });

  it('cites a document as a report of its issuer', () => {
    const cite = formatCitation({ ...parts, kind: 'document', id: 'xby-integrationspolitik-2020', label: undefined, title: parts.documentTitle, place: undefined });
    expect(cite.plain).toBe('Xby Kommune (2020): Integrationspolitik 2020. Politik. Gengivet i Integrationskataloget: https://example.org/indsatser/x-2020-indsats-1/. Hentet 30. november 2026.');
    expect(cite.bibtex.split('\n')[0]).toBe('@techreport{xby-integrationspolitik-2020,');
    expect(cite.bibtex).toContain('institution = {Xby Kommune},');
    expect(cite.csl.type).toBe('report');
    expect(cite.csl['container-title']).toBeUndefined();
    expect(cite.meta).toContainEqual(['citation_technical_report_institution', 'Xby Kommune']);
  });
});

describe('citations of the real catalogue', () => {
  it('cites Hillerød Indsats 4 with its document, year, place in the source and permalink', () => {
    const cite = citeInitiative(c, c.initiative('hilleroed-2015-2018-indsats-4')!, SITE, ACCESSED);
    expect(cite.plain).toBe(
      'Hillerød Kommune (2015): Indsats 4: »Kompetenceudvikling i folkeskolen«. I: Integrationshandlingsprogram 2015-2018, Indsats 4, overskrift og tabel (opløst til afsnit). Gengivet i Integrationskataloget: https://integrationskataloget.dk/indsatser/hilleroed-2015-2018-indsats-4/. Hentet 30. november 2026.',
    );
  });

  it('names the municipality of a KL case and the news item the catalogue knows the publication from', () => {
    const cite = citeCase(c, c.case('kl-2016-vejle-fast-track')!, SITE, ACCESSED);
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

  const all: Citation[] = [
    ...c.documents.map((d) => citeDocument(c, d, SITE, ACCESSED)),
    ...c.goals.map((g) => citeGoal(c, g, SITE, ACCESSED)),
    ...c.initiatives.map((i) => citeInitiative(c, i, SITE, ACCESSED)),
    ...c.cases.map((x) => citeCase(c, x, SITE, ACCESSED)),
  ];

  it('gives every goal, initiative, case and document a citation with its own permalink and the access date', () => {
    expect(all.length).toBeGreaterThan(100);
    for (const cite of all) {
      expect(cite.plain).toContain(`: ${cite.url}. Hentet 30. november 2026.`);
      expect(cite.url.startsWith(`${SITE}/`)).toBe(true);
      expect(JSON.parse(cite.cslJson)[0].URL).toBe(cite.url);
      expect(balanced(cite.bibtex)).toBe(true);
      expect(cite.year).toBeGreaterThan(2000);
    }
  });

  it('quotes only words the source printed: every »…« of every reference is in its source file', () => {
    const seeds = new Map<string, string>();
    const norm = (x: string) => x.replace(/\s+/g, ' ');
    const seed = (file: string) => seeds.get(file) ?? (seeds.set(file, norm(seedText(file))), seeds.get(file)!);
    const notInSource: string[] = [];
    for (const cite of all) {
      const file = c.document(cite.kind === 'document' ? cite.id : (c.goal(cite.id) ?? c.initiative(cite.id) ?? c.case(cite.id))!.document)!.source.file;
      for (const [, quoted] of cite.plain.matchAll(/»([^«]*)«/g)) if (!seed(file).includes(norm(quoted!))) notInSource.push(`${cite.id}: »${quoted}«`);
    }
    expect(notInSource).toEqual([]);
    // The editor's titles (every goal's, and those marked titleIsEditorial) stand outside the quotes, marked.
    const goal9 = all.find((x) => x.id === 'hilleroed-2015-2018-maal-9')!;
    expect(goal9.plain).toContain('Mål 9 [redaktionens titel: Lighed i sundhed: mindre rygning i hjem med børn]. I:');
  });

  it('writes BibTeX that a real parser reads back without errors, field for field', () => {
    for (const cite of all) {
      const lib = parseBibtex(cite.bibtex);
      expect(lib.errors, cite.id).toEqual([]);
      expect(lib.entries, cite.id).toHaveLength(1);
      const [entry] = lib.entries;
      expect(entry!.key).toBe(cite.id);
      expect(entry!.type).toBe(cite.kind === 'document' ? 'techreport' : 'incollection');
      expect(entry!.fields.author).toEqual([{ name: cite.issuer }]);
      expect(entry!.fields.title).toBe(cite.csl.title);
      expect(entry!.fields.url).toBe(cite.url);
      expect(entry!.fields.urldate).toBe(ACCESSED);
      if (cite.year !== undefined) expect(entry!.fields.year).toBe(String(cite.year));
    }
  });

  it('writes CSL-JSON that validates against the official CSL data schema', () => {
    for (const cite of all) expect(schemaErrors(cslValidator, JSON.parse(cite.cslJson)), cite.id).toEqual([]);
    // The validation can fail: a wrong type and a malformed date are refused.
    const broken = [{ ...JSON.parse(all[0]!.cslJson)[0], type: 'policy-paper', issued: { 'date-parts': 'x' } }];
    expect(schemaErrors(cslValidator, broken).length).toBeGreaterThan(0);
  });
});
