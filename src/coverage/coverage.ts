/**
 * Coverage: how much the catalogue holds about each of the 98 municipalities, in total and per
 * theme. One pure computation from the catalogue (src/lib/catalogue-model.ts), shared by the
 * overview page (/overblik/), the map, the municipality pages and the data files
 * (/data/coverage.json, /data/coverage.csv), so they cannot disagree.
 *
 * An entry is a document, goal, initiative or case. A municipality's entries are its documents
 * with their goals and initiatives, and the cases that name it (`catalogue.about`). An entry
 * belongs to a theme as the theme pages count it (`catalogue.themeGroups`): its own themes, and for
 * goals and initiatives also their section's. An entry with two themes counts under each, so the
 * theme cells of a municipality can add up to more than its total, and an entry with no theme
 * counts in the total only.
 */
import type { Catalogue, Gathered } from '../catalogue/model';
import type { Municipality, Term } from '../collections/schemas';

/** The four kinds of entry, in the order every count lists them. */
export const ENTRY_KINDS = ['documents', 'goals', 'initiatives', 'cases'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** How many entries of each kind, and all together. */
export type Counts = Record<EntryKind, number> & { total: number };

/** One municipality's coverage: its totals, and per theme the counts and the entries themselves. */
export interface MunicipalityCoverage {
  municipality: Municipality;
  totals: Counts;
  /** Every theme of the taxonomy, by name, with the municipality's entries under it (possibly none). */
  themes: { theme: Term; counts: Counts; entries: Gathered }[];
}

export interface Coverage {
  /** The themes by name (Danish order): the columns of the overview. */
  themes: Term[];
  /** By region (the catalogue's region order), and within a region by name (Danish order). */
  regions: { id: string; label: string; municipalities: MunicipalityCoverage[] }[];
  /** Every municipality, looked up by id. */
  of: (municipalityId: string) => MunicipalityCoverage | undefined;
}

const emptyGathered = (): Gathered => ({ documents: [], goals: [], initiatives: [], cases: [] });

/** Counts of a gathered set of entries. */
export function countsOf(g: Gathered): Counts {
  const counts = { documents: g.documents.length, goals: g.goals.length, initiatives: g.initiatives.length, cases: g.cases.length };
  return { ...counts, total: counts.documents + counts.goals + counts.initiatives + counts.cases };
}

/** The coverage of every municipality. Linear in the number of entries times their themes. */
export function buildCoverage(c: Catalogue): Coverage {
  // (municipality, theme) → entries, from the theme pages' own grouping.
  const cells = new Map<string, Map<string, Gathered>>();
  for (const theme of c.themes) {
    for (const group of c.themeGroups(theme.id)) {
      if (!group.municipality) continue; // e.g. KL's own catalogue: no municipality to count it for
      let row = cells.get(group.municipality.id);
      if (!row) cells.set(group.municipality.id, (row = new Map()));
      row.set(theme.id, group.items);
    }
  }
  // The themes by name (Danish order): the same columns whatever order the content layer hands them in.
  const themes = [...c.themes].sort((a, b) => a.label.localeCompare(b.label, 'da'));
  const byId = new Map<string, MunicipalityCoverage>();
  const regions = c.regions.map((r) => ({
    id: r.id,
    label: r.label,
    municipalities: r.municipalities.map((m) => {
      const row = cells.get(m.id);
      const coverage: MunicipalityCoverage = {
        municipality: m,
        totals: countsOf(c.about(m.id)),
        themes: themes.map((theme) => {
          const entries = row?.get(theme.id) ?? emptyGathered();
          return { theme, counts: countsOf(entries), entries };
        }),
      };
      byId.set(m.id, coverage);
      return coverage;
    }),
  }));
  return { themes, regions, of: (id) => byId.get(id) };
}

/** The anchor on a municipality page that lists its entries under one theme. */
export const themeAnchor = (themeId: string) => `tema-${themeId}`;
