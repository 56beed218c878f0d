/**
 * What the search knows about each indexed page besides its text: the filters (kommune, region,
 * type, tema, målgruppe, dokumenttype, år) and the result metadata. There are no sort keys: the
 * search page sorts by year in the browser (src/search/page/year-sort.ts). Pages render it with
 * <SearchRecord> (src/search/SearchRecord.astro) as data-pagefind-* attributes.
 *
 * Filter values are ids (kommune=hilleroed, tema=bolig, type=indsats), so the search page's
 * URL is the same as its filter values: /soeg/?q=bolig&kommune=hilleroed.
 */
import type { Catalogue, CaseEntry, GoalEntry, InitiativeEntry } from '../catalogue/model';
import { goalHeading, initiativeHeading, municipalityName } from '../catalogue/labels';
import { DOCUMENT_TYPES, type CatalogueDocument, type Municipality, type Term } from '../collections/schemas';
import { t, type UiKey } from '../i18n';

/** The kinds of pages the search finds, in the order the type filter lists them, with their label. */
export const RESULT_TYPES = [
  { id: 'indsats', label: 'kind.initiative' },
  { id: 'maal', label: 'kind.goal' },
  { id: 'dokument', label: 'kind.document' },
  { id: 'case', label: 'kind.case' },
  { id: 'kommune', label: 'kind.municipality' },
  { id: 'tema', label: 'kind.theme' },
  { id: 'side', label: 'kind.page' },
] as const satisfies readonly { id: string; label: UiKey }[];
export type ResultType = (typeof RESULT_TYPES)[number]['id'];
export const resultTypeLabel = (type: ResultType) => t(RESULT_TYPES.find((x) => x.id === type)!.label);

