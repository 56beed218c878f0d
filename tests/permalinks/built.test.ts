/**
 * The built site and its addresses (issue #5): the sitemap lists exactly the real pages, every
 * locked address leads to a page in dist/, every entry page carries canonical, Open Graph and
 * citation data, and the site script is one external file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, parseLock, split } from '../../src/permalinks/model';
import { parseHtml } from '../../src/html/page';
import { builtPages, DIST, fileFor, type BuiltPage } from '../support/dist';
import { realCatalogue, ROOT } from '../support/real-content';
import { urls } from '../../src/catalogue/urls';

const pages = builtPages();
const byFile = new Map(pages.map((p) => [p.file, p]));
const byUrl = new Map(pages.map((p) => [p.url, p]));

/** The content of the page's one <meta property|name="key">; undefined when it has none, "×n" when it has n > 1. */
const metaOf = (p: BuiltPage, key: string) => {
  const found = p.page.select(`meta[property="${key}"], meta[name="${key}"]`);
  return found.length > 1 ? `×${found.length}` : found[0]?.attr('content');
};

const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
const locs = parseHtml(sitemap).select('urlset > url > loc').map((l) => l.textContent);
const site = new URL(locs[0]!).origin;

describe('sitemap.xml and robots.txt', () => {
  it('is a valid urlset of absolute addresses on the site', () => {
    expect(sitemap.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    expect(locs.length).toBeGreaterThan(200);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.every((u) => u.startsWith(`${site}/`) && u.endsWith('/'))).toBe(true);
  });

  it('lists only addresses that return a real page in dist/ whose canonical URL is that address', () => {
    const wrong = locs.filter((loc) => {
      const file = fileFor(new URL(loc).pathname);
      const page = file ? byFile.get(file) : undefined;
      return !page || page.isRedirect || page.canonical !== loc;
    });
    expect(wrong).toEqual([]);
  });

  it('lists every page of the site (all but 404 and redirect pages)', () => {
    const listed = new Set(locs.map((u) => new URL(u).pathname));
    const missing = pages.filter((p) => p.url.endsWith('/') && !p.isRedirect && !listed.has(p.url)).map((p) => p.url);
    expect(missing).toEqual([]);
    expect(listed.has('/')).toBe(true);
    expect(listed.has('/indsatser/hilleroed-2015-2018-indsats-4/')).toBe(true);
  });

  it('robots.txt points to the sitemap on the same site', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${site}/sitemap.xml`);
  });

  it('writes _redirects with one 301 line per redirect page', () => {
    const rules = readFileSync(join(DIST, '_redirects'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    const redirectPages = pages.filter((p) => p.isRedirect).map((p) => p.url);
    expect(rules.map((l) => l.split(' ')[0]).sort()).toEqual(redirectPages.sort());
    for (const rule of rules) expect(rule).toMatch(/^\/\S*\/ \/\S+ 301$/);
  });
});

describe('the permalink lock against the built site', () => {
  const lock = parseLock(readFileSync(join(ROOT, LOCK_FILE), 'utf8')).lines;

  it('every locked address is a page in dist/ (or a redirect page), and every locked anchor an id on it', () => {
    const broken: string[] = [];
    for (const { url } of lock) {
      const [path, anchor] = split(url);
      const file = fileFor(path);
      const page = file ? byFile.get(file) : undefined;
      if (!page) broken.push(`${url}: no page`);
      else if (anchor && !page.isRedirect && !page.ids.has(anchor)) broken.push(`${url}: no id "${anchor}"`);
    }
    expect(broken).toEqual([]);
    expect(lock.length).toBeGreaterThan(300);
  });

  it('holds every page the build made (so the check before the build knows them all), and every entry anchor', () => {
    const locked = new Set(lock.map((l) => l.url));
    const unlocked = pages.filter((p) => p.url.endsWith('/') && !p.isRedirect && !locked.has(p.url)).map((p) => p.url);
    expect(unlocked, 'run "npm run permalinks:update" (or add a new dynamic route to DYNAMIC_ROUTES)').toEqual([]);
    // The entries and sections of a document page: every <li> and <section> with an id.
    const anchors = pages
      .filter((p) => p.url.startsWith('/dokumenter/') && p.url !== '/dokumenter/')
      .flatMap((p) => p.page.select('li[id], section[id]').map((e) => `${p.url}#${e.attr('id')}`));
    const entryAnchors = anchors.filter((a) => !/#(maal|indsatser|cases|relaterede|forord|vision|om-dokumentet|kilde|citer)$/.test(a));
    expect(entryAnchors.filter((a) => !locked.has(a))).toEqual([]);
    expect(entryAnchors.length).toBeGreaterThan(100);
  });
});

