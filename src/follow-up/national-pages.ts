/**
 * The pages of one national goal (/nationale-maal/<id>/): the local goals and criteria the editor
 * links to it, across municipalities, in municipality order and cut into pages of the lists'
 * PAGE_SIZE (page n at /nationale-maal/<id>/<n>/), so a goal every municipality works on (Mål 1
 * Arbejde) does not make one page grow with the catalogue. Pure: the route and the permalink lock
 * (src/permalinks/input.ts pagedUrls) read the same pages.
 */
import type { Catalogue } from '../catalogue/model';
import { urls } from '../catalogue/urls';
import { readNationalLinks, type NationalGoal } from './national';
import { byMunicipality, municipalityStarts, rowPages, type MunicipalityStart, type RowPage } from './paging';
import { buildYear, collectTargets, type TargetRow } from './targets';

/** One page of a national goal. */
export interface NationalPage extends RowPage {
  goal: NationalGoal;
  /** Every linked row of the goal, in page order. */
  all: TargetRow[];
  /** The page on which each municipality's rows start. */
  municipalities: MunicipalityStart[];
}

/** The pages of each national goal, from the rows linked to it. */
export function nationalPages(goals: readonly NationalGoal[], rowsOf: (id: string) => readonly TargetRow[]): NationalPage[] {
  return goals.flatMap((goal) => {
    const all = byMunicipality(rowsOf(goal.id));
    const municipalities = municipalityStarts(all);
    return rowPages(all, urls.nationalGoal(goal.id)).map((page) => ({ ...page, goal, all, municipalities }));
  });
}

/**
 * The addresses of the pages after the first of each national goal, for the permalink lock (the
 * first is the goal's own address, an entry page of the permalink model). Reads the editor's links
 * from `contentDir` as the pages do.
 */
export function nationalPageUrls(c: Catalogue, contentDir: string): string[] {
  const rows = collectTargets(c, buildYear(), readNationalLinks(contentDir).links);
  const byGoal = new Map<string, TargetRow[]>();
  for (const r of rows) for (const g of r.nationalGoals) (byGoal.get(g) ?? byGoal.set(g, []).get(g)!).push(r);
  return nationalPages(c.nationalGoals, (id) => byGoal.get(id) ?? [])
    .filter((p) => p.n > 1)
    .map((p) => p.url);
}
