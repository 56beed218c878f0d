/**
 * The page-weight step of `npm run build` (after astro build and the search index): what a reader
 * downloads to see a page is only what that page can use.
 *
 * 1. Reads every built page once, as bytes, with the page scan of ./scan.ts (no tree and no
 *    attribute lists: the step reads ~300 MB at national scale): its page type (`routeOf`), the
 *    stylesheets it links from /_astro/, its classes, elements and ids, the scripts it loads (and
 *    the modules they import, found by their file names in the script text; see ./usage.ts for
 *    what of a script counts), and its downloads written as data: URLs. Of each page only the
 *    byte positions to edit and its size are kept, never its text.
 * 2. For each page type and stylesheet: prunes the sheet to what those pages can use
 *    (./prune-css.ts), drops the dark rules only readers without JavaScript need (./dark-mode.ts)
 *    and writes it to /_astro/styles.<content hash>.css (types with the same result share a file).
 * 3. Reads each page again and edits it in place, at the byte positions the scan found (every
 *    other byte stays as built; ./in-place.ts): its <link href> to its type's sheet, followed by
 *    the sheet as built in <noscript>, and each data: download to a file of that name beside the
 *    page (./downloads.ts). A page whose size changed since step 1 stops the step with an error.
 *
 * Pages whose scripts build most of their markup (the search page, the comparison page:
 * `FULL_SHEET`) keep the whole sheet (without the no-JS dark rules too). Files stay files: the
 * Content-Security-Policy (style-src 'self') holds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { decodeHTMLAttribute } from 'entities';
import { builtHtmlFiles, type BuiltFile } from '../html/built';
import { noJsLink, withoutSystemDark } from './dark-mode';
import { decodeDataUrl } from './downloads';
import { FileReader, InPlaceWriter } from './in-place';
import { pruneStylesheet } from './prune-css';
import { ASSETS, scanPage, type DataDownload, type SheetLink } from './scan';
import { Usage } from './usage';

/** Pages that keep the whole stylesheet: their scripts build their content (results, comparisons). */
export const FULL_SHEET: readonly string[] = ['/soeg/', '/sammenlign/'];

/**
 * The page type of an address, as its route has it: a page at the top ("/", "/om/", "/404.html")
 * is its own type; below, the first segment and the depth ("/indsatser/x/" → "/indsatser/*‍/").
 */
export function routeOf(url: string): string {
  const segments = url.split('/').filter(Boolean);
  if (segments.length <= 1) return url;
  return `/${segments[0]}/${segments.slice(1).map(() => '*').join('/')}/`;
}

/** Script files a script imports (static or dynamic, or listed for preloading), as site paths. */
export function importsOf(scriptPath: string, text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/["'`]((?:\.{1,2}\/|\/)?(?:_astro\/)?[\w.-]+\.js)["'`]/g)) {
    const ref = m[1]!;
    if (ref.startsWith('/')) out.add(ref);
    else if (ref.startsWith('_astro/')) out.add(`/${ref}`);
    else out.add(posix.normalize(posix.join(posix.dirname(scriptPath), ref)));
  }
  return [...out];
}

/** What the step did, for the build log and the bench. */
export interface WeightReport {
  pages: number;
  /** Page types (routes) with a pruned stylesheet. */
  types: number;
  /** Stylesheet files written, with the page types that link each. */
  sheets: { file: string; bytes: number; types: string[] }[];
  /** Pages whose <link> now points at a pruned sheet. */
  relinked: number;
  /** data: downloads written as files. */
  downloads: number;
}

/** A page as the scan left it: what step 3 edits, and its size then (the positions hold only for those bytes). */
interface Page {
  file: BuiltFile;
  route: string;
  full: boolean;
  size: number;
  sheets: SheetLink[];
  downloads: DataDownload[];
}

