/**
 * A page of list rows as the reader sees it: runs of rows of the same municipalities (a heading
 * each), inside them runs of the same document (list pages) or the same kind (theme pages).
 * The rows are already in list order (./rows.ts), so each run is one group.
 */
import { municipalityKey, type ListRow, type RowKind } from './rows';

export interface RowRun {
  /** The document (list pages) or the kind (theme pages) the rows share. */
  key: string;
  rows: ListRow[];
}

export interface MunicipalityGroup {
  /** "hilleroed", "vejle-aarhus-aalborg-holstebro", or "" for entries without a municipality. */
  key: string;
  municipalities: ListRow['municipalities'];
  runs: RowRun[];
}

/** How the rows under a municipality heading are split: by document, by kind, or not at all. */
export type SplitBy = 'document' | 'kind' | 'none';

const subKey = (r: ListRow, by: SplitBy): string => (by === 'document' ? r.document.id : by === 'kind' ? (r.kind as RowKind) : '');

/** Rows grouped into consecutive runs (never reordered). */
export function groupRows(rows: readonly ListRow[], by: SplitBy): MunicipalityGroup[] {
  const groups: MunicipalityGroup[] = [];
  for (const r of rows) {
    const key = r.municipalities.map((m) => m.id).join('-');
    let g = groups.at(-1);
    if (!g || municipalityKey(g) !== municipalityKey(r) || g.key !== key) groups.push((g = { key, municipalities: r.municipalities, runs: [] }));
    const sk = subKey(r, by);
    let run = g.runs.at(-1);
    if (!run || run.key !== sk) g.runs.push((run = { key: sk, rows: [] }));
    run.rows.push(r);
  }
  return groups;
}
