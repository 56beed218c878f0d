/**
 * The catalogue as one object: every entry, and every relation between entries computed once
 * (pages look relations up; they never scan collections themselves, which would make the
 * build quadratic in the number of pages).
 *
 * Pure: built from plain data, so tests can build it from the real content files without Astro.
 */
import type { CollectionName, StoredEntryOf } from '../collections/registry';
import { withoutDrafts } from './drafts';
import {
  DOCUMENT_TYPES,
  REGIONS,
  type Case,
  type CatalogueDocument,
  type Goal,
  type GoalRef,
  type Initiative,
  type Municipality,
  type RegionId,
  type RelatedDocument,
  type Term,
} from '../collections/schemas';

export type InDocument<T> = T & { document: string };
export type GoalEntry = InDocument<Goal>;
export type InitiativeEntry = InDocument<Initiative>;
export type CaseEntry = InDocument<Case>;

/** What the catalogue is built from: every collection of the registry, its entries as stored. */
export type CatalogueInput = { [C in CollectionName]: StoredEntryOf<C>[] };

/** A goal reference of an initiative with the goals it resolves to (a range resolves to several). */
export interface ResolvedGoalRef {
  ref: GoalRef;
  /** The document the reference points into. */
  document: string;
  goals: GoalEntry[];
}

/** Everything one theme (or one municipality) gathers, grouped by municipality. */
export interface Gathered {
  documents: CatalogueDocument[];
  goals: GoalEntry[];
  initiatives: InitiativeEntry[];
  cases: CaseEntry[];
}

const byKey = <T, K>(items: readonly T[], key: (t: T) => K) => new Map(items.map((t) => [key(t), t] as const));

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const emptyGathered = (): Gathered => ({ documents: [], goals: [], initiatives: [], cases: [] });

/** Goals matching a reference inside a document's goals. */
function goalsForRef(ref: GoalRef, docGoals: readonly GoalEntry[]): GoalEntry[] {
  if (ref.goal !== undefined) return docGoals.filter((g) => g.number === ref.goal);
  const from = ref.from ?? 0;
  const to = ref.to ?? -1;
  return docGoals.filter((g) => g.number !== undefined && g.number >= from && g.number <= to);
}

/** Labels and ids in natural order: "2" before "10", "1a" before "1b", "maal-2" before "maal-10" (ASCII ids, so not Danish collation, where "aa" sorts as "å"). */
export const NATURAL_ORDER = new Intl.Collator('en', { numeric: true });

/** An entry as the catalogue orders it: its document, section and number. */
interface Ordered {
  id: string;
  document: string;
  number?: number | string | undefined;
  section?: string | undefined;
}

/**
 * The one order of goals, initiatives and cases everywhere (pages, data files, search): by
 * document (id, natural order), then by the document's own section order, then by the number
 * the source prints, as a number ("Mål 2" before "Mål 10", "1a" before "1b"), then by id.
 * Unnumbered entries follow the numbered ones of their section. The order never depends on the
 * order the content layer hands the entries in (Astro's is by id as text: maal-1, maal-10, maal-2).
 */
export function entryComparator(sectionIndex: (document: string, section: string | undefined) => number) {
  return (a: Ordered, b: Ordered): number => {
    if (a.document !== b.document) return NATURAL_ORDER.compare(a.document, b.document);
    const bySection = sectionIndex(a.document, a.section) - sectionIndex(b.document, b.section);
    if (bySection !== 0) return bySection;
    if (a.number !== undefined && b.number !== undefined) {
      const byNumber = NATURAL_ORDER.compare(String(a.number), String(b.number));
      if (byNumber !== 0) return byNumber;
    } else if (a.number !== undefined || b.number !== undefined) {
      return a.number !== undefined ? -1 : 1;
    }
    return NATURAL_ORDER.compare(a.id, b.id);
  };
}

