/**
 * The first view of a built page: what a browser downloads to show it and run its scripts before
 * the reader does anything, each file gzipped on its own: the HTML, every stylesheet it links,
 * every script it loads (script src, module preloads) and every module those import statically,
 * once each. Modules loaded with import() (on a click, with ?highlight=, with an anchor) are not
 * part of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initSync, parse } from 'es-module-lexer';
import { parseHtml } from '../html/page';

/** One file of a first view. */
export interface ViewedFile {
  /** Site path ("/_astro/x.css"), or the page's address for the HTML. */
  path: string;
  kind: 'html' | 'css' | 'js';
  /** Its size, gzipped. */
  gzip: number;
}

/** A page's first view, gzip bytes by kind and in total. */
export interface FirstView {
  html: number;
  css: number;
  js: number;
  total: number;
  files: ViewedFile[];
}

/** The module specifiers a script imports: `static` (loaded with it) and `dynamic` (import()). */
export function moduleImports(text: string): { static: string[]; dynamic: string[] } {
  initSync();
  const out = { static: [] as string[], dynamic: [] as string[] };
  let imports: readonly { n?: string | undefined; d: number }[];
  try {
    [imports] = parse(text);
  } catch {
    return out; // not a module (a classic script such as theme-init.js)
  }
  for (const i of imports) if (i.n) (i.d === -1 ? out.static : out.dynamic).push(i.n);
  return out;
}

/** A specifier of a script at `from` as a site path (undefined for another origin or a bare name). */
export function sitePathOf(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('/') && !specifier.startsWith('//')) return specifier;
  if (specifier.startsWith('./') || specifier.startsWith('../')) return posix.normalize(posix.join(posix.dirname(from), specifier));
  return undefined;
}

/** Measures the first view of the page at `url` in the built site at `root`. */
export function firstView(root: string, url: string, level = 9): FirstView {
  const fileOf = (sitePath: string) => join(root, decodeURIComponent(sitePath.split(/[?#]/)[0]!).replace(/^\//, ''));
  const htmlFile = url.endsWith('/') ? join(fileOf(url), 'index.html') : fileOf(url);
  const html = readFileSync(htmlFile);
  const gz = (buf: Buffer) => gzipSync(buf, { level }).length;
  const files: ViewedFile[] = [{ path: url, kind: 'html', gzip: gz(html) }];
  const page = parseHtml(html.toString('utf8'));
  const seen = new Set<string>();
  const add = (path: string, kind: 'css' | 'js') => {
    if (seen.has(path) || !existsSync(fileOf(path))) return undefined;
    seen.add(path);
    const bytes = readFileSync(fileOf(path));
    files.push({ path, kind, gzip: gz(bytes) });
    return bytes;
  };
  for (const link of page.select('link[rel~=stylesheet i][href]')) {
    const href = sitePathOf('/', link.attr('href')!);
    if (href) add(href, 'css');
  }
  const pending = [
    ...page.select('script[src]').map((s) => s.attr('src')!),
    ...page.select('link[rel~=modulepreload i][href]').map((l) => l.attr('href')!),
  ].flatMap((s) => sitePathOf('/', s) ?? []);
  while (pending.length) {
    const path = pending.shift()!;
    const bytes = add(path, 'js');
    if (!bytes) continue;
    for (const spec of moduleImports(bytes.toString('utf8')).static) {
      const next = sitePathOf(path, spec);
      if (next) pending.push(next);
    }
  }
  const sum = (kind: ViewedFile['kind']) => files.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzip, 0);
  const view = { html: sum('html'), css: sum('css'), js: sum('js') };
  return { ...view, total: view.html + view.css + view.js, files };
}
