/**
 * The status line under the search box (a polite live region): "3 resultater for »bolig« med 1
 * filter." Pure; the wording is da.json's.
 */
import type { Text } from './strings';

/** "Ingen resultater", "1 resultat", "12 resultater". */
export function resultCount(text: Text, n: number): string {
  return n === 0 ? text('search.statusNone') : n === 1 ? text('search.statusOne') : text('search.statusMany', { n });
}

/** What a finished search found, for the status line. */
export interface Outcome {
  /** Results shown. */
  n: number;
  /** The query as typed (trimmed); '' for filters alone. */
  query: string;
  /** Filter values chosen. */
  active: number;
}

/** "12 resultater for »bolig« med 2 filtre." */
export function statusLine(text: Text, o: Outcome): string {
  const parts = [resultCount(text, o.n)];
  if (o.query) parts.push(text('search.statusFor', { q: o.query }));
  if (o.active) parts.push(o.active === 1 ? text('search.statusFilterOne') : text('search.statusFilterMany', { n: o.active }));
  return `${parts.join(' ')}.`;
}

/** "Uden filtrene er der 4 resultater.": said when the filters leave nothing of what the query finds. */
export function withoutFiltersLine(text: Text, unfiltered: number): string {
  return text('search.withoutFilters', { n: unfiltered === 1 ? text('search.statusOne') : text('search.statusMany', { n: unfiltered }) });
}

/** "Mente du »flygtninge«?" */
export const didYouMean = (text: Text, fix: string) => `${text('search.didYouMean')} »${fix}«?`;

/** "(2 valgt)" after a filter heading, or '' when nothing is chosen. */
export const chosenNote = (text: Text, n: number) => (n ? `(${n} ${text('search.filtersChosen')})` : '');