const byLabel = (a: { id: string; label: string }, b: { id: string; label: string }) => a.label.localeCompare(b.label, 'da') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildCatalogue(all: CatalogueInput) {
  const raw = withoutDrafts(all);
  // Every list the catalogue hands out is in one order (entryComparator), whatever the input order.
  const documentList = [...raw.documents].sort((a, b) => NATURAL_ORDER.compare(a.id, b.id));
  const sectionIndexes = new Map(documentList.map((d) => [d.id, new Map(d.sections.map((s, i) => [s.id, i]))]));
  const order = entryComparator((doc, section) => (section === undefined ? -1 : (sectionIndexes.get(doc)?.get(section) ?? Number.MAX_SAFE_INTEGER)));
  const input: CatalogueInput = {
    ...raw,
    // Taxonomies in Danish alphabetical order of their labels ("Ældre" after "Uddannelse"), whatever order the content layer hands them in.
    themes: [...raw.themes].sort(byLabel),
    targetGroups: [...raw.targetGroups].sort(byLabel),
    documents: documentList,
    goals: [...raw.goals].sort(order),
    initiatives: [...raw.initiatives].sort(order),
    cases: [...raw.cases].sort(order),
  };
  // Each document, goal, initiative and case's place in that order (for search sort keys).
  const ranks = new Map<string, number>();
  for (const e of [...input.documents, ...input.goals, ...input.initiatives, ...input.cases]) ranks.set(e.id, ranks.size);
  const sortByCode = [...input.municipalities].sort((a, b) => a.code.localeCompare(b.code));
  const municipality = byKey(input.municipalities, (m) => m.id);
  const document = byKey(input.documents, (d) => d.id);
  const goal = byKey(input.goals, (g) => g.id);
  const initiative = byKey(input.initiatives, (i) => i.id);
  const caseById = byKey(input.cases, (c) => c.id);
  const theme = byKey(input.themes, (t) => t.id);
  const targetGroup = byKey(input.targetGroups, (t) => t.id);

  const goalsOfDocument = new Map<string, GoalEntry[]>();
  for (const g of input.goals) pushTo(goalsOfDocument, g.document, g);
  const initiativesOfDocument = new Map<string, InitiativeEntry[]>();
  for (const i of input.initiatives) pushTo(initiativesOfDocument, i.document, i);
  const casesOfDocument = new Map<string, CaseEntry[]>();
  for (const c of input.cases) pushTo(casesOfDocument, c.document, c);

  // Initiative → goals (resolved) and goal → initiatives, both ways.
  const goalsServedBy = new Map<string, ResolvedGoalRef[]>();
  const servingGoal = new Map<string, { initiative: InitiativeEntry; ref: GoalRef }[]>();
  for (const i of input.initiatives) {
    const resolved = i.goals.map((ref) => {
      const doc = ref.document ?? i.document;
      const goals = goalsForRef(ref, goalsOfDocument.get(doc) ?? []);
      for (const g of goals) pushTo(servingGoal, g.id, { initiative: i, ref });
      return { ref, document: doc, goals };
    });
    goalsServedBy.set(i.id, resolved);
  }

  // Municipality → documents, cases, related documents.
  const documentsOfMunicipality = new Map<string, CatalogueDocument[]>();
  for (const d of input.documents) if (d.municipality) pushTo(documentsOfMunicipality, d.municipality, d);
  const casesOfMunicipality = new Map<string, CaseEntry[]>();
  for (const c of input.cases) for (const m of c.municipalities) pushTo(casesOfMunicipality, m, c);
  const relatedOfMunicipality = new Map<string, RelatedDocument[]>();
  for (const r of input.relatedDocuments) if (r.municipality) pushTo(relatedOfMunicipality, r.municipality, r);
  const relatedListedIn = new Map<string, RelatedDocument[]>();
  for (const r of input.relatedDocuments) pushTo(relatedListedIn, r.listedIn, r);

  // Theme → everything tagged with it. Initiatives and goals also inherit their section's themes.
  const sectionThemes = (docId: string, sectionIds: (string | undefined)[]) => {
    const doc = document.get(docId);
    return sectionIds.flatMap((s) => doc?.sections.find((x) => x.id === s)?.themes ?? []);
  };
  const byTheme = new Map<string, Gathered>();
  const gather = (themeIds: Iterable<string>, add: (g: Gathered) => void) => {
    for (const t of new Set(themeIds)) {
      let g = byTheme.get(t);
      if (!g) byTheme.set(t, (g = emptyGathered()));
      add(g);
    }
  };
  /** The themes of an entry: its own, and for goals and initiatives those of the document sections they belong to (once each). */
  const themesOf = (entry: CatalogueDocument | GoalEntry | InitiativeEntry | CaseEntry): string[] => {
    if (!('document' in entry) || 'municipalities' in entry) return [...new Set(entry.themes)];
    const sectionIds = 'sections' in entry ? [entry.section, ...entry.sections] : [entry.section];
    return [...new Set([...entry.themes, ...sectionThemes(entry.document, sectionIds)])];
  };
  for (const d of input.documents) gather(themesOf(d), (g) => g.documents.push(d));
  for (const x of input.goals) gather(themesOf(x), (g) => g.goals.push(x));
  for (const x of input.initiatives) gather(themesOf(x), (g) => g.initiatives.push(x));
  for (const x of input.cases) gather(themesOf(x), (g) => g.cases.push(x));

  /** The municipalities an entry belongs to (a case may name several; a KL document none). */
  const municipalitiesOf = (entry: { document: string } | CaseEntry | CatalogueDocument): string[] => {
    if ('municipalities' in entry) return entry.municipalities;
    if ('type' in entry && 'title' in entry && 'source' in entry && !('document' in entry)) {
      return entry.municipality ? [entry.municipality] : [];
    }
    const doc = document.get((entry as { document: string }).document);
    return doc?.municipality ? [doc.municipality] : [];
  };

  /** Group a gathered set by municipality id ("" for entries without one, e.g. KL's catalogue). */
  const groupByMunicipality = (g: Gathered) => {
    const groups = new Map<string, Gathered>();
    const put = <K extends keyof Gathered>(kind: K, item: Gathered[K][number], ids: string[]) => {
      for (const id of ids.length ? ids : ['']) {
        let group = groups.get(id);
        if (!group) groups.set(id, (group = emptyGathered()));
        (group[kind] as Gathered[K][number][]).push(item);
      }
    };
    for (const d of g.documents) put('documents', d, municipalitiesOf(d));
    for (const x of g.goals) put('goals', x, municipalitiesOf(x));
    for (const x of g.initiatives) put('initiatives', x, municipalitiesOf(x));
    for (const x of g.cases) put('cases', x, municipalitiesOf(x));
    return [...groups.entries()]
      .map(([id, items]) => ({ municipality: id ? municipality.get(id) : undefined, items }))
      .sort((a, b) => {
        // Entries without a municipality (e.g. KL's own catalogue) come last.
        if (!a.municipality || !b.municipality) return a.municipality ? -1 : b.municipality ? 1 : 0;
        return a.municipality.name.localeCompare(b.municipality.name, 'da');
      });
  };

  const regions = REGIONS.map((r) => ({
    ...r,
    municipalities: sortByCode
      .filter((m) => m.region === r.id)
      .sort((a, b) => a.name.localeCompare(b.name, 'da')),
  }));

  /** Municipalities that have any content (a document, a case or a related document). */
  const hasContent = (id: string) =>
    (documentsOfMunicipality.get(id)?.length ?? 0) + (casesOfMunicipality.get(id)?.length ?? 0) > 0;

  const documentTypeLabel = (id: string) => DOCUMENT_TYPES.find((t) => t.id === id)?.label ?? id;
  const regionLabel = (id: RegionId) => REGIONS.find((r) => r.id === id)?.label ?? id;

  return {
    ...input,
    municipalitiesByCode: sortByCode,
    regions,
    municipality: (id: string) => municipality.get(id),
    document: (id: string) => document.get(id),
    goal: (id: string) => goal.get(id),
    initiative: (id: string) => initiative.get(id),
    case: (id: string) => caseById.get(id),
    theme: (id: string) => theme.get(id),
    targetGroup: (id: string) => targetGroup.get(id),
    goalsOfDocument: (id: string) => goalsOfDocument.get(id) ?? [],
    initiativesOfDocument: (id: string) => initiativesOfDocument.get(id) ?? [],
    casesOfDocument: (id: string) => casesOfDocument.get(id) ?? [],
    relatedListedIn: (id: string) => relatedListedIn.get(id) ?? [],
    /** The goals an initiative serves, reference by reference (ranges expanded). */
    goalsServedBy: (initiativeId: string) => goalsServedBy.get(initiativeId) ?? [],
    /** The initiatives serving a goal, with the reference that links them. */
    initiativesServing: (goalId: string) => servingGoal.get(goalId) ?? [],
    documentsOfMunicipality: (id: string) => documentsOfMunicipality.get(id) ?? [],
    casesOfMunicipality: (id: string) => casesOfMunicipality.get(id) ?? [],
    relatedOfMunicipality: (id: string) => relatedOfMunicipality.get(id) ?? [],
    hasContent,
    /** Everything tagged with a theme, grouped by municipality. */
    themeGroups: (themeId: string) => groupByMunicipality(byTheme.get(themeId) ?? emptyGathered()),
    themeCounts: (themeId: string) => {
      const g = byTheme.get(themeId) ?? emptyGathered();
      return { documents: g.documents.length, goals: g.goals.length, initiatives: g.initiatives.length, cases: g.cases.length };
    },
    /** Everything about one municipality: its documents with their goals and initiatives, and its cases. */
    about: (id: string): Gathered => {
      const documents = documentsOfMunicipality.get(id) ?? [];
      return {
        documents,
        goals: documents.flatMap((d) => goalsOfDocument.get(d.id) ?? []),
        initiatives: documents.flatMap((d) => initiativesOfDocument.get(d.id) ?? []),
        cases: casesOfMunicipality.get(id) ?? [],
      };
    },
    municipalitiesOf,
    themesOf,
    /** A document's, goal's, initiative's or case's place in the catalogue's order (0 for any other id). */
    rank: (id: string) => ranks.get(id) ?? 0,
    documentTypeLabel,
    regionLabel,
  };
}

export type Catalogue = ReturnType<typeof buildCatalogue>;
