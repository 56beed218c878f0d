/** Reads the built site (dist/) for tests through the one HTML reader (src/html/): every HTML page, parsed. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtHtmlFiles } from '../../src/html/built';
import { parseHtml, type HtmlPage } from '../../src/html/page';
import { ROOT } from './real-content';

/** The built site: dist/, or DIST_DIR when set (e.g. a private build: `astro build --outDir /tmp/x`). */
export const DIST = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(ROOT, 'dist');

export interface BuiltPage {
  /** URL path, e.g. "/kommuner/hilleroed/". */
  url: string;
  file: string;
  /** The page's source. */
  html: string;
  /** The page parsed: query it with page.select('…'), page.links(), page.headings() … */
  page: HtmlPage;
  ids: Set<string>;
  /** The href of every element that has one, decoded. */
  hrefs: string[];
  /** Every src="" and each URL of every srcset="". */
  srcs: string[];
  /** URLs in <meta content="…"> (og:url, og:image, …), absolute. */
  metaUrls: string[];
  /** The canonical URL (<link rel="canonical">), if any. */
  canonical: string | undefined;
  /** A redirect page (<meta http-equiv="refresh">) left at an old address. */
  isRedirect: boolean;
}

/** Every HTML page of the built site, parsed. */
export function builtPages(dist = DIST): BuiltPage[] {
  return builtHtmlFiles(dist).map(({ url, file }) => {
    const html = readFileSync(file, 'utf8');
    const page = parseHtml(html);
    return {
      url,
      file,
      html,
      page,
      ids: page.ids(),
      hrefs: page.links(),
      srcs: page.srcs(),
      metaUrls: page.metaUrls(),
      canonical: page.selectOne('link[rel=canonical]')?.attr('href'),
      isRedirect: page.select('meta[http-equiv=refresh i]').length > 0,
    };
  });
}

/** The file a site-internal URL path resolves to, or undefined. */
export function fileFor(pathname: string, dist = DIST): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
