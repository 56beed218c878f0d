/**
 * How to cite a catalogue entry: the entry, its source document (issuer, title, year, place in
 * the source) and the permalink, as a plain Danish reference, BibTeX, CSL-JSON and the
 * citation_* meta tags reference managers (Zotero, Google Scholar) read from the page head.
 *
 * `formatCitation` is pure (tested in tests/unit/citation.test.ts); `cite*` gather the parts
 * from the catalogue.
 */
import type { CaseEntry, Catalogue, GoalEntry, InitiativeEntry } from './catalogue-model';
import { formatDate } from './format';
import { goalHeading, initiativeHeading, municipalityName } from './labels';
import { urls } from './urls';
import type { CatalogueDocument } from '../schemas';
import { t } from '../i18n';

export type CitedKind = 'document' | 'goal' | 'initiative' | 'case';

export interface CitationParts {
  /** The entry id; also the BibTeX key and the CSL id. */
  id: string;
  kind: CitedKind;
  /** The entry's heading ("Indsats 4: …"), or the document title for a document. */
  title: string;
  /** Who the entry is about, when the title does not say (a case's municipalities). */
  subject?: string;
  /** The absolute permalink. */
  url: string;
  /** Who issued the source document: "Hillerød Kommune", "KL". */
  issuer: string;
  documentTitle: string;
  /** "Handlingsprogram", "Politik" … */
  documentType: string;
  year?: number;
  /** ISO date, when the day is known (adoption or the date printed on the document). */
  date?: string;
  /** Where in the source document the entry stands. */
  place?: string;
  /** How the catalogue knows the document, when not from the document itself (a news item). */
  via?: string;
  /** The catalogue's name. */
  siteName: string;
}

/** One CSL-JSON item (the format of Zotero, Mendeley and citeproc). */
export interface CslItem {
  id: string;
  type: 'report' | 'chapter';
  title: string;
  'container-title'?: string;
  author: { literal: string }[];
  publisher: string;
  genre: string;
  issued?: { 'date-parts': number[][] };
  note?: string;
  URL: string;
  language: 'da';
}

export interface Citation extends CitationParts {
  plain: string;
  bibtex: string;
  csl: CslItem;
  cslJson: string;
  /** citation_* meta tags for the page head, as [name, content]. */
  meta: [string, string][];
}

