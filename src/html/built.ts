/**
 * The pages of a built site (dist/ or another output folder): which HTML files there are, at which
 * site address, and reading them through the one HTML reader (./page.ts). Used by the sitemap and
 * redirects integrations (heads only), the search index step and the tests of the built site.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { chunkedParser, parseHtml, type HtmlPage } from './page';

/** Folders of the output that hold no pages (bundled assets, the search index). */
const NOT_PAGES = new Set(['_astro', 'pagefind']);

/** An HTML file of a built site. */
export interface BuiltFile {
  /** Site address: "/" and "/kommuner/hilleroed/" for index.html files, "/404.html" for others. */
  url: string;
  /** Absolute path of the file. */
  file: string;
}

/** "kommuner/hilleroed/index.html" → "/kommuner/hilleroed/"; "404.html" → "/404.html". */
export function urlOfFile(root: string, file: string): string {
  return `/${relative(root, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Every .html file of a built site (not under _astro/ or pagefind/), sorted by address.
 * Throws when `root` holds no built site (no index.html).
 */
export function builtHtmlFiles(root: string): BuiltFile[] {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`no built site in ${root} (no index.html): run "npm run build" first`);
  const out: BuiltFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(dir === root && NOT_PAGES.has(entry.name))) walk(abs);
      } else if (entry.isFile() && entry.name.endsWith('.html')) out.push({ url: urlOfFile(root, abs), file: abs });
    }
  };
  walk(root);
  return out.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The site's pages proper: the "<dir>/index.html" files ("/", "/kommuner/x/"), without 404.html and the like. */
export function builtSitePages(root: string): BuiltFile[] {
  return builtHtmlFiles(root).filter((f) => f.url.endsWith('/'));
}

/** Reads and parses a whole built page. */
export function readPage(file: string): HtmlPage {
  return parseHtml(readFileSync(file, 'utf8'));
}

/**
 * Reads a built page only up to the end of its <head> (in blocks: pages can be large, heads are
 * not) and parses that: enough for <html> attributes, canonical links and meta tags.
 */
export function readHead(file: string): HtmlPage {
  const parser = chunkedParser((closed) => closed === 'head');
  const decoder = new StringDecoder('utf8');
  const fd = openSync(file, 'r');
  try {
    const block = Buffer.alloc(16 * 1024);
    for (let n = readSync(fd, block); n > 0; n = readSync(fd, block)) {
      if (!parser.write(decoder.write(block.subarray(0, n)))) break;
    }
  } finally {
    closeSync(fd);
  }
  return parser.finish();
}

/** The heads read by builtPageHeads, by output folder and the time its index.html was written. */
const headsRead = new Map<string, Map<string, HtmlPage>>();

/**
 * Every site page (see builtSitePages) with its parsed head, by address. Read once per build:
 * the sitemap and the redirects both need them at build:done (8,000 heads at national scale
 * took 3.7 s each time); a rebuilt folder (a newer index.html) is read again.
 */
export function builtPageHeads(root: string): Map<string, HtmlPage> {
  const key = `${root}\0${statSync(join(root, 'index.html')).mtimeMs}`;
  let heads = headsRead.get(key);
  if (!heads) {
    heads = new Map(builtSitePages(root).map((p) => [p.url, readHead(p.file)]));
    headsRead.clear();
    headsRead.set(key, heads);
  }
  return heads;
}
