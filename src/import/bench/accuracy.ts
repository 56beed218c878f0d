/**
 * The import measured against the hand transcription (npm run bench:import): for each source text
 * in content/sources/, the share of the catalogue's goals and initiatives from that source that
 * the import finds, the share whose text is exactly the hand-transcribed text (whitespace
 * normalised), and the share of goal references it finds.
 *
 * An entry is found when a drafted entry of the same kind has a similar text (word similarity
 * ≥ 0.6, each draft used once). The text compared is a goal's `text`, an initiative's `title`
 * where the source gives it, else its `purpose`, `text` or first activity (the editor wrote
 * the title). A reference is found when the matched initiative has one with the same printed
 * form (`citedAs`) and the same goal numbers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { cleanText } from '../clean/text';
import { danishSpeller } from '../clean/speller';
import { recognise } from '../recognise/document';
import { similarity } from '../recognise/text-tools';

interface Entry {
  number?: number | string;
  title?: string;
  titleIsEditorial?: boolean;
  text?: string | string[];
  purpose?: string;
  activities?: Array<string | { text: string }>;
  goals?: Array<{ goal?: number; from?: number; to?: number; citedAs?: string }>;
  source?: { file?: string };
}

export interface Share {
  hit: number;
  of: number;
}

export interface SourceScore {
  file: string;
  goalsFound: Share;
  goalsExact: Share;
  initiativesFound: Share;
  initiativesExact: Share;
  refsFound: Share;
}

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of an entry that the comparison uses (see the module comment). */
export function compareText(kind: 'goal' | 'initiative', e: Entry): string {
  if (kind === 'goal') return ws(typeof e.text === 'string' ? e.text : '');
  if (e.title && !e.titleIsEditorial) return ws(e.title);
  const text = Array.isArray(e.text) ? e.text.join(' ') : e.text;
  const first = e.activities?.[0];
  return ws(e.purpose ?? (text || (typeof first === 'string' ? first : first?.text) || e.title || ''));
}

function readList(path: string): Entry[] {
  if (!existsSync(path)) return [];
  const data = load(readFileSync(path, 'utf8'));
  return Array.isArray(data) ? (data as Entry[]) : [];
}

/** The catalogue's goals and initiatives transcribed from `file`. */
function expected(contentDir: string, file: string): { goals: Entry[]; initiatives: Entry[] } {
  const docs = join(contentDir, 'documents');
  const out = { goals: [] as Entry[], initiatives: [] as Entry[] };
  for (const folder of readdirSync(docs)) {
    out.goals.push(...readList(join(docs, folder, 'goals.yaml')).filter((g) => g.source?.file === file));
    out.initiatives.push(...readList(join(docs, folder, 'initiatives.yaml')).filter((g) => g.source?.file === file));
  }
  return out;
}

/** Pair expected with drafted entries by text similarity, best pairs first. */
function pair(kind: 'goal' | 'initiative', want: Entry[], got: Entry[]): Array<[Entry, Entry | undefined]> {
  const candidates: Array<{ w: number; g: number; s: number }> = [];
  want.forEach((w, wi) => got.forEach((g, gi) => candidates.push({ w: wi, g: gi, s: similarity(compareText(kind, w), compareText(kind, g)) })));
  candidates.sort((a, b) => b.s - a.s);
  const taken = new Set<number>();
  const match = new Map<number, number>();
  for (const c of candidates) {
    if (c.s < 0.6 || match.has(c.w) || taken.has(c.g)) continue;
    match.set(c.w, c.g);
    taken.add(c.g);
  }
  return want.map((w, wi) => [w, match.has(wi) ? got[match.get(wi)!] : undefined]);
}

const refKey = (r: { goal?: number; from?: number; to?: number; citedAs?: string }) =>
  `${ws(r.citedAs ?? `Mål ${r.goal}`)}|${r.goal ?? ''}|${r.from ?? ''}|${r.to ?? ''}`;

/** Score the import of one source text. */
export function scoreSource(file: string, contentDir: string): SourceScore {
  const text = readFileSync(join(contentDir, 'sources', file), 'utf8');
  const { lines } = cleanText(text);
  const needsSpeller = lines.some((l) => /\p{L}-\s*$/u.test(l.text));
  const draft = recognise(lines, { file, municipality: 'bench', ...(needsSpeller ? { speller: danishSpeller() } : {}) });
  const want = expected(contentDir, file);
  const goals = pair('goal', want.goals, draft.goals as Entry[]);
  const initiatives = pair('initiative', want.initiatives, draft.initiatives as unknown as Entry[]);
  const share = (pairs: Array<[Entry, Entry | undefined]>, kind: 'goal' | 'initiative') => ({
    found: { hit: pairs.filter(([, g]) => g).length, of: pairs.length },
    exact: { hit: pairs.filter(([w, g]) => g && compareText(kind, w) === compareText(kind, g)).length, of: pairs.length },
  });
  const g = share(goals, 'goal');
  const i = share(initiatives, 'initiative');
  let refs = 0;
  let refsFound = 0;
  for (const [w, got] of initiatives) {
    for (const r of w.goals ?? []) {
      refs++;
      if (got?.goals?.some((d) => refKey(d) === refKey(r))) refsFound++;
    }
  }
  return { file, goalsFound: g.found, goalsExact: g.exact, initiativesFound: i.found, initiativesExact: i.exact, refsFound: { hit: refsFound, of: refs } };
}

/** Score every source text in `contentDir/sources`. */
export function scoreAll(contentDir = join(process.cwd(), 'content')): SourceScore[] {
  return readdirSync(join(contentDir, 'sources'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => scoreSource(f, contentDir));
}

const pct = (s: Share) => (s.of === 0 ? 'n/a' : `${s.hit}/${s.of} (${Math.round((100 * s.hit) / s.of)} %)`);

/** The table BENCHMARKS.md records. */
export function accuracyTable(scores: readonly SourceScore[]): string {
  const rows = scores.map((s) => `| ${s.file} | ${pct(s.goalsFound)} | ${pct(s.goalsExact)} | ${pct(s.initiativesFound)} | ${pct(s.initiativesExact)} | ${pct(s.refsFound)} |`);
  return ['| source | goals found | goal texts exact | initiatives found | initiative texts exact | goal references found |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
