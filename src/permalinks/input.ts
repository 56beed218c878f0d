/**
 * Reads what the permalink model (src/permalinks/model.ts) is computed from, straight from disk:
 * the content entries (with the line of each `redirectFrom`), content/redirects.yaml and the
 * fixed pages in src/pages. Used by scripts/permalinks.ts before the build and by the build itself.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { redirectSchema } from '../collections/schemas/redirect';
import { loadContentFiles, positionIn, type RawEntry } from '../collections/files';
import type { Catalogue } from '../catalogue/model';
import type { EntryKind, PermalinkEntry, PermalinkInput, PermalinkSection, Problem, RedirectRule } from './model';
import { validateEntries } from '../collections/validate';

export const REDIRECTS_FILE = 'redirects.yaml';

/**
 * Dynamic routes and the entries they build a page for. A route missing here would build pages
 * the lock does not know about, so the scan below reports it.
 */
export const DYNAMIC_ROUTES: Record<string, EntryKind | 'redirects'> = {
  'kommuner/[id]': 'municipality',
  'dokumenter/[id]': 'document',
  'maal/[id]': 'goal',
  'indsatser/[id]': 'initiative',
  'cases/[id]': 'case',
  'temaer/[id]': 'theme',
  '[...redirect]': 'redirects',
};

const PAGE_EXTENSIONS = /\.(astro|md|mdx|html)$/;
const NOT_PAGES = new Set(['404', '500']);

/**
 * The fixed pages of src/pages ("/", "/om/", "/kommuner/" …) and the dynamic routes found there
 * that this module does not know. Files and folders starting with "_" are not routes; endpoints
 * (.ts, .js) build files, not pages.
 */
export function scanPages(pagesDir: string): { staticPages: string[]; unknownRoutes: string[] } {
  const staticPages: string[] = [];
  const unknownRoutes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) {
        walk(abs);
        continue;
      }
      if (!PAGE_EXTENSIONS.test(name)) continue;
      const route = relative(pagesDir, abs).split('\\').join('/').replace(PAGE_EXTENSIONS, '');
      if (route.includes('[')) {
        if (!(route in DYNAMIC_ROUTES)) unknownRoutes.push(`src/pages/${relative(pagesDir, abs)}`);
        continue;
      }
      if (NOT_PAGES.has(route)) continue;
      const path = route === 'index' ? '' : route.replace(/(^|\/)index$/, '');
      staticPages.push(path ? `/${path}/` : '/');
    }
  };
  if (existsSync(pagesDir)) walk(pagesDir);
  return { staticPages, unknownRoutes };
}

