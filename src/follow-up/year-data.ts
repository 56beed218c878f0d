/**
 * /data/frister/<year>.json: every entry of one deadline year, in page order, with what the
 * filters of the year's pages compare and show (deadlines-filter.ts). One small file per year, read
 * only when a reader chooses a filter.
 */
import type { DeadlineYear } from './deadline-pages';

/** One entry of a deadline year, as the filters need it. */
export interface YearEntry {
  /** Municipality id ("" for a publication without one). */
  municipality: string;
  municipalityName: string;
  themes: string[];
  status: string;
  /** The status as shown ("frist passeret – ingen opfølgning registreret"). */
  statusText: string;
  /** "Mål 4: Beskæftigelse" as the list shows it. */
  entry: string;
  url: string;
  document: string;
  deadlineText?: string;
  /** The target as printed, or what is measured. */
  target?: string;
}

/** The entries of a year for its data file. `noMunicipality` names the group of entries without one. */
export function yearEntries(y: DeadlineYear, noMunicipality: string): YearEntry[] {
  return y.rows.map((r) => ({
    municipality: r.municipalityId ?? '',
    municipalityName: r.municipalityName ?? noMunicipality,
    themes: r.themes,
    status: r.status.status,
    statusText: r.statusText,
    entry: `${r.entryLabel ? `${r.entryLabel}: ` : ''}${r.entryTitle}`,
    url: r.url,
    document: r.documentTitle,
    ...(r.deadlineText ? { deadlineText: r.deadlineText } : {}),
    ...((r.targetText ?? r.description) ? { target: r.targetText ?? r.description } : {}),
  }));
}