/** Runs the step over the built site at `root` (see the module comment). */
export function lightenPages(root: string): WeightReport {
  const usages = new Map<string, Usage>();
  const scriptsRead = new Map<string, Set<string>>();
  const hrefsOf = new Map<string, Set<string>>(); // route → the sheets its pages link
  const fullHrefs = new Set<string>(); // the sheets the script-built pages link
  const pages: Page[] = [];
  const reader = new FileReader();
  const fileOf = (sitePath: string) => join(root, decodeURIComponent(sitePath.split(/[?#]/)[0]!).replace(/^\//, ''));

  // 1. What each page type uses.
  for (const file of builtHtmlFiles(root)) {
    const route = routeOf(file.url);
    const full = FULL_SHEET.includes(file.url);
    let usage = full ? undefined : usages.get(route);
    if (!usage && !full) usages.set(route, (usage = new Usage()));
    const bytes = reader.read(file.file);
    const scan = scanPage(bytes, usage);
    pages.push({ file, route, full, size: bytes.length, sheets: scan.sheets, downloads: scan.downloads });
    let hrefs = full ? fullHrefs : hrefsOf.get(route);
    if (!hrefs) hrefsOf.set(route, (hrefs = new Set()));
    for (const s of scan.sheets) hrefs.add(s.value);
    if (!usage) continue;
    const loaded = scriptsRead.get(route) ?? new Set<string>();
    scriptsRead.set(route, loaded);
    const pending = [...scan.scripts];
    while (pending.length) {
      const src = pending.pop()!;
      if (loaded.has(src)) continue;
      loaded.add(src);
      const path = fileOf(src);
      if (!existsSync(path)) continue;
      const text = readFileSync(path, 'utf8');
      usage.addScript(text);
      pending.push(...importsOf(src, text));
    }
  }

  // 2. One pruned sheet per page type and stylesheet; equal results share a file.
  const sheetFor = new Map<string, string>(); // `${route} ${href}` → new href
  const written = new Map<string, { file: string; bytes: number; types: string[] }>();
  const fullText = new Map<string, string>();
  for (const [route, usage] of usages) {
    for (const href of hrefsOf.get(route) ?? []) {
      let css = fullText.get(href);
      if (css === undefined) fullText.set(href, (css = readFileSync(fileOf(href), 'utf8')));
      const pruned = withoutSystemDark(pruneStylesheet(css, usage).css);
      if (pruned === css) continue;
      const name = `${ASSETS}styles.${createHash('sha256').update(pruned).digest('base64url').slice(0, 10)}.css`;
      let entry = written.get(name);
      if (!entry) {
        writeFileSync(fileOf(name), pruned);
        written.set(name, (entry = { file: name, bytes: Buffer.byteLength(pruned), types: [] }));
      }
      entry.types.push(route);
      sheetFor.set(`${route} ${href}`, name);
    }
  }

  // The script-built pages: the whole sheet, without the no-JS dark rules.
  const fullRoutes = pages.filter((p) => p.full).map((p) => p.route);
  for (const href of fullHrefs) {
    let css = fullText.get(href);
    if (css === undefined) fullText.set(href, (css = readFileSync(fileOf(href), 'utf8')));
    const whole = withoutSystemDark(css);
    if (whole === css) continue;
    const name = `${ASSETS}styles.${createHash('sha256').update(whole).digest('base64url').slice(0, 10)}.css`;
    if (!written.has(name)) {
      writeFileSync(fileOf(name), whole);
      written.set(name, { file: name, bytes: Buffer.byteLength(whole), types: [] });
    }
    written.get(name)!.types.push(...fullRoutes);
    for (const url of FULL_SHEET) sheetFor.set(`${routeOf(url)} ${href}`, name);
  }

  // 3. Edit the pages in place, at the byte positions the scan found (every other byte stays as built).
  let relinked = 0;
  let downloads = 0;
  const writer = new InPlaceWriter();
  for (const p of pages) {
    const edits: { start: number; end: number; text: string }[] = [];
    for (const s of p.sheets) {
      const next = sheetFor.get(`${p.route} ${s.value}`);
      if (!next) continue;
      edits.push({ start: s.start, end: s.end, text: `href="${next}"` });
      edits.push({ start: s.tagEnd, end: s.tagEnd, text: noJsLink(s.value) });
    }
    if (edits.length) relinked++;
    if (!edits.length && !p.downloads.length) continue;
    const bytes = reader.read(p.file.file);
    if (bytes.length !== p.size) throw new Error(`${p.file.url}: the page changed while the step ran (${p.size} bytes read, ${bytes.length} now); run the build again`);
    for (const d of p.downloads) {
      const target = join(dirname(p.file.file), d.name);
      if (existsSync(target)) throw new Error(`${p.file.url}: the download "${d.name}" would overwrite ${target}; give it another name`);
      writeFileSync(target, decodeDataUrl(decodeHTMLAttribute(bytes.toString('utf8', d.valueStart, d.valueEnd))));
      const folder = p.file.url.endsWith('/') ? p.file.url : `${posix.dirname(p.file.url)}/`;
      edits.push({ start: d.start, end: d.end, text: `href="${folder}${d.name}"` });
      downloads++;
    }
    const parts: Uint8Array[] = [];
    let at = 0;
    for (const e of edits.sort((a, b) => a.start - b.start)) {
      parts.push(bytes.subarray(at, e.start), Buffer.from(e.text, 'utf8'));
      at = e.end;
    }
    parts.push(bytes.subarray(at));
    writer.write(p.file.file, p.size, parts);
  }
  return { pages: pages.length, types: usages.size, sheets: [...written.values()], relinked, downloads };
}
