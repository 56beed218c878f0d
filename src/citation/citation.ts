/**
 * How to cite a catalogue entry: the entry, its source document (issuer, title, year, place in
 * the source) and the permalink, as a plain Danish reference, BibTeX, CSL-JSON and the
 * citation_* meta tags reference managers (Zotero, Google Scholar) read from the page head.
 *
 * Only words the source printed stand inside »…«: an entry's title the source prints is quoted,
 * a title the editor wrote stands outside the quotes, marked "[redaktionens titel: …]". Every
 * citation ends with the date the page was built ("Hentet 30. november 2026"), which is when the
 * cited text was read from the catalogue (BibTeX `urldate`, CSL `accessed`).
 *
 * `formatCitation` is pure (tested in tests/citation/citation.test.ts); `cite*` gather the parts
 * from the catalogue, with the build date (`buildDate`, SOURCE_DATE_EPOCH when set) unless given one.
 */
import type { CaseEntry, Catalogue, GoalEntry, InitiativeEntry } from '../catalogue/model';
import { formatDate } from '../i18n/format';
import { generatedAt } from '../open-data/build';
import { municipalityName } from '../catalogue/labels';
import { urls } from '../catalogue/urls';
import type { CatalogueDocument } from '../collections/schemas';
import { t } from '../i18n';

export type CitedKind = 'document' | 'goal' | 'initiative' | 'case';

export interface CitationParts {
  /** The entry id; also the BibTeX key and the CSL id. */
  id: string;
  kind: CitedKind;
  /** The entry's label as the source prints it ("Indsats 4", "Mål 9", "1)"), or a heading it stands under. */
  label?: string | undefined;
  /** The entry's title ("Kompetenceudvikling i folkeskolen"), or the document title for a document. */
  title: string;
  /** True when the editor wrote the title (the source gives none): it is then never quoted as the source's. */
  titleIsEditorial?: boolean | undefined;
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
  /** ISO date the text was read from the catalogue: the build date ("Hentet …"). */
  accessed: string;
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
  accessed: { 'date-parts': number[][] };
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

/** How the editor's title is marked where it stands beside the source's words. */
export const EDITORIAL_TITLE = 'redaktionens titel';

/**
 * An entry's heading for a citation. `quoted` puts the source's title in »…« (the plain
 * reference); without it the heading is plain text (BibTeX, CSL, meta tags). A title the editor
 * wrote is never quoted: "Mål 9 [redaktionens titel: Lighed i sundhed]".
 */
export function citedHeading(p: Pick<CitationParts, 'label' | 'title' | 'titleIsEditorial'>, quoted: boolean): string {
  if (p.titleIsEditorial) return `${p.label ? `${p.label} ` : ''}[${EDITORIAL_TITLE}: ${p.title}]`;
  const title = quoted ? `»${p.title}«` : p.title;
  if (!p.label) return title;
  return /[):.]$/.test(p.label) ? `${p.label} ${title}` : `${p.label}: ${title}`;
}

/** "2026-11-30" → [[2026, 11, 30]] (CSL date-parts). */
const dateParts = (iso: string) => [iso.split('-').map(Number)];

