/**
 * Issue 10 (data) in the built site (npm test builds first): goals in number order on document and
 * theme pages and in goals.csv, /om/ counts computed from the content, and the "Citér" block
 * quoting only the source's words, dated, with BibTeX and CSL-JSON as downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { aboutSources, numberWord } from '../../src/pages/om/_components/sources';
import type { HtmlPage } from '../../src/html/page';
import { builtPages, DIST, fileFor } from '../support/dist';
import { realCatalogue } from '../support/real-content';

const c = realCatalogue();
const byUrl = new Map(builtPages().map((p) => [p.url, p]));
const html = (url: string) => {
  const page = byUrl.get(url)?.page;
  if (!page) throw new Error(`${url} was not built`);
  return page;
};
const HILLEROED = 'hilleroed-integrationshandlingsprogram-2015-2018';
const NUMBERS = Array.from({ length: 10 }, (_, i) => i + 1);
/** The numbers of Hillerød 2015–2018 goals among a page's element ids / link targets, in page order. */
const goalNumbers = (page: HtmlPage) => page.attrs('id').flatMap((id) => /^hilleroed-2015-2018-maal-(\d+)$/.exec(id)?.[1] ?? []).map(Number);
const linkedGoalNumbers = (page: HtmlPage) => page.links().flatMap((h) => /^\/maal\/hilleroed-2015-2018-maal-(\d+)\/$/.exec(h)?.[1] ?? []).map(Number);

describe('built pages and data of issue 10', () => {
  it('lists Hillerød’s goals Mål 1 … Mål 10 by number on the document page', () => {
    expect(goalNumbers(html(`/dokumenter/${HILLEROED}/`))).toEqual(NUMBERS);
  });

  it('lists goals by number on a theme page', () => {
    const numbers = linkedGoalNumbers(html('/temaer/sundhed/'));
    expect(numbers).toEqual([9, 10]);
    const all = [...new Set(linkedGoalNumbers(html('/temaer/uddannelse/')))];
    expect(all).toEqual([...all].sort((a, b) => a - b));
  });

  it('lists goals by number in goals.csv', () => {
    const rows: string[][] = parseCsv(readFileSync(join(DIST, 'data', 'goals.csv'), 'utf8'), { bom: true, delimiter: ';' });
    const ids = rows.slice(1).map((r) => r[0]!).filter((id) => id.startsWith('hilleroed-2015-2018-maal-'));
    expect(ids.map((id) => Number(id.split('-').at(-1)))).toEqual(NUMBERS);
  });

  it('states on /om/ the number of source documents and each one’s counts, as the content has them', () => {
    const about = html('/om/').text;
    const { files, documents } = aboutSources(c);
    expect(files).toBe(new Set(c.documents.map((d) => d.source.file)).size);
    expect(about).toContain(`ordret fra ${numberWord(files)} kildedokumenter`);
    for (const d of documents) expect(about, d.id).toContain(`med ${d.holds}.`);
    expect(about).toContain('med 10 mål, 8 indsatser.');
    expect(about).toContain(`med ${c.initiativesOfDocument('kerteminde-integrationspolitik-2016').length} indsatser, ${c.relatedListedIn('kerteminde-integrationspolitik-2016').length} relaterede dokumenter.`);
  });

  it('cites a goal with the editor’s title outside the quotes, the access date, and .bib/.json downloads', () => {
    const page = html('/maal/hilleroed-2015-2018-maal-9/');
    const plain = page.selectOne('p#citer-tekst')!.text;
    expect(plain).toContain('Mål 9 [redaktionens titel: Lighed i sundhed: mindre rygning i hjem med børn]');
    expect(plain).not.toMatch(/»[^«]*Lighed i sundhed[^«]*«/);
    expect(plain).toMatch(/Hentet \d{1,2}\. \w+ \d{4}\.$/);
    const download = (name: string) => page.select(`a[download="${name}"]`).map((a) => a.attr('href') ?? '');
    // Files beside the page (the page-weight step, src/weight/), holding what the page shows.
    expect(download('hilleroed-2015-2018-maal-9.bib')).toEqual(['/maal/hilleroed-2015-2018-maal-9/hilleroed-2015-2018-maal-9.bib']);
    expect(download('hilleroed-2015-2018-maal-9.json')).toEqual(['/maal/hilleroed-2015-2018-maal-9/hilleroed-2015-2018-maal-9.json']);
    const file = (name: string) => readFileSync(fileFor(download(name)[0]!)!, 'utf8');
    expect(file('hilleroed-2015-2018-maal-9.bib').startsWith('@incollection{hilleroed-2015-2018-maal-9,')).toBe(true);
    expect(file('hilleroed-2015-2018-maal-9.bib')).toContain('  title     = {Mål 9 [redaktionens titel: Lighed i sundhed: mindre rygning i hjem med børn]},\n');
    // The page carries each text once, as the file: its <pre> is empty and hidden until the reader
    // opens the format, and is then filled from the file (tests/e2e/share.test.ts).
    for (const id of ['citer-bibtex', 'citer-csl']) {
      const pre = page.selectOne(`details pre#${id}[hidden][data-cite-text]`);
      expect(pre?.textContent, id).toBe('');
      expect(pre!.closest('details')!.select('a[data-cite-download]'), id).toHaveLength(1);
    }
    expect(JSON.parse(file('hilleroed-2015-2018-maal-9.json'))[0].id).toBe('hilleroed-2015-2018-maal-9');
  });
});
