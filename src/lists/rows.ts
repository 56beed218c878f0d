/**
 * The rows of the list pages (/indsatser/, /maal/, /succeskriterier/, /cases/, /dokumenter/) and
 * of the theme pages: one row per entry, with what a reader scans a list for (municipality,
 * document, themes, target groups, years), in one stated order. Pure: built from the catalogue.
 *
 * Order: by municipality (the first one an entry names, then the others; entries without a
 * municipality last), then by document (year, then title), then by the entry's place in its
 * document (the catalogue's order: section, then the number the source prints, as a number).
 */
import type { Catalogue, CaseEntry, GoalEntry, InitiativeEntry } from '../catalogue/model';
import type { CatalogueDocument, Municipality, Term } from '../collections/schemas';
import { goalHeading, initiativeHeading } from '../catalogue/labels';
import { documentYear } from '../catalogue/describe';
import { urls } from '../catalogue/urls';
import { documentTime } from '../search/record';

/** The kinds of entry a list can hold. */
export type RowKind = 'documents' | 'goals' | 'initiatives' | 'cases' | 'criteria';

/** One entry of a list. */
export interface ListRow {
  kind: RowKind;
  /** Unique within its list: the entry id, or "<initiative id>/<n>" for the n-th success criterion. */
  key: string;
  href: string;
  title: string;
  /** The municipalities the entry is about, in the order it names them (empty: none, e.g. KL's own catalogue). */
  municipalities: Municipality[];
  /** The document the entry belongs to (a document row: itself). */
  document: CatalogueDocument;
  themes: Term[];
  targetGroups: Term[];
  /** "2015–2018", "2016": the years of the entry (its own period, else its document's). */
  years: string | undefined;
  /** The title of the document section the entry belongs to, where it has one (numbers restart per section in some sources). */
  section?: string | undefined;
  /** The place in the catalogue's order within the document (documents: 0). */
  rank: number;
}

const da = new Intl.Collator('da');

/** The sort key of a row's municipalities: names in the entry's order, joined; "" for none. */
export const municipalityKey = (r: Pick<ListRow, 'municipalities'>) => r.municipalities.map((m) => m.name).join(', ');

/** The one order of every list (see the module comment). */
export function compareRows(a: ListRow, b: ListRow): number {
  const ma = municipalityKey(a);
  const mb = municipalityKey(b);
  if ((ma === '') !== (mb === '')) return ma === '' ? 1 : -1;
  return (
    da.compare(ma, mb) ||
    documentYear(a.document) - documentYear(b.document) ||
    da.compare(a.document.title, b.document.title) ||
    (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0) ||
    a.rank - b.rank
  );
}

const yearSpan = (p: { from?: number | undefined; to?: number | undefined } | undefined) =>
  p?.from === undefined ? undefined : p.to !== undefined && p.to !== p.from ? `${p.from}–${p.to}` : String(p.from);

function terms(c: Catalogue, themeIds: readonly string[], groupIds: readonly string[]) {
  return {
    themes: [...new Set(themeIds)].map((id) => c.theme(id)).filter((x) => x !== undefined),
    targetGroups: [...new Set(groupIds)].map((id) => c.targetGroup(id)).filter((x) => x !== undefined),
  };
}

const placesOf = (c: Catalogue, ids: readonly string[]) => ids.map((id) => c.municipality(id)).filter((m) => m !== undefined);

function documentRow(c: Catalogue, d: CatalogueDocument): ListRow {
  const ownGroups = [...c.goalsOfDocument(d.id), ...c.initiativesOfDocument(d.id), ...c.casesOfDocument(d.id)].flatMap((x) => x.targetGroups);
  return {
    kind: 'documents',
    key: d.id,
    href: urls.document(d.id),
    title: d.title,
    municipalities: placesOf(c, c.municipalitiesOf(d)),
    document: d,
    ...terms(c, c.themesOf(d), ownGroups),
    years: documentTime(d).periode,
    rank: 0,
  };
}

