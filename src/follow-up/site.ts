/**
 * The follow-up data of a build, read once: every target with its status, the national goals and
 * the editor's links. Pages ask this module; it reads the catalogue through getCatalogue().
 */
import { getCatalogue } from '../catalogue/catalogue';
import { contentDir } from '../collections/content-dir';
import { readNationalLinks, type NationalGoal, type NationalLink } from './national';
import { buildYear, collectTargets, type TargetRow } from './targets';

export interface FollowUpData {
  year: number;
  rows: TargetRow[];
  nationalGoals: NationalGoal[];
  links: NationalLink[];
  /** The target rows of one goal or initiative, in the source's order. */
  rowsOf(entryId: string): TargetRow[];
  /** The editor's link of a goal ("<goal id>") or criterion ("<initiative id>#<n>"), if any. */
  linkOf(key: string): NationalLink | undefined;
  /** Rows (one per local goal or criterion row) linked to a national goal. */
  rowsOfNational(id: string): TargetRow[];
  followUpCount: number;
}

let cached: Promise<FollowUpData> | undefined;

async function load(): Promise<FollowUpData> {
  const c = await getCatalogue();
  const national = { goals: [...c.nationalGoals].sort((a, b) => a.number - b.number), links: readNationalLinks(contentDir()).links };
  const year = buildYear();
  const rows = collectTargets(c, year, national.links);
  const byEntry = new Map<string, TargetRow[]>();
  for (const r of rows) (byEntry.get(r.entryId) ?? byEntry.set(r.entryId, []).get(r.entryId)!).push(r);
  const links = new Map(national.links.map((l) => [l.goal ?? `${l.initiative}#${l.criterion}`, l] as const));
  const byNational = new Map<string, TargetRow[]>();
  for (const r of rows) for (const g of r.nationalGoals) (byNational.get(g) ?? byNational.set(g, []).get(g)!).push(r);
  return {
    year,
    rows,
    nationalGoals: national.goals,
    links: national.links,
    rowsOf: (id) => byEntry.get(id) ?? [],
    linkOf: (key) => links.get(key),
    rowsOfNational: (id) => byNational.get(id) ?? [],
    followUpCount: rows.reduce((n, r) => n + r.followUps.length, 0),
  };
}

/** The follow-up data of this build (cached). */
export function getFollowUp(): Promise<FollowUpData> {
  return (cached ??= load());
}
