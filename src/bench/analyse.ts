/**
 * What a built site weighs: every HTML page with the stylesheets and scripts it loads, gzipped
 * (zlib level 6, what most servers and CDNs send at least), grouped by page type; the Pagefind
 * index; the open-data files; the whole output folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHtml } from '../html/page';
import { moduleImports, sitePathOf } from '../weight/first-view';

export interface Distribution {
  count: number;
  median: number;
  max: number;
  /** The page at the maximum. */
  maxAt?: string;
}

export interface PageTypeStats {
  pages: number;
  html: Distribution;
  /** HTML + the CSS it links, gzip. */
  htmlCss: Distribution;
  /** Scripts it loads (src and module preloads) plus inline scripts, gzip. */
  js: Distribution;
  /**
   * The first view (src/weight/first-view.ts): HTML + the CSS it links + the scripts it loads
   * and the modules they import statically, gzip (modules loaded on demand not counted).
   */
  firstView: Distribution;
  pagesWithJs: number;
  /** The scripts these pages load, with their gzip size ("inline" for inline scripts). */
  scripts: Record<string, number>;
}

export interface OutputStats {
  files: number;
  bytes: number;
  pages: number;
  byType: Record<string, PageTypeStats>;
  all: PageTypeStats;
  /** CSS and JS files in the output (what a visitor may download once and cache). */
  assets: { css: { files: number; gzip: number }; js: { files: number; gzip: number } };
  pagefind?: { files: number; bytes: number };
  data?: { files: number; bytes: number };
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

export function distribution(values: { v: number; at: string }[]): Distribution {
  if (values.length === 0) return { count: 0, median: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a.v - b.v);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]!.v : (sorted[mid - 1]!.v + sorted[mid]!.v) / 2;
  const top = sorted[sorted.length - 1]!;
  return { count: values.length, median, max: top.v, maxAt: top.at };
}

/** Page type from its URL: the first path segment; the pages of a paginated list (src/lists/) are "<type> list". */
export function pageType(url: string): string {
  const first = url.split('/').filter(Boolean)[0];
  const types: Record<string, string> = {
    indsatser: 'initiative',
    maal: 'goal',
    dokumenter: 'document',
    kommuner: 'municipality',
    cases: 'case',
    temaer: 'theme',
    succeskriterier: 'criterion',
    overblik: 'overview',
  };
  const lists = new Set(['indsatser', 'maal', 'dokumenter', 'cases', 'succeskriterier']);
  if (!first) return 'home';
  const segs = url.split('/').filter(Boolean);
  const t = types[first];
  if (!t) return 'other';
  if (lists.has(first) && (segs.length === 1 || (segs.length === 2 && /^\d+$/.test(segs[1]!)))) return `${t} list`;
  return segs.length === 1 ? `${t} index` : t;
}

export function analyseOutput(dir: string): OutputStats {
  const files = walk(dir);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const gzCache = new Map<string, number>();
  const assetGz = (href: string) => {
    const path = join(dir, decodeURIComponent(href.split(/[?#]/)[0]!).replace(/^\//, ''));
    let v = gzCache.get(path);
    if (v === undefined) {
      try {
        v = gz(readFileSync(path));
      } catch {
        v = 0; // not in the output (external or missing): the link checker reports it, not us
      }
      gzCache.set(path, v);
    }
    return v;
  };

  // Scripts a script imports statically (loaded with it), as site paths, per script.
  const importsCache = new Map<string, string[]>();
  const staticImports = (src: string): string[] => {
    let v = importsCache.get(src);
    if (v === undefined) {
      let text = '';
      try {
        text = readFileSync(join(dir, decodeURIComponent(src.split(/[?#]/)[0]!).replace(/^\//, '')), 'utf8');
      } catch {
        /* missing: counted as 0 bytes above */
      }
      v = moduleImports(text).static.flatMap((spec) => sitePathOf(src, spec) ?? []);
      importsCache.set(src, v);
    }
    return v;
  };

  const rows: { type: string; url: string; html: number; css: number; js: number; firstView: number; scripts: Record<string, number> }[] = [];
  for (const f of files.filter((x) => x.endsWith('.html'))) {
    const rel = relative(dir, f).split(sep).join('/');
    const url = `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
    const html = readFileSync(f, 'utf8');
    let css = 0;
    let js = 0;
    const scripts: Record<string, number> = {};
    const page = parseHtml(html);
    for (const link of page.select('link[href]')) {
      const rel = link.attr('rel')?.toLowerCase() ?? '';
      const href = link.attr('href')!;
      if (!href || /^(https?:)?\/\//.test(href)) continue;
      if (rel.split(/\s+/).includes('stylesheet')) css += assetGz(href);
      else if (rel.includes('modulepreload')) js += scripts[href] = assetGz(href);
    }
    for (const script of page.select('script')) {
      const type = script.attr('type');
      if (type && /json/i.test(type)) continue; // data (JSON-LD), not code
      const src = script.attr('src');
      if (src) js += scripts[src] = assetGz(src);
      else if (script.textContent.trim()) js += scripts.inline = (scripts.inline ?? 0) + gz(script.textContent);
    }
    // First view: every script once, with the modules it imports statically.
    const loaded = new Set<string>();
    const pending = Object.keys(scripts).filter((src) => src !== 'inline' && !/^(https?:)?\/\//.test(src));
    while (pending.length) {
      const src = pending.pop()!;
      if (loaded.has(src)) continue;
      loaded.add(src);
      pending.push(...staticImports(src));
    }
    const viewJs = [...loaded].reduce((n, src) => n + assetGz(src), 0) + (scripts.inline ?? 0);
    const htmlGz = gz(html);
    rows.push({ type: pageType(url), url, html: htmlGz, css, js, firstView: htmlGz + css + viewJs, scripts });
  }

  const stats = (list: typeof rows): PageTypeStats => ({
    pages: list.length,
    html: distribution(list.map((r) => ({ v: r.html, at: r.url }))),
    htmlCss: distribution(list.map((r) => ({ v: r.html + r.css, at: r.url }))),
    js: distribution(list.map((r) => ({ v: r.js, at: r.url }))),
    firstView: distribution(list.map((r) => ({ v: r.firstView, at: r.url }))),
    pagesWithJs: list.filter((r) => r.js > 0).length,
    scripts: Object.assign({}, ...list.map((r) => r.scripts)),
  });
  const byType: Record<string, PageTypeStats> = {};
  for (const type of [...new Set(rows.map((r) => r.type))].sort()) byType[type] = stats(rows.filter((r) => r.type === type));

  const sumDir = (name: string) => {
    const inside = files.filter((f) => relative(dir, f).split(sep)[0] === name);
    return inside.length ? { files: inside.length, bytes: inside.reduce((n, f) => n + statSync(f).size, 0) } : undefined;
  };
  const assetsOf = (ext: string) => {
    const list = files.filter((f) => f.endsWith(ext) && !relative(dir, f).startsWith(`pagefind${sep}`));
    return { files: list.length, gzip: list.reduce((n, f) => n + gz(readFileSync(f)), 0) };
  };
  return {
    files: files.length,
    bytes,
    pages: rows.length,
    byType,
    all: stats(rows),
    assets: { css: assetsOf('.css'), js: assetsOf('.js') },
    pagefind: sumDir('pagefind'),
    data: sumDir('data'),
  };
}