function entryRow(c: Catalogue, kind: 'goals' | 'initiatives', e: GoalEntry | InitiativeEntry, title: string): ListRow {
  const d = c.document(e.document)!;
  return {
    kind,
    key: e.id,
    href: kind === 'goals' ? urls.goal(e.id) : urls.initiative(e.id),
    title,
    municipalities: placesOf(c, c.municipalitiesOf(e)),
    document: d,
    ...terms(c, c.themesOf(e), e.targetGroups),
    years: ('period' in e ? yearSpan(e.period) : undefined) ?? documentTime(d).periode,
    section: e.section ? d.sections.find((x) => x.id === e.section)?.title : undefined,
    rank: c.rank(e.id),
  };
}

function caseRow(c: Catalogue, x: CaseEntry): ListRow {
  const d = c.document(x.document)!;
  return {
    kind: 'cases',
    key: x.id,
    href: urls.case(x.id),
    title: x.title,
    municipalities: placesOf(c, x.municipalities),
    document: d,
    ...terms(c, c.themesOf(x), x.targetGroups),
    years: documentTime(d).periode,
    rank: c.rank(x.id),
  };
}

/** Success criteria are not entries with pages of their own: each row links to its initiative's list of criteria. */
function criterionRows(c: Catalogue, i: InitiativeEntry): ListRow[] {
  const base = entryRow(c, 'initiatives', i, initiativeHeading(i));
  return i.successCriteria.map((k, n) => ({
    ...base,
    kind: 'criteria' as const,
    key: `${i.id}/${n + 1}`,
    href: `${urls.initiative(i.id)}#succeskriterier`,
    title: k.label ? `${k.label}: ${k.text}` : k.text,
    // Criteria of one initiative keep the initiative's place and their own order.
    rank: base.rank + n / i.successCriteria.length,
  }));
}

/** Every row of one kind, in the list order. */
export function rowsOf(c: Catalogue, kind: RowKind): ListRow[] {
  const rows =
    kind === 'documents'
      ? c.documents.map((d) => documentRow(c, d))
      : kind === 'goals'
        ? c.goals.map((g) => entryRow(c, 'goals', g, goalHeading(g)))
        : kind === 'initiatives'
          ? c.initiatives.map((i) => entryRow(c, 'initiatives', i, initiativeHeading(i)))
          : kind === 'cases'
            ? c.cases.map((x) => caseRow(c, x))
            : c.initiatives.flatMap((i) => criterionRows(c, i));
  return rows.sort(compareRows);
}

/** The initiative a criterion row belongs to (its title for the row's context line). */
export const criterionInitiative = (c: Catalogue, r: ListRow) => (r.kind === 'criteria' ? c.initiative(r.key.slice(0, r.key.lastIndexOf('/'))) : undefined);

/** The order of kinds on a theme page, within each municipality. */
export const THEME_KINDS = ['documents', 'initiatives', 'goals', 'cases'] as const satisfies readonly RowKind[];

/**
 * Every entry tagged with a theme, once (a case shared by four municipalities is one row naming
 * all four), in the list order; within one municipality and document, by kind (THEME_KINDS).
 */
export function themeRows(c: Catalogue, themeId: string): ListRow[] {
  const tagged = (r: ListRow) => r.themes.some((t) => t.id === themeId);
  const rows = THEME_KINDS.flatMap((kind) => rowsOf(c, kind).filter(tagged));
  const kindIndex = (r: ListRow) => THEME_KINDS.indexOf(r.kind as (typeof THEME_KINDS)[number]);
  return rows.sort((a, b) => {
    const ma = municipalityKey(a);
    const mb = municipalityKey(b);
    if ((ma === '') !== (mb === '')) return ma === '' ? 1 : -1;
    return da.compare(ma, mb) || kindIndex(a) - kindIndex(b) || compareRows(a, b);
  });
}