const sentence = (s: string) => (/[.!?…«»"]$/.test(s) ? s : `${s}.`);

/** Escape BibTeX's special characters (UTF-8 letters such as æ, ø, å stay as they are). */
export function bibEscape(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${ch}`;
    }
  });
}

export function formatCitation(p: CitationParts): Citation {
  const isDocument = p.kind === 'document';
  const year = p.year !== undefined ? String(p.year) : 'u.å.';
  const reproduced = `Gengivet i ${p.siteName}`;
  const title = p.subject ? `${p.title} (${p.subject})` : p.title;

  const plain = isDocument
    ? [`${p.issuer} (${year}): ${sentence(p.documentTitle)}`, sentence(p.documentType), p.via && sentence(p.via), `${reproduced}: ${p.url}`]
    : [
        `${p.issuer} (${year}): »${p.title}«${p.subject ? ` (${p.subject})` : ''}.`,
        sentence(`I: ${p.documentTitle}${p.place ? `, ${p.place}` : ''}`),
        p.via && sentence(p.via),
        `${reproduced}: ${p.url}`,
      ];

  const note = [!isDocument && p.place, p.via, reproduced].filter(Boolean).map((s) => sentence(s as string)).join(' ').replace(/\.$/, '');
  const fields: [string, string | undefined][] = isDocument
    ? [
        ['author', `{${bibEscape(p.issuer)}}`],
        ['title', bibEscape(p.documentTitle)],
        ['institution', bibEscape(p.issuer)],
        ['type', bibEscape(p.documentType)],
        ['year', p.year?.toString()],
        ['note', bibEscape(note)],
        ['url', p.url],
        ['language', 'danish'],
      ]
    : [
        ['author', `{${bibEscape(p.issuer)}}`],
        ['title', bibEscape(title)],
        ['booktitle', bibEscape(p.documentTitle)],
        ['publisher', bibEscape(p.issuer)],
        ['year', p.year?.toString()],
        ['note', bibEscape(note)],
        ['url', p.url],
        ['language', 'danish'],
      ];
  const present = fields.filter((f): f is [string, string] => f[1] !== undefined);
  const width = Math.max(...present.map(([k]) => k.length));
  const bibtex = `@${isDocument ? 'techreport' : 'incollection'}{${p.id},\n${present.map(([k, v]) => `  ${k.padEnd(width)} = {${v}},`).join('\n')}\n}`;

  const dateParts = p.date ? p.date.split('-').map(Number) : p.year !== undefined ? [p.year] : undefined;
  const csl: CslItem = {
    id: p.id,
    type: isDocument ? 'report' : 'chapter',
    title,
    ...(isDocument ? {} : { 'container-title': p.documentTitle }),
    author: [{ literal: p.issuer }],
    publisher: p.issuer,
    genre: p.documentType,
    ...(dateParts ? { issued: { 'date-parts': [dateParts] } } : {}),
    note,
    URL: p.url,
    language: 'da',
  };

  const meta: [string, string][] = [
    ['citation_title', title],
    ['citation_author', p.issuer],
    ...(dateParts ? [['citation_publication_date', dateParts.map((n) => String(n).padStart(2, '0')).join('/')] as [string, string]] : []),
    ['citation_publisher', p.issuer],
    isDocument ? ['citation_technical_report_institution', p.issuer] : ['citation_inbook_title', p.documentTitle],
    ['citation_language', 'da'],
  ];

  return { ...p, plain: plain.filter(Boolean).join(' '), bibtex, csl, cslJson: JSON.stringify([csl], null, 2), meta };
}

// ---------------------------------------------------------------------------------------------
// From the catalogue

/** The year (and, where the day is known, the date) a document is cited by. */
export function documentDate(d: CatalogueDocument): { year?: number; date?: string } {
  if (d.adopted?.date) return { year: Number(d.adopted.date.slice(0, 4)), date: d.adopted.date };
  if (d.adopted?.year) return { year: d.adopted.year };
  if (d.dated) return { year: Number(d.dated.slice(0, 4)), date: d.dated };
  if (d.period?.from) return { year: d.period.from };
  if (d.source.date) return { year: Number(d.source.date.slice(0, 4)) };
  return {};
}

/** How the catalogue knows a document that it did not transcribe from the document itself. */
export function documentVia(d: CatalogueDocument): string | undefined {
  const s = d.source;
  if (s.kind === 'nyhed') {
    const about = [s.publisher, s.date && formatDate(s.date)].filter(Boolean).join(', ');
    return `Kendt fra ${s.title ? `nyheden »${s.title}«` : 'en nyhed om dokumentet'}${about ? ` (${about})` : ''}`;
  }
  if (s.kind === 'dokumentdeling') return `Kendt fra en dokumentdelingsside, der gengiver dokumentet${s.publisher ? ` (${s.publisher})` : ''}`;
  return undefined;
}

function documentParts(c: Catalogue, d: CatalogueDocument) {
  const m = d.municipality ? c.municipality(d.municipality) : undefined;
  return {
    issuer: m ? municipalityName(m) : (d.publisher ?? d.municipality ?? ''),
    documentTitle: d.title,
    documentType: c.documentTypeLabel(d.type),
    ...documentDate(d),
    via: documentVia(d),
    siteName: t('site.name'),
  };
}

const absolute = (path: string, site: URL | string | undefined) => new URL(path, site ?? 'https://integrationskataloget.dk').href;

export function citeDocument(c: Catalogue, d: CatalogueDocument, site: URL | string | undefined): Citation {
  return formatCitation({ id: d.id, kind: 'document', title: d.title, url: absolute(urls.document(d.id), site), ...documentParts(c, d) });
}

export function citeGoal(c: Catalogue, g: GoalEntry, site: URL | string | undefined): Citation {
  const d = c.document(g.document)!;
  return formatCitation({ id: g.id, kind: 'goal', title: goalHeading(g), url: absolute(urls.goal(g.id), site), place: g.source.place, ...documentParts(c, d) });
}

export function citeInitiative(c: Catalogue, i: InitiativeEntry, site: URL | string | undefined): Citation {
  const d = c.document(i.document)!;
  return formatCitation({ id: i.id, kind: 'initiative', title: initiativeHeading(i), url: absolute(urls.initiative(i.id), site), place: i.source.place, ...documentParts(c, d) });
}

export function citeCase(c: Catalogue, x: CaseEntry, site: URL | string | undefined): Citation {
  const d = c.document(x.document)!;
  const subject = x.municipalities.map((id) => { const m = c.municipality(id); return m ? municipalityName(m) : id; }).join(', ');
  return formatCitation({ id: x.id, kind: 'case', title: x.title, subject, url: absolute(urls.case(x.id), site), place: x.source.place, ...documentParts(c, d) });
}
