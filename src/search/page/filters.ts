/**
 * The filter panel's logic: the chosen values as Pagefind filters, and which chips each group
 * shows for a set of counts (pure; src/search/page/search-page.ts applies it to the page).
 */
import type { Filters } from './pagefind';

/** Chips a filter group shows before "Vis alle". */
export const CHIPS = 8;

/** The chosen values as Pagefind filters, without the group `without` (to count that group's other values). */
export function toFilters(chosen: Record<string, string[]>, without?: string): Filters {
  return Object.fromEntries(
    Object.entries(chosen)
      .filter(([k]) => k !== without)
      .map(([k, v]) => [k, { any: v }]),
  );
}

/** How many filter values are chosen in all. */
export const activeCount = (chosen: Record<string, string[]>) => Object.values(chosen).flat().length;

/** A chip of a group: its value, its count for the current search, and whether it is chosen. */
export interface ChipRow {
  value: string;
  n: number;
  on: boolean;
}

/** What a filter group shows. */
export interface GroupLayout {
  /** The values whose chips show. */
  visible: Set<string>;
  /** How many values have results or are chosen (the "Vis alle (n)" figure). */
  available: number;
  /** The group is hidden: nothing to choose. */
  hidden: boolean;
  /** The "Vis alle"/"Vis færre" button is needed. */
  toggle: boolean;
}

/**
 * Which chips of a group show: the values with results, and chosen ones (so they can be
 * unchosen). Folded, a group shows the CHIPS values with the most results, chosen ones first;
 * the chips keep the list's own order (focus and tab order do not jump).
 */
export function groupLayout(rows: readonly ChipRow[], expanded: boolean): GroupLayout {
  const shown = rows.filter((r) => r.n > 0 || r.on);
  const top = [...shown].sort((a, b) => Number(b.on) - Number(a.on) || b.n - a.n).slice(0, expanded ? shown.length : CHIPS);
  return { visible: new Set(top.map((r) => r.value)), available: shown.length, hidden: shown.length === 0, toggle: shown.length > CHIPS };
}
