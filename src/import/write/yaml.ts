/**
 * The draft as content files, in the format of content/ (see content/README.md): a modeline
 * naming the JSON Schema, a comment naming the source, the review items for the file as
 * comments, and every entry with `draft: true` right after its id.
 */
import { stringify } from 'yaml';
import type { DraftDocument, DraftGoal, DraftInitiative, ImportDraft, ReviewItem } from '../recognise/model';

const SCHEMA = (name: string) => `# yaml-language-server: $schema=../../../public/data/schema/content/${name}.schema.json`;
const OPTIONS = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/** Drop empty lists and undefined values, so the files hold only what was found. */
function compact<T extends object>(entry: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

/** The entry with `draft: true` after its id. */
function drafted(entry: { id: string }): Record<string, unknown> {
  const { id, ...rest } = compact(entry) as { id: string };
  return { id, draft: true, ...rest };
}

function reviewComments(items: readonly ReviewItem[]): string[] {
  if (items.length === 0) return [];
  return [
    '#',
    '# TIL GENNEMSYN (importen er usikker her; linjenumre i kildeteksten):',
    ...items.map((r) => `#   linje ${r.lines[0]}-${r.lines[1]}${r.entry ? ` [${r.entry}]` : ''}: ${r.what}${r.excerpt ? ` »${r.excerpt.replace(/\n/g, ' ')}«` : ''}`),
  ];
}

function header(schema: string, draft: ImportDraft, what: string, items: readonly ReviewItem[]): string {
  return [
    SCHEMA(schema),
    `# UDKAST fra importassistenten (npm run import): ${what}.`,
    `# Kilde: content/sources/${draft.document.source.file}. Hver post har draft: true og vises ikke på sitet,`,
    '# før en redaktør har tjekket den mod kilden og slettet linjen "draft: true".',
    ...reviewComments(items),
  ].join('\n');
}

/** document.yaml */
export function documentYaml(draft: ImportDraft, review: readonly ReviewItem[]): string {
  const doc = drafted(draft.document as DraftDocument & { id: string });
  if (Array.isArray(doc.sections)) doc.sections = (doc.sections as object[]).map(compact);
  return `${header('document', draft, `dokumentet »${draft.document.title}«`, review)}\n${stringify(doc, OPTIONS)}`;
}

function list<T extends { id: string }>(schema: string, draft: ImportDraft, what: string, entries: readonly T[], review: readonly ReviewItem[], shape: (e: T) => Record<string, unknown>): string {
  const body = entries.map((e) => stringify([shape(e)], OPTIONS)).join('\n');
  return `${header(schema, draft, what, review)}\n${body}`;
}

/** goals.yaml */
export function goalsYaml(draft: ImportDraft, review: readonly ReviewItem[]): string {
  return list('goals', draft, `${draft.goals.length} mål`, draft.goals, review, (g: DraftGoal) => {
    const out = drafted(g);
    if (Array.isArray(out.measures)) out.measures = (out.measures as object[]).map(compact);
    return out;
  });
}

/** initiatives.yaml */
export function initiativesYaml(draft: ImportDraft, review: readonly ReviewItem[]): string {
  const items = (list: readonly { label?: string; text: string }[]) => list.map((i) => (i.label ? i : i.text));
  return list('initiatives', draft, `${draft.initiatives.length} indsatser`, draft.initiatives, review, (x: DraftInitiative) => {
    const out = drafted(x);
    for (const key of ['resources', 'activities', 'outputs', 'indicators'] as const) if (out[key]) out[key] = items(x[key]);
    if (out.goals) out.goals = x.goals.map(compact);
    if (out.successCriteria) out.successCriteria = x.successCriteria.map(compact);
    return out;
  });
}

/** Review items per file: the entry's file, else the document. */
export function splitReview(draft: ImportDraft): { document: ReviewItem[]; goals: ReviewItem[]; initiatives: ReviewItem[] } {
  const goalIds = new Set(draft.goals.map((g) => g.id));
  const initiativeIds = new Set(draft.initiatives.map((x) => x.id));
  const out = { document: [] as ReviewItem[], goals: [] as ReviewItem[], initiatives: [] as ReviewItem[] };
  for (const r of draft.review) {
    if (r.entry && goalIds.has(r.entry)) out.goals.push(r);
    else if (r.entry && initiativeIds.has(r.entry)) out.initiatives.push(r);
    else out.document.push(r);
  }
  return out;
}

/** The review list as Markdown (for --report). */
export function reviewMarkdown(draft: ImportDraft): string {
  const rows = draft.review.map((r) => `| ${r.lines[0]}-${r.lines[1]} | ${r.entry ?? ''} | ${r.what} | ${(r.excerpt ?? '').replace(/\|/g, '\\|')} |`);
  return [`# Gennemsyn: ${draft.document.title}`, '', `Kilde: content/sources/${draft.document.source.file}`, '', '| linjer | post | hvad | tekst |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}
