/**
 * `source.url` (issue 10): an optional web address of the original document. Checked by the
 * schema (web addresses only), and shown on the pages when present: the content has none yet, so
 * the site is built from a copy of the content in which one document and one initiative have one.
 * The build goes to its own folder and cache, so dist/ is untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceRefSchema } from '../../src/collections/schemas/common';
import da from '../../src/i18n/da.json';
import { urls } from '../../src/catalogue/urls';
import { buildCopy, copyContent, type ContentCopy } from '../support/content-copy';
import { readPage } from '../../src/html/built';
import type { HtmlPage } from '../../src/html/page';
import { fileFor } from '../support/dist';
import { catalogueFrom } from '../support/real-content';

const DOC = 'hilleroed-integrationshandlingsprogram-2015-2018';
const DOC_URL = 'https://www.example.dk/hilleroed/integrationshandlingsprogram-2015-2018.pdf';
const KERTEMINDE = 'kerteminde-integrationspolitik-2016';
const OWN_URL = 'https://www.example.dk/kerteminde/uddannelse?side=1&del=2';

describe('source.url in the schema', () => {
  const base = { file: '001_6aabdc5b922a8d1d.txt', place: 'Mål 1' };
  it('is optional and takes a web address', () => {
    expect(sourceRefSchema.safeParse(base).success).toBe(true);
    expect(sourceRefSchema.parse({ ...base, url: DOC_URL }).url).toBe(DOC_URL);
  });
  it.each(['javascript:alert(1)', 'ftp://example.dk/a.pdf', 'www.example.dk/a.pdf', 'mailto:a@b.dk'])('refuses %s with a message saying what to write', (url) => {
    const result = sourceRefSchema.safeParse({ ...base, url });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/https:\/\//);
  });
});

describe('source.url on the pages', () => {
  let copy: ContentCopy;
  let dist: string;
  beforeAll(() => {
    copy = copyContent('catalogue-source-url-');
    copy.replace(`documents/${DOC}/document.yaml`, '  kind: dokument\n', `  kind: dokument\n  url: ${DOC_URL}\n`);
    copy.replace(`documents/${KERTEMINDE}/initiatives.yaml`, '    place: Tema Uddannelse, initiativ 1\n', `    place: Tema Uddannelse, initiativ 1\n    url: "${OWN_URL}"\n`);
    dist = buildCopy(copy);
  }, 240_000);
  afterAll(() => copy?.remove());

  const html = (path: string) => readPage(fileFor(path, dist)!);
  /** Every source link: <dt>term</dt><dd><a href data-source-url>text</a></dd>, the link alone in its <dd>. */
  const sourceLinks = (page: HtmlPage) =>
    page.select('[data-source-url]').map((a) => {
      const dd = a.parent;
      const alone = a.name === 'a' && dd?.name === 'dd' && dd.children.length === 1 && dd.text === a.text;
      const dt = dd?.previous;
      return { term: alone && dt?.name === 'dt' && dt.children.length === 0 ? dt.text : undefined, href: a.attr('href'), text: a.children.length === 0 ? a.text : undefined };
    });

  it('links the original from the document page and from its entries\' pages', () => {
    const c = catalogueFrom(copy.content);
    const expected = { term: da['source.original'], href: DOC_URL, text: DOC_URL };
    expect(sourceLinks(html(urls.document(DOC)))).toEqual([expected]);
    for (const g of c.goalsOfDocument(DOC)) expect(sourceLinks(html(urls.goal(g.id))), urls.goal(g.id)).toEqual([expected]);
    for (const i of c.initiativesOfDocument(DOC)) expect(sourceLinks(html(urls.initiative(i.id))), urls.initiative(i.id)).toEqual([expected]);
  });

  it('prefers an entry\'s own source.url, and shows nothing where there is none', () => {
    const c = catalogueFrom(copy.content);
    const own = c.initiativesOfDocument(KERTEMINDE).find((i) => i.source.url)!;
    expect(own.source.url).toBe(OWN_URL);
    expect(sourceLinks(html(urls.initiative(own.id)))).toEqual([{ term: da['source.original'], href: OWN_URL, text: OWN_URL }]);
    const others = c.initiativesOfDocument(KERTEMINDE).filter((i) => i.id !== own.id);
    for (const i of others) expect(html(urls.initiative(i.id)).select('[data-source-url]')).toEqual([]);
    expect(html(urls.document(KERTEMINDE)).select('[data-source-url]')).toEqual([]);
  });
});
