/**
 * The page-weight step of `npm run build` (after astro build and the search index): what a reader
 * downloads to see a page is only what that page can use.
 *
 * 1. Reads every built page once with the positioned scan of src/html/ (no tree is built, which
 *    keeps the step fast at national scale): its page type (`routeOf`), the stylesheets it links
 *    from /_astro/, its classes, elements and ids, the scripts it loads (and the modules they
 *    import, found by their file names in the script text: their names count as used, see
 *    ./usage.ts), and its downloads written as data: URLs.
 * 2. For each page type and stylesheet: prunes the sheet to what those pages can use
 *    (./prune-css.ts) and writes it to /_astro/styles.<content hash>.css (types with the same
 *    result share a file).
 * 3. Edits each page in place, where the scan found the attributes (every other byte stays as
 *    built): its <link href> to its type's sheet, and each data: download to a file of that name
 *    beside the page (./downloads.ts).
 *
 * Pages whose scripts build most of their markup (the search page, the comparison page:
 * `FULL_SHEET`) keep the whole sheet. Files stay files: the Content-Security-Policy (style-src
 * 'self') holds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { decodeHTMLAttribute } from 'entities';
import { builtHtmlFiles, type BuiltFile } from '../html/built';
import { attributeOf, scanHtml } from '../html/scan';
import { decodeDataUrl, downloadFileName } from './downloads';
import { pruneStylesheet } from './prune-css';
import { Usage } from './usage';

/** Pages that keep the whole stylesheet: their scripts build their content (results, comparisons). */
export const FULL_SHEET: readonly string[] = ['/soeg/', '/sammenlign/'];

/** Where built stylesheets and scripts live. */
const ASSETS = '/_astro/';

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

/** An attribute of a page to edit: where its source is, and its decoded value. */
interface Place {
  value: string;
  start: number;
  end: number;
}

/** What the scan of one page found. */
export interface ScannedPage {
  /** href of each stylesheet linked from /_astro/. */
  sheets: Place[];
  /** Site paths of the scripts the page loads (script src, module preloads). */
  scripts: string[];
  /** href of each `<a download>` whose target is a data: URL, with the file name to write. */
  downloads: (Place & { name: string })[];
}

/** Reads a page: its stylesheets, scripts and data: downloads, and its elements into `usage` (if given). */
export function scanPage(html: string, usage: Usage | undefined): ScannedPage {
  const found: ScannedPage = { sheets: [], scripts: [], downloads: [] };
  const value = (v: string | undefined) => (v === undefined ? undefined : decodeHTMLAttribute(v));
  scanHtml(html, {
    open(tag) {
      usage?.addElement(tag.name, value(attributeOf(tag, 'class')), value(attributeOf(tag, 'id')));
      const href = tag.attributes.find((a) => a.name === 'href');
      const place = href && { value: decodeHTMLAttribute(href.value), start: href.start, end: href.end };
      if (tag.name === 'link' && place) {
        const rel = (value(attributeOf(tag, 'rel')) ?? '').toLowerCase().split(/\s+/);
        if (rel.includes('stylesheet') && place.value.startsWith(ASSETS) && place.value.endsWith('.css')) found.sheets.push(place);
        if (rel.includes('modulepreload')) found.scripts.push(place.value);
      }
      if (tag.name === 'script') {
        const src = value(attributeOf(tag, 'src'));
        if (src) found.scripts.push(src);
      }
      if (tag.name === 'a' && place?.value.startsWith('data:')) {
        const name = downloadFileName(value(attributeOf(tag, 'download')));
        if (name) found.downloads.push({ ...place, name });
      }
    },
  });
  found.scripts = found.scripts.filter((s) => s.startsWith('/') && !s.startsWith('//'));
  return found;
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

/** Runs the step over the built site at `root` (see the module comment). */
export function lightenPages(root: string): WeightReport {
  const usages = new Map<string, Usage>();
  const scriptsRead = new Map<string, Set<string>>();
  const pages: { file: BuiltFile; route: string; scan: ScannedPage }[] = [];
  const fileOf = (sitePath: string) => join(root, decodeURIComponent(sitePath.split(/[?#]/)[0]!).replace(/^\//, ''));

  // 1. What each page type uses.
  for (const file of builtHtmlFiles(root)) {
    const route = routeOf(file.url);
    const full = FULL_SHEET.includes(file.url);
    let usage = full ? undefined : usages.get(route);
    if (!usage && !full) usages.set(route, (usage = new Usage()));
    const scan = scanPage(readFileSync(file.file, 'utf8'), usage);
    pages.push({ file, route, scan });
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
    const hrefs = new Set(pages.filter((p) => p.route === route && !FULL_SHEET.includes(p.file.url)).flatMap((p) => p.scan.sheets.map((s) => s.value)));
    for (const href of hrefs) {
      let css = fullText.get(href);
      if (css === undefined) fullText.set(href, (css = readFileSync(fileOf(href), 'utf8')));
      const pruned = pruneStylesheet(css, usage).css;
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

  // 3. Edit the pages in place (the files are as read in step 1, so the positions hold).
  let relinked = 0;
  let downloads = 0;
  for (const p of pages) {
    const edits: { start: number; end: number; text: string }[] = [];
    if (!FULL_SHEET.includes(p.file.url)) {
      for (const s of p.scan.sheets) {
        const next = sheetFor.get(`${p.route} ${s.value}`);
        if (next) edits.push({ start: s.start, end: s.end, text: `href="${next}"` });
      }
      if (edits.length) relinked++;
    }
    for (const d of p.scan.downloads) {
      const target = join(dirname(p.file.file), d.name);
      if (existsSync(target)) throw new Error(`${p.file.url}: the download "${d.name}" would overwrite ${target}; give it another name`);
      writeFileSync(target, decodeDataUrl(d.value));
      const folder = p.file.url.endsWith('/') ? p.file.url : `${posix.dirname(p.file.url)}/`;
      edits.push({ start: d.start, end: d.end, text: `href="${folder}${d.name}"` });
      downloads++;
    }
    if (!edits.length) continue;
    let html = readFileSync(p.file.file, 'utf8');
    for (const e of edits.sort((a, b) => b.start - a.start)) html = html.slice(0, e.start) + e.text + html.slice(e.end);
    writeFileSync(p.file.file, html);
  }
  return { pages: pages.length, types: usages.size, sheets: [...written.values()], relinked, downloads };
}