describe('head meta and citation data', () => {
  // The pages of the catalogue's entries (not the list pages /indsatser/2/ … under the same prefixes).
  const c = realCatalogue();
  const entryUrls = new Set([...c.goals.map((x) => urls.goal(x.id)), ...c.initiatives.map((x) => urls.initiative(x.id)), ...c.cases.map((x) => urls.case(x.id)), ...c.documents.map((x) => urls.document(x.id))]);
  const entryPages = pages.filter((p) => entryUrls.has(p.url));

  it('gives every page a canonical URL and Open Graph / Twitter card meta in Danish', () => {
    const wrong: string[] = [];
    for (const p of pages) {
      if (p.isRedirect || p.url.endsWith('404.html')) continue;
      const canonical = p.canonical;
      const problems = [
        canonical !== `${site}${p.url}` && `canonical ${canonical}`,
        metaOf(p, 'og:url') !== canonical && 'og:url',
        metaOf(p, 'og:locale') !== 'da_DK' && 'og:locale',
        metaOf(p, 'og:site_name') !== 'Integrationskataloget' && 'og:site_name',
        !metaOf(p, 'og:title') && 'og:title',
        !metaOf(p, 'og:description') && 'og:description',
        metaOf(p, 'og:type') !== (p.url === '/' ? 'website' : 'article') && 'og:type',
        metaOf(p, 'twitter:card') !== 'summary' && 'twitter:card',
        // X falls back to Open Graph for these: copies would only weigh on every page.
        metaOf(p, 'twitter:title') !== undefined && 'twitter:title repeats og:title',
        metaOf(p, 'twitter:description') !== undefined && 'twitter:description repeats og:description',
        metaOf(p, 'og:description') !== metaOf(p, 'description') && 'description',
      ].filter(Boolean);
      if (problems.length) wrong.push(`${p.url}: ${problems.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('takes title and description from the content', () => {
    const html = byUrl.get('/indsatser/hilleroed-2015-2018-indsats-4/')!;
    expect(metaOf(html, 'og:title')).toBe('Indsats 4: Kompetenceudvikling i folkeskolen');
    expect(metaOf(html, 'og:description')).toMatch(/^Basiskursus i tosprogethed og interkulturalitet/);
  });

  it('gives every goal, initiative, case and document page citation_* meta and a Citér block with its permalink', () => {
    expect(entryPages.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const p of entryPages) {
      const canonical = p.canonical!;
      const plain = p.page.selectOne('p#citer-tekst');
      // BibTeX and CSL-JSON are the download files beside the page (its <pre>s are filled from them).
      const download = (ext: string) => {
        const href = p.page.selectOne(`a[data-cite-download][download$=".${ext}"]`)?.attr('href');
        const file = href ? fileFor(href) : undefined;
        return file ? readFileSync(file, 'utf8') : undefined;
      };
      const csl = download('json');
      const problems = [
        !metaOf(p, 'citation_title') && 'citation_title',
        !metaOf(p, 'citation_author') && 'citation_author',
        !/^\d{4}(\/\d\d\/\d\d)?$/.test(metaOf(p, 'citation_publication_date') ?? '') && 'citation_publication_date',
        !p.page.selectOne('h2#citer') && 'Citér heading',
        !(plain && plain.select('*').length === 0 && new RegExp(`${canonical.replace(/[.]/g, '\\.')}\\. Hentet .`).test(plain.textContent)) && 'plain reference with permalink and access date',
        /^\s*url\s+= \{(.*)\},?$/m.exec(download('bib') ?? '')?.[1] !== canonical && 'BibTeX url',
        !(csl && [JSON.parse(csl)].flat()[0]?.URL === canonical) && 'CSL-JSON URL',
      ].filter(Boolean);
      if (problems.length) wrong.push(`${p.url}: ${problems.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the site script', () => {
  const modules = (p: BuiltPage) => p.page.select('script[type=module][src]').map((s) => s.attr('src')!);
  /** The component a built module script comes from ("/_astro/SiteScript.astro_astro_type_script…" → "SiteScript"). */
  const component = (src: string) => /^\/_astro\/([A-Za-z]+)\.astro_astro_type_script/.exec(src)?.[1] ?? src;

  it('is one external file, loaded on every page (redirects too), and no page has inline script code', () => {
    expect(pages.filter((p) => p.page.select('[data-enhance]').length > 0).length).toBeGreaterThan(100);
    const scripts = new Set<string>();
    for (const p of pages) {
      const src = modules(p).filter((s) => component(s) === 'SiteScript');
      expect(src, p.url).toHaveLength(1);
      expect(p.page.select(`script[src="${src[0]}"]`)[0]!.textContent, p.url).toBe('');
      scripts.add(src[0]!);
    }
    expect(scripts.size).toBe(1);
    const file = join(DIST, [...scripts][0]!);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).length).toBeLessThan(4096);
    const inline = pages.filter((p) => p.page.select('script:not([src])').some((s) => s.textContent.trim() !== '')).map((p) => p.url);
    expect(inline).toEqual([]);
  });

  it('carries the chrome: no page loads a script of its own for the theme toggle, the headings, the copy buttons or the search highlight', () => {
    // Each file is gzipped on its own and is one more request: the chrome's modules are bundled
    // into the site script (src/layouts/site.ts). Only a page's own feature loads one of its own.
    const own = new Set(['SiteScript', 'SearchPage', 'ComparePage', 'DeadlineList']);
    const wrong = pages.flatMap((p) => modules(p).map(component).filter((c) => !own.has(c)).map((c) => `${p.url}: ${c}`));
    expect(wrong).toEqual([]);
  });

  it('leaves every copy and share button hidden in the HTML (shown only by the script)', () => {
    const visible = pages.flatMap((p) => p.page.select('button[data-copy], button[data-copy-from], button[data-share]').filter((b) => !b.has('hidden')).map(() => p.url));
    expect(visible).toEqual([]);
  });
});