/** content/redirects.yaml as rules with their line; a missing file means no rules. */
export function readRedirectsFile(contentDir: string, projectRoot = process.cwd()): { rules: RedirectRule[]; problems: Problem[] } {
  const abs = join(contentDir, REDIRECTS_FILE);
  const shown = relative(projectRoot, abs) || abs;
  if (!existsSync(abs)) return { rules: [], problems: [] };
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(abs, 'utf8'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (node: Node | null | undefined) => `${shown}:${lines.linePos(node?.range?.[0] ?? 0).line}`;
  if (doc.errors[0]) {
    return { rules: [], problems: [{ where: `${shown}:${lines.linePos(doc.errors[0].pos[0]).line}`, message: `not valid YAML: ${doc.errors[0].message.split('\n')[0]}` }] };
  }
  if (doc.contents === null) return { rules: [], problems: [] };
  if (!isSeq(doc.contents)) {
    return { rules: [], problems: [{ where: at(doc.contents as Node), message: 'must be a YAML list of redirects (each starting with "- from: …")' }] };
  }
  const rules: RedirectRule[] = [];
  const problems: Problem[] = [];
  for (const item of doc.contents.items) {
    const node = item as Node & { toJSON(): unknown };
    const parsed = redirectSchema.safeParse(node.toJSON());
    if (parsed.success) rules.push({ from: parsed.data.from, to: parsed.data.to, where: at(node) });
    else for (const issue of parsed.error.issues) problems.push({ where: at(node), message: `${issue.path.join('.') || '(redirect)'}: ${issue.message}` });
  }
  return { rules, problems };
}

const COLLECTION_KIND = {
  municipalities: 'municipality',
  documents: 'document',
  goals: 'goal',
  initiatives: 'initiative',
  cases: 'case',
  themes: 'theme',
} as const;

/** Everything the model needs, read from the content folder and src/pages. */
export function readPermalinkInput(contentDir: string, projectRoot = process.cwd()): { input: PermalinkInput; problems: Problem[] } {
  const loaded = loadContentFiles(contentDir, projectRoot);
  const { valid, findings } = validateEntries(loaded.entries);
  const problems: Problem[] = findings.map((f) => ({
    where: `${f.position.path}:${f.position.line}`,
    message: `${f.message} (this entry is left out; run npm run check)`,
  }));
  const whereOf = (raw: RawEntry, path: (string | number)[] = []) => {
    const p = positionIn(raw, [...path, 'redirectFrom']);
    return `${p.path}:${p.line}`;
  };

  const entries: PermalinkEntry[] = [];
  for (const [collection, kind] of Object.entries(COLLECTION_KIND) as [keyof typeof COLLECTION_KIND, EntryKind][]) {
    for (const e of valid[collection]) {
      const data = e.data as { id: string; redirectFrom: string[] };
      const inDocument = kind === 'goal' || kind === 'initiative' || kind === 'case';
      entries.push({
        kind,
        id: data.id,
        redirectFrom: data.redirectFrom,
        document: inDocument ? e.document : undefined,
        where: whereOf(e.raw),
      });
    }
  }
  const sections: PermalinkSection[] = valid.documents.flatMap((d) =>
    d.data.sections.map((s, i) => ({ document: d.data.id, id: s.id, redirectFrom: s.redirectFrom, where: whereOf(d.raw, ['sections', i]) })),
  );
  const redirects = readRedirectsFile(contentDir, projectRoot);
  const scan = scanPages(join(projectRoot, 'src', 'pages'));
  for (const route of scan.unknownRoutes) {
    problems.push({
      where: route,
      message: 'a dynamic route the permalink check does not know: the pages it builds would not be locked',
      hint: 'Add the route and the kind of entry it builds pages for to DYNAMIC_ROUTES in src/permalinks/input.ts (and KINDS in src/permalinks/model.ts).',
    });
  }
  return {
    input: { staticPages: scan.staticPages, entries, sections, redirects: redirects.rules },
    problems: [...problems, ...redirects.problems],
  };
}

/**
 * The same input from the catalogue the pages are built from (the build uses this, so it does not
 * read the content a second time; tests prove it equals readPermalinkInput).
 */
export function permalinkInputFromCatalogue(c: Catalogue, projectRoot: string, content: string): PermalinkInput {
  const entries: PermalinkEntry[] = [
    ...c.municipalities.map((x) => ({ kind: 'municipality' as const, id: x.id, redirectFrom: x.redirectFrom })),
    ...c.themes.map((x) => ({ kind: 'theme' as const, id: x.id, redirectFrom: x.redirectFrom })),
    ...c.documents.map((x) => ({ kind: 'document' as const, id: x.id, redirectFrom: x.redirectFrom })),
    ...c.goals.map((x) => ({ kind: 'goal' as const, id: x.id, redirectFrom: x.redirectFrom, document: x.document })),
    ...c.initiatives.map((x) => ({ kind: 'initiative' as const, id: x.id, redirectFrom: x.redirectFrom, document: x.document })),
    ...c.cases.map((x) => ({ kind: 'case' as const, id: x.id, redirectFrom: x.redirectFrom, document: x.document })),
  ];
  return {
    staticPages: scanPages(join(projectRoot, 'src', 'pages')).staticPages,
    entries,
    sections: c.documents.flatMap((d) => d.sections.map((s) => ({ document: d.id, id: s.id, redirectFrom: s.redirectFrom }))),
    redirects: readRedirectsFile(content, projectRoot).rules,
  };
}