export function formatCitation(p: CitationParts): Citation {
  const isDocument = p.kind === 'document';
  const year = p.year !== undefined ? String(p.year) : 'u.å.';
  const reproduced = `Gengivet i ${p.siteName}`;
  const accessed = `Hentet ${formatDate(p.accessed)}.`;
  const heading = isDocument ? p.title : citedHeading(p, false);
  const title = p.subject ? `${heading} (${p.subject})` : heading;

  const plain = isDocument
    ? [`${p.issuer} (${year}): ${sentence(p.documentTitle)}`, sentence(p.documentType), p.via && sentence(p.via), `${reproduced}: ${p.url}.`, accessed]
    : [
        `${p.issuer} (${year}): ${citedHeading(p, true)}${p.subject ? ` (${p.subject})` : ''}.`,
        sentence(`I: ${p.documentTitle}${p.place ? `, ${p.place}` : ''}`),
        p.via && sentence(p.via),
        `${reproduced}: ${p.url}.`,
        accessed,
      ];

  const note = [!isDocument && p.place, p.via, reproduced].filter(Boolean).map((s) => sentence(s as string)).join(' ').replace(/\.$/, '');
  // Every entry: author, title and where it stands, then the same tail of year, note, URL and language.
  const tail: [string, string | undefined][] = [
    ['year', p.year?.toString()],
    ['note', bibEscape(note)],
    ['url', p.url],
    ['urldate', p.accessed],
    ['language', 'danish'],
    // biblatex's language id: reference managers (Zotero, Better BibTeX) then keep the title's case as written.
    ['langid', 'danish'],
  ];
  const fields: [string, string | undefined][] = isDocument
    ? [['author', `{${bibEscape(p.issuer)}}`], ['title', bibEscape(p.documentTitle)], ['institution', bibEscape(p.issuer)], ['type', bibEscape(p.documentType)], ...tail]
    : [['author', `{${bibEscape(p.issuer)}}`], ['title', bibEscape(title)], ['booktitle', bibEscape(p.documentTitle)], ['publisher', bibEscape(p.issuer)], ...tail];
  const present = fields.filter((f): f is [string, string] => f[1] !== undefined);
  const width = Math.max(...present.map(([k]) => k.length));
  const bibtex = `@${isDocument ? 'techreport' : 'incollection'}{${p.id},\n${present.map(([k, v]) => `  ${k.padEnd(width)} = {${v}},`).join('\n')}\n}`;

  const issued = p.date ? p.date.split('-').map(Number) : p.year !== undefined ? [p.year] : undefined;
  const csl: CslItem = {
    id: p.id,
    type: isDocument ? 'report' : 'chapter',
    title,
    ...(isDocument ? {} : { 'container-title': p.documentTitle }),
    author: [{ literal: p.issuer }],
    publisher: p.issuer,
    genre: p.documentType,
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    accessed: { 'date-parts': dateParts(p.accessed) },
    note,
    URL: p.url,
    language: 'da',
  };

  const meta: [string, string][] = [
    ['citation_title', title],
    ['citation_author', p.issuer],
    ...(issued ? [['citation_publication_date', issued.map((n) => String(n).padStart(2, '0')).join('/')] as [string, string]] : []),
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

let built: string | undefined;

/**
 * The build date as an ISO date in Danish time: the day the site's text was read ("Hentet …").
 * From SOURCE_DATE_EPOCH when set (reproducible builds, tests), else today; the same for every
 * page of a build.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const day = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date(iso));
  if (env !== process.env) return day(generatedAt(env));
  return (built ??= day(generatedAt(env)));
}

function documentParts(c: Catalogue, d: CatalogueDocument, accessed: string) {
  const m = d.municipality ? c.municipality(d.municipality) : undefined;
  return {
    issuer: m ? municipalityName(m) : (d.publisher ?? d.municipality ?? ''),
    documentTitle: d.title,
    documentType: c.documentTypeLabel(d.type),
    ...documentDate(d),
    via: documentVia(d),
    siteName: t('site.name'),
    accessed,
  };
}

const absolute = (path: string, site: URL | string | undefined) => new URL(path, site ?? 'https://integrationskataloget.dk').href;

export function citeDocument(c: Catalogue, d: CatalogueDocument, site: URL | string | undefined, accessed = buildDate()): Citation {
  return formatCitation({ id: d.id, kind: 'document', title: d.title, url: absolute(urls.document(d.id), site), ...documentParts(c, d, accessed) });
}

/** A goal's title is always the editor's (goalSchema: `title`); its label ("Mål 9") or group heading is the source's. */
export function citeGoal(c: Catalogue, g: GoalEntry, site: URL | string | undefined, accessed = buildDate()): Citation {
  const d = c.document(g.document)!;
  return formatCitation({
    id: g.id,
    kind: 'goal',
    label: g.label ?? g.group,
    title: g.title,
    titleIsEditorial: true,
    url: absolute(urls.goal(g.id), site),
    place: g.source.place,
    ...documentParts(c, d, accessed),
  });
}

export function citeInitiative(c: Catalogue, i: InitiativeEntry, site: URL | string | undefined, accessed = buildDate()): Citation {
  const d = c.document(i.document)!;
  return formatCitation({
    id: i.id,
    kind: 'initiative',
    label: i.label ?? (i.number ? `${i.number}.` : undefined),
    title: i.title,
    titleIsEditorial: i.titleIsEditorial,
    url: absolute(urls.initiative(i.id), site),
    place: i.source.place,
    ...documentParts(c, d, accessed),
  });
}

export function citeCase(c: Catalogue, x: CaseEntry, site: URL | string | undefined, accessed = buildDate()): Citation {
  const d = c.document(x.document)!;
  const subject = x.municipalities.map((id) => { const m = c.municipality(id); return m ? municipalityName(m) : id; }).join(', ');
  return formatCitation({
    id: x.id,
    kind: 'case',
    title: x.title,
    titleIsEditorial: x.titleIsEditorial,
    subject,
    url: absolute(urls.case(x.id), site),
    place: x.source.place,
    ...documentParts(c, d, accessed),
  });
}
