/**
 * The editor's links from local goals and success criteria to the national integration goals
 * (content/national-goal-links.yaml), read with file:line for every problem. The national goals
 * themselves are a registry collection (content/national-goals.yaml, national-schema.ts). The
 * links file is optional (a generated corpus has none): an absent file reads as an empty list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { idSchema } from '../collections/schemas/common';
import type { NationalGoal } from './national-schema';

export type { NationalGoal } from './national-schema';

export const NATIONAL_LINKS_FILE = 'national-goal-links.yaml';



export const nationalLinkSchema = z
  .object({
    goal: idSchema.optional().describe('Id of the local goal (content/documents/*/goals.yaml).'),
    initiative: idSchema.optional().describe('Id of the initiative whose success criterion is linked (with `criterion`).'),
    criterion: z.number().int().positive().optional().describe('The success criterion’s number within the initiative, from 1, in the source’s order.'),
    nationalGoals: z.array(idSchema).describe('Ids of the national goals it corresponds to; empty = deliberately not linked.'),
    indicators: z.array(z.string()).default([]).describe('Numbers of national indicators it measures the same as ("1.1"), when any.'),
    reason: z.string().trim().min(1).describe('The editor’s reasoning, in Danish, shown to readers: why these goals, or why none.'),
  })
  .strict()
  .refine((l) => (l.goal !== undefined) !== (l.initiative !== undefined), { message: 'name either `goal` or `initiative` (+ `criterion`), not both and not neither', path: ['goal'] })
  .refine((l) => l.initiative === undefined || l.criterion !== undefined, { message: 'a link to an initiative needs `criterion` (the success criterion’s number, from 1)', path: ['criterion'] });
export type NationalLink = z.output<typeof nationalLinkSchema>;

/** A problem in one of the two files, at file:line:col. */
export interface NationalProblem {
  file: string;
  line: number;
  col: number;
  message: string;
}

/** One read file: its valid items with the position of each item and a way to locate a field. */
interface Read<T> {
  items: { data: T; index: number }[];
  at(index: number, path?: (string | number)[]): { line: number; col: number };
}

function readList<T>(contentDir: string, name: string, schema: z.ZodType<T>, shown: string, problems: NationalProblem[]): Read<T> {
  const path = join(contentDir, name);
  const none: Read<T> = { items: [], at: () => ({ line: 1, col: 1 }) };
  if (!existsSync(path)) return none;
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8').normalize('NFC'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number) => lines.linePos(offset);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    problems.push({ file: shown, ...where(e.pos[0]), message: e.message.split('\n')[0]! });
    return none;
  }
  if (doc.contents !== null && !isSeq(doc.contents)) {
    problems.push({ file: shown, line: 1, col: 1, message: `${name} must be a list (each entry starts with "- ")` });
    return none;
  }
  const at = (index: number, fieldPath: (string | number)[] = []) => {
    for (let n = fieldPath.length; n >= 0; n--) {
      const node = doc.getIn([index, ...fieldPath.slice(0, n)], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return where(node.range[0]);
    }
    return { line: 1, col: 1 };
  };
  const data = (doc.toJS() ?? []) as unknown[];
  const items: Read<T>['items'] = [];
  data.forEach((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) items.push({ data: parsed.data, index });
    else for (const issue of parsed.error.issues) problems.push({ file: shown, ...at(index, issue.path as (string | number)[]), message: `${issue.path.join('.') || 'entry'}: ${issue.message}` });
  });
  return { items, at };
}

/** The links file, validated, with the positions needed to report a broken link. */
export interface NationalLinks {
  links: NationalLink[];
  problems: NationalProblem[];
  /** Position of a field of link number `index` (for reference errors). */
  linkAt(index: number, path?: (string | number)[]): { line: number; col: number };
  linkIndex: number[];
  linksFile: string;
}

/** Reads content/national-goal-links.yaml (`shown`: the file's path as printed in messages). */
export function readNationalLinks(contentDir: string, shown: (file: string) => string = (file) => join(contentDir, file)): NationalLinks {
  const problems: NationalProblem[] = [];
  const linksFile = shown(NATIONAL_LINKS_FILE);
  const links = readList(contentDir, NATIONAL_LINKS_FILE, nationalLinkSchema, linksFile, problems);
  return { links: links.items.map((l) => l.data), linkIndex: links.items.map((l) => l.index), linkAt: links.at, problems, linksFile };
}

/** The key of a link's local entry: a goal id, or "<initiative id>#<criterion number>". */
export const linkKey = (l: Pick<NationalLink, 'goal' | 'initiative' | 'criterion'>) => l.goal ?? `${l.initiative}#${l.criterion}`;

/** What the links must resolve against. */
export interface LocalEntries {
  goals: ReadonlySet<string>;
  /** Initiative id → number of success criteria. */
  criteria: ReadonlyMap<string, number>;
}

/** Links that name something that does not exist, or one local entry twice. */
export function linkProblems(national: NationalLinks, goals: readonly NationalGoal[], local: LocalEntries): NationalProblem[] {
  const problems: NationalProblem[] = [];
  const goalIds = new Set(goals.map((g) => g.id));
  const indicatorOwner = new Map(goals.flatMap((g) => g.indicators.map((i) => [i.number, g.id] as const)));
  const seen = new Map<string, number>();
  national.links.forEach((l, k) => {
    const index = national.linkIndex[k]!;
    const report = (path: (string | number)[], message: string) => problems.push({ file: national.linksFile, ...national.linkAt(index, path), message });
    const key = linkKey(l);
    if (l.goal !== undefined && !local.goals.has(l.goal)) report(['goal'], `no local goal has the id "${l.goal}"`);
    if (l.initiative !== undefined) {
      const count = local.criteria.get(l.initiative);
      if (count === undefined) report(['initiative'], `no initiative has the id "${l.initiative}"`);
      else if (l.criterion! > count) report(['criterion'], `initiative "${l.initiative}" has ${count} success criteria, not ${l.criterion}`);
    }
    if (seen.has(key)) report(l.goal ? ['goal'] : ['initiative'], `"${key}" is linked twice (also entry ${seen.get(key)! + 1}); keep one link with all its national goals`);
    seen.set(key, k);
    l.nationalGoals.forEach((g, j) => {
      if (!goalIds.has(g)) report(['nationalGoals', j], `no national goal has the id "${g}" (content/national-goals.yaml)`);
    });
    l.indicators.forEach((i, j) => {
      const owner = indicatorOwner.get(i);
      if (!owner) report(['indicators', j], `no national indicator has the number "${i}"`);
      else if (!l.nationalGoals.includes(owner)) report(['indicators', j], `indicator ${i} belongs to the national goal "${owner}", which this link does not name`);
    });
  });
  return problems;
}