/** The filter groups, in the order the search page shows them; `key` is the URL parameter. */
export const FILTER_KEYS = ['type', 'kommune', 'region', 'tema', 'maalgruppe', 'dokumenttype', 'aar'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
const FILTER_LABEL = {
  type: 'search.filter.type',
  kommune: 'search.filter.kommune',
  region: 'search.filter.region',
  tema: 'search.filter.tema',
  maalgruppe: 'search.filter.maalgruppe',
  dokumenttype: 'search.filter.dokumenttype',
  aar: 'search.filter.aar',
} as const satisfies Record<FilterKey, UiKey>;
/** A filter group's heading ("Kommune"). */
export const filterLabel = (key: FilterKey) => t(FILTER_LABEL[key]);

export interface SearchRecordData {
  type: ResultType;
  /** The result title, plain text. */
  title: string;
  filters: Record<FilterKey, string[]>;
  /**
   * Metadata shown with a result. Pagefind also searches metadata, so it holds no label words
   * ("Indsats", "Kommune"): the result type comes from the type filter.
   */
  meta: {
    /** Who the entry is from: "Hillerød", "KL", "Vejle, Aarhus". */
    kommune?: string | undefined;
    /** The document an entry belongs to. */
    dokument?: string | undefined;
    /** "2015–2018", "2016". */
    periode?: string | undefined;
  };
  /** Words the page should be found by that it does not show in its indexed text (municipality names). */
  context: string[];
  /** Names the page is the first answer to (a municipality's page for its name): indexed with a high weight. */
  names?: string[];
}

const MAX_YEARS = 20;

/** Years a period covers: 2015–2018 → [2015, 2016, 2017, 2018]; open-ended → the first year. */
function yearsOf(p: { from?: number | undefined; to?: number | undefined } | undefined): number[] {
  if (!p || p.from === undefined) return p?.to !== undefined ? [p.to] : [];
  const to = p.to ?? p.from;
  const years: number[] = [];
  for (let y = p.from; y <= to && years.length < MAX_YEARS; y++) years.push(y);
  return years;
}

/** [2015, …, 2018] → "2015–2018"; [2016] → "2016". */
const yearSpan = (years: number[]) =>
  years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years.length ? String(years[0]) : undefined;

/** The years a document covers (its period, else the year it was adopted, dated or published). */
export function documentTime(d: CatalogueDocument): { years: number[]; periode?: string } {
  const fallbackYear = d.adopted?.year ?? (d.adopted?.date ?? d.dated ?? d.source.date)?.slice(0, 4);
  const years = d.period ? yearsOf(d.period) : fallbackYear ? [Number(fallbackYear)] : [];
  return { years, periode: yearSpan(years) };
}

const uniq = <T>(xs: Iterable<T>) => [...new Set(xs)];

function placeFilters(c: Catalogue, municipalityIds: string[]) {
  const ms = uniq(municipalityIds)
    .map((id) => c.municipality(id))
    .filter((m): m is Municipality => m !== undefined);
  return { kommune: ms.map((m) => m.id), region: uniq(ms.map((m) => m.region)), names: ms.map((m) => m.name) };
}

/** Themes of an entry: its own and those of the document sections it belongs to. */
function entryThemes(c: Catalogue, e: { document: string; themes: string[] }, sectionIds: (string | undefined)[]): string[] {
  const d = c.document(e.document);
  return uniq([...e.themes, ...sectionIds.flatMap((s) => d?.sections.find((x) => x.id === s)?.themes ?? [])]);
}

function issuer(c: Catalogue, d: CatalogueDocument): string {
  return d.municipality ? (c.municipality(d.municipality)?.name ?? d.municipality) : (d.publisher ?? '');
}

export function recordForDocument(c: Catalogue, d: CatalogueDocument): SearchRecordData {
  const goals = c.goalsOfDocument(d.id);
  const initiatives = c.initiativesOfDocument(d.id);
  const cases = c.casesOfDocument(d.id);
  // A document page holds its goals, initiatives and cases: it is found by their themes,
  // target groups and municipalities too.
  const place = placeFilters(c, [...(d.municipality ? [d.municipality] : []), ...cases.flatMap((x) => x.municipalities)]);
  const time = documentTime(d);
  return {
    type: 'dokument',
    title: d.title,
    filters: {
      type: ['dokument'],
      kommune: place.kommune,
      region: place.region,
      tema: uniq([
        ...d.themes,
        ...d.sections.flatMap((s) => s.themes),
        ...goals.flatMap((g) => g.themes),
        ...initiatives.flatMap((i) => i.themes),
        ...cases.flatMap((x) => x.themes),
      ]),
      maalgruppe: uniq([...goals, ...initiatives, ...cases].flatMap((x) => x.targetGroups)),
      dokumenttype: [d.type],
      aar: time.years.map(String),
    },
    meta: { kommune: issuer(c, d), periode: time.periode },
    context: d.municipality ? [] : place.names,
  };
}

function entryRecord(
  c: Catalogue,
  type: 'maal' | 'indsats',
  title: string,
  e: (GoalEntry | InitiativeEntry) & { period?: { from?: number; to?: number } | undefined },
  sectionIds: (string | undefined)[],
): SearchRecordData {
  const d = c.document(e.document)!;
  const place = placeFilters(c, d.municipality ? [d.municipality] : []);
  const time = documentTime(d);
  const ownYears = yearsOf(e.period);
  return {
    type,
    title,
    filters: {
      type: [type],
      kommune: place.kommune,
      region: place.region,
      tema: entryThemes(c, e, sectionIds),
      maalgruppe: uniq(e.targetGroups),
      dokumenttype: [d.type],
      aar: (ownYears.length ? ownYears : time.years).map(String),
    },
    meta: { kommune: issuer(c, d), dokument: d.title, periode: yearSpan(ownYears) ?? time.periode },
    context: [...place.names, d.title],
  };
}

export const recordForGoal = (c: Catalogue, g: GoalEntry) => entryRecord(c, 'maal', goalHeading(g), g, [g.section]);

export const recordForInitiative = (c: Catalogue, i: InitiativeEntry) =>
  entryRecord(c, 'indsats', initiativeHeading(i), i, [i.section, ...i.sections]);

export function recordForCase(c: Catalogue, x: CaseEntry): SearchRecordData {
  const d = c.document(x.document)!;
  const place = placeFilters(c, x.municipalities);
  const time = documentTime(d);
  return {
    type: 'case',
    title: x.title,
    filters: {
      type: ['case'],
      kommune: place.kommune,
      region: place.region,
      tema: uniq(x.themes),
      maalgruppe: uniq(x.targetGroups),
      dokumenttype: [d.type],
      aar: time.years.map(String),
    },
    meta: { kommune: place.names.join(', '), dokument: d.title, periode: time.periode },
    context: place.names,
  };
}

export function recordForMunicipality(c: Catalogue, m: Municipality): SearchRecordData {
  return {
    type: 'kommune',
    title: municipalityName(m),
    filters: { type: ['kommune'], kommune: [m.id], region: [m.region], tema: [], maalgruppe: [], dokumenttype: [], aar: [] },
    meta: {},
    context: [],
    names: [m.name],
  };
}

export function recordForTheme(t: Term): SearchRecordData {
  return {
    type: 'tema',
    title: t.label,
    filters: { type: ['tema'], kommune: [], region: [], tema: [t.id], maalgruppe: [], dokumenttype: [], aar: [] },
    meta: {},
    context: [],
  };
}

/** filterOptions by catalogue: every list page shows them (hundreds of pages at national scale). */
const optionsOf = new WeakMap<Catalogue, Record<FilterKey, { value: string; label: string }[]>>();

/** Every value each filter can take, with its label, in the order the search page lists them. */
export function filterOptions(c: Catalogue): Record<FilterKey, { value: string; label: string }[]> {
  let options = optionsOf.get(c);
  if (!options) optionsOf.set(c, (options = computeFilterOptions(c)));
  return options;
}

function computeFilterOptions(c: Catalogue): Record<FilterKey, { value: string; label: string }[]> {
  const years = new Set<number>();
  for (const d of c.documents) for (const y of documentTime(d).years) years.add(y);
  for (const i of c.initiatives) for (const y of yearsOf(i.period)) years.add(y);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'da');
  return {
    type: RESULT_TYPES.map((x) => ({ value: x.id, label: t(x.label) })),
    kommune: c.municipalities.map((m) => ({ value: m.id, label: m.name })).sort(byLabel),
    region: c.regions.map((r) => ({ value: r.id, label: r.label.replace(/^Region /, '') })),
    tema: c.themes.map((x) => ({ value: x.id, label: x.label })),
    maalgruppe: c.targetGroups.map((x) => ({ value: x.id, label: x.label })),
    // Only the types the catalogue's documents have (an option that finds nothing is noise).
    dokumenttype: DOCUMENT_TYPES.filter((x) => c.documents.some((d) => d.type === x.id)).map((x) => ({ value: x.id, label: x.label })),
    aar: [...years].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) })),
  };
}
