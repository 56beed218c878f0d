/**
 * Reads what the permalink model (src/permalinks/model.ts) is computed from, straight from disk:
 * the content entries (with the line of each `redirectFrom`), content/redirects.yaml and the
 * fixed pages in src/pages. Used by scripts/permalinks.ts before the build and by the build itself.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { redirectSchema } from '../collections/schemas/redirect';
import { loadContentFiles, positionIn } from '../collections/files';
import { buildCatalogue, type Catalogue } from '../catalogue/model';
import { catalogueInputOf } from '../catalogue/from-files';
import { LISTS, listPageUrls } from '../lists/lists';
import { KINDS, type EntryKind, type KindInfo, type PermalinkEntry, type PermalinkInput, type PermalinkSection, type Problem, type RedirectRule } from './model';
import { asStored, type CollectionName } from '../collections/registry';
import { validateEntries } from '../collections/validate';

export const REDIRECTS_FILE = 'redirects.yaml';

/**
 * Dynamic routes and the entries they build a page for: "<prefix>/[id]" of every collection with
 * pages (src/collections/registry.ts), the redirect pages and the paginated lists (src/lists/). A route missing here would build
 * pages the lock does not know about, so the scan below reports it.
 */
export function dynamicRoutes(kinds: ReadonlyMap<EntryKind, KindInfo> = KINDS): ReadonlyMap<string, EntryKind | 'redirects' | 'lists'> {
  const themes = kinds.get('themes');
  return new Map<string, EntryKind | 'redirects' | 'lists'>([
    ...[...kinds].map(([name, k]) => [`${k.prefix.slice(1, -1)}/[id]`, name] as const),
    ['[...redirect]', 'redirects'],
    // The paginated lists (src/lists/): their pages are listPageUrls(), added to the input below.
    ...LISTS.map((l) => [`${l.first.slice(1, -1)}/[...page]`, 'lists'] as const),
    ...(themes ? [[`${themes.prefix.slice(1, -1)}/[id]/[...page]`, 'lists'] as const] : []),
  ]);
}
export const DYNAMIC_ROUTES = dynamicRoutes();

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
        if (!DYNAMIC_ROUTES.has(route)) unknownRoutes.push(`src/pages/${relative(pagesDir, abs)}`);
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

/** What an entry needs for its permalinks; every collection with pages has these fields. */
interface Addressed {
  id: string;
  redirectFrom: readonly string[];
  document?: string;
  sections?: readonly { id: string; redirectFrom: readonly string[] }[];
}

/** Where an entry (or a section of a document) is written, "file:line" of its redirectFrom, when known. */
type WhereOf = (kind: EntryKind, index: number, section?: number) => string | undefined;

/**
 * The one builder of the permalink model's input: the entries of every collection with pages,
 * as the catalogue holds them (`lists`, by collection name), the sections of the documents, the
 * fixed pages of src/pages and content/redirects.yaml. Before the build it is given the
 * validated content files (readPermalinkInput), during the build the catalogue the pages use.
 */
export function permalinkInput(
  lists: Partial<Record<CollectionName, readonly object[]>>,
  projectRoot: string,
  content: string,
  whereOf: WhereOf = () => undefined,
  listPages: readonly string[] = [],
): PermalinkInput {
  const entries: PermalinkEntry[] = [];
  const sections: PermalinkSection[] = [];
  for (const kind of KINDS.keys()) {
    (lists[kind] as readonly Addressed[] | undefined)?.forEach((e, index) => {
      entries.push({ kind, id: e.id, redirectFrom: e.redirectFrom, document: e.document, where: whereOf(kind, index) });
      if (kind !== 'documents') return;
      e.sections?.forEach((s, i) => sections.push({ document: e.id, id: s.id, redirectFrom: s.redirectFrom, where: whereOf(kind, index, i) }));
    });
  }
  return {
    staticPages: [...scanPages(join(projectRoot, 'src', 'pages')).staticPages, ...listPages],
    entries: entries.map(withoutUndefined),
    sections: sections.map(withoutUndefined),
    redirects: readRedirectsFile(content, projectRoot).rules,
  };
}

const withoutUndefined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Everything the model needs, read from the content folder and src/pages (the lock check before the build). */
export function readPermalinkInput(contentDir: string, projectRoot = process.cwd()): { input: PermalinkInput; problems: Problem[] } {
  const loaded = loadContentFiles(contentDir, projectRoot);
  const { valid, findings } = validateEntries(loaded.entries);
  const problems: Problem[] = findings.map((f) => ({
    where: `${f.position.path}:${f.position.line}`,
    message: `${f.message} (this entry is left out; run npm run check)`,
  }));
  // Drafts are not published (src/catalogue/drafts.ts), so they have no address yet.
  const isDraft = (e: { data: unknown }) => (e.data as { draft?: boolean }).draft === true;
  const draftDocuments = new Set(valid.documents.filter(isDraft).map((d) => d.document ?? (d.data as { id: string }).id));
  const published = Object.fromEntries(
    [...KINDS.keys()].map((kind) => [kind, valid[kind].filter((e) => !isDraft(e) && !(e.document !== undefined && draftDocuments.has(e.document)))]),
  ) as { [K in EntryKind]: (typeof valid)[K] };
  const whereOf: WhereOf = (kind, index, section) => {
    const raw = published[kind][index]!.raw;
    const p = positionIn(raw, [...(section === undefined ? [] : ['sections', section]), 'redirectFrom']);
    return `${p.path}:${p.line}`;
  };
  const lists = Object.fromEntries([...KINDS.keys()].map((kind) => [kind, published[kind].map((e) => asStored(kind, e.data as object, e.document))]));
  for (const route of scanPages(join(projectRoot, 'src', 'pages')).unknownRoutes) {
    problems.push({
      where: route,
      message: 'a dynamic route the permalink check does not know: the pages it builds would not be locked',
      hint: 'Give the collection it builds pages for a urlPrefix in src/collections/registry.ts (routes are "<prefix>/[id]").',
    });
  }
  const input = permalinkInput(lists, projectRoot, contentDir, whereOf, listPageUrls(buildCatalogue(catalogueInputOf(valid))));
  return { input, problems: [...problems, ...readRedirectsFile(contentDir, projectRoot).problems] };
}

/** The same input from the catalogue the pages are built from (the build: no second read of the content). */
export function permalinkInputFromCatalogue(c: Catalogue, projectRoot: string, content: string): PermalinkInput {
  return permalinkInput(c as unknown as Record<CollectionName, readonly object[]>, projectRoot, content, undefined, listPageUrls(c));
}
