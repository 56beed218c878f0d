/** Reads the built site (dist/) for tests: every HTML page with its ids and links. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ROOT } from './real-content';

/** The built site: dist/, or DIST_DIR when set (e.g. a private build: `astro build --outDir /tmp/x`). */
export const DIST = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(ROOT, 'dist');

export interface BuiltPage {
  /** URL path, e.g. "/kommuner/hilleroed/". */
  url: string;
  file: string;
  html: string;
  ids: Set<string>;
  hrefs: string[];
  /** Every src="" and each URL of every srcset="". */
  srcs: string[];
  /** URLs in <meta content="…"> (og:url, og:image, …), absolute. */
  metaUrls: string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

export function builtPages(dist = DIST): BuiltPage[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site in ${dist}: run "npm run build" first`);
  return walk(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const rel = relative(dist, file).split('\\').join('/');
      const url = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
      return {
        url,
        file,
        html,
        ids: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!))),
        hrefs: [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => decode(m[1]!)),
        srcs: [
          ...[...html.matchAll(/\ssrc="([^"]*)"/g)].map((m) => decode(m[1]!)),
          ...[...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) => decode(m[1]!).split(',').map((c) => c.trim().split(/\s+/)[0]!)),
        ],
        metaUrls: [...html.matchAll(/<meta\s[^>]*content="(https?:[^"]*)"/g)].map((m) => decode(m[1]!)),
      };
    });
}

/** The file a site-internal URL path resolves to, or undefined. */
export function fileFor(pathname: string, dist = DIST): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
