import { describe, expect, it } from 'vitest';
import type { ResultData, SubResult } from '../../../src/search/page/pagefind';
import { bestSubResults, highlightWords, resultHref, resultView, sentences, type ResultContext } from '../../../src/search/page/results';
import { excerptWords } from '../../../src/search/markers';

const LABELS: Record<string, string> = { 'type:indsats': 'Indsats', 'type:dokument': 'Dokument', 'kommune:hilleroed': 'Hillerød' };
const ctx: ResultContext = {
  label: (key, value) => LABELS[`${key}:${value}`] ?? value,
  inDocument: 'I dokumentet',
  municipalityName: (name) => `${name} Kommune`,
};

const sub = (id: string | undefined, score: number, title = id ?? 'x'): SubResult => ({
  title,
  url: `/dokumenter/d/${id ? `#${id}` : ''}`,
  excerpt: 'et par ord om <mark>bolig</mark> og meget mere her',
  ...(id ? { anchor: { element: 'article', id } } : {}),
  weighted_locations: [{ weight: 1, balanced_score: score, location: 0 }],
});

const data = (over: Partial<ResultData> = {}): ResultData => ({
  url: '/indsatser/hilleroed-2015-2018-indsats-6/',
  excerpt: 'Indsats 6: Venskabsfamilier. En <mark>venskabsfamilie</mark> ⟦familie⟧ hjælper nye borgere i gang',
  content: '',
  locations: [],
  meta: { title: 'Indsats 6: Venskabsfamilier', kommune: 'Hillerød', periode: '2015–2018', dokument: 'Integrationshandlingsprogram 2015-2018' },
  filters: { type: ['indsats'], kommune: ['hilleroed'] },
  sub_results: [],
  ...over,
});

describe('a result as shown', () => {
  it('has a kicker, a linked title with the words to highlight, an excerpt without the title, its document', () => {
    const v = resultView(data(), 'venskabsfamilie', ctx);
    expect(v.kicker).toBe('Indsats · Hillerød Kommune · 2015–2018');
    expect(v.title).toEqual({ text: 'Indsats 6: Venskabsfamilier', href: '/indsatser/hilleroed-2015-2018-indsats-6/?highlight=venskabsfamilie' });
    expect(v.excerpt?.map((w) => w.text).join(' ')).toBe('En venskabsfamilie hjælper nye borgere i gang');
    expect(v.excerpt?.find((w) => w.marked)?.text).toBe('venskabsfamilie');
    expect(v.document).toBe('I dokumentet: Integrationshandlingsprogram 2015-2018');
    expect(v.subs).toEqual([]);
  });

  it('names who it is from as recorded when it is not one municipality’s own (a KL case)', () => {
    const v = resultView(data({ meta: { title: 'Case', kommune: 'Vejle, Aarhus' }, filters: { type: ['case'], kommune: ['vejle', 'aarhus'] } }), 'x', ctx);
    expect(v.kicker).toBe('case · Vejle, Aarhus');
  });

  it('leaves out an excerpt that only repeats the title', () => {
    expect(resultView(data({ excerpt: 'Indsats 6: Venskabsfamilier' }), 'x', ctx).excerpt).toBeUndefined();
  });

  it('a document result offers its three best anchored parts, in page order', () => {
    const d = data({ url: '/dokumenter/d/', excerpt: 'et dokument om bolig', sub_results: [sub('a', 1), sub(undefined, 9), sub('b', 5), sub('c', 3), sub('d', 4)] });
    const v = resultView(d, 'bolig', ctx);
    expect(v.subs.map((s) => s.link.href)).toEqual(['/dokumenter/d/?highlight=bolig#b', '/dokumenter/d/?highlight=bolig#c', '/dokumenter/d/?highlight=bolig#d']);
    expect(v.subs[0]!.excerpt?.some((w) => w.marked)).toBe(true);
    // An entry page never lists sub-results.
    expect(resultView({ ...d, url: '/indsatser/x/' }, 'bolig', ctx).subs).toEqual([]);
    expect(bestSubResults([sub('x', 1)]).length).toBe(1);
  });

  it('trims an excerpt to the whole sentences around its matches (issue 14: no field soup)', () => {
    const text = (html: string) => sentences(excerptWords(html)).map((w) => w.text).join(' ');
    expect(text('samarbejde med C4. Flygtninge får et gratis <mark>buskort</mark> i perioden. Derefter skal de')).toBe('Flygtninge får et gratis buskort i perioden.');
    // An abbreviation is no sentence end; a match without a sentence end keeps the window.
    expect(text('bl.a. borgere, frivillige m.fl. hjælper med <mark>mentorer</mark> og flere ting')).toBe('bl.a. borgere, frivillige m.fl. hjælper med mentorer og flere ting');
    // Too little left: the window as it was.
    expect(text('lang tekst. <mark>Bolig.</mark> mere tekst')).toBe('lang tekst. Bolig. mere tekst');
  });

  it('builds links with the highlight words before the anchor', () => {
    expect(resultHref('/dokumenter/d/#m-1', 'bolig job')).toBe('/dokumenter/d/?highlight=bolig%20job#m-1');
    expect(resultHref('/maal/x/', '')).toBe('/maal/x/');
    expect(highlightWords('Bolig  Job', [{ text: 'boligerne,', marked: true }, { text: 'og', marked: false }])).toBe('bolig job boligerne');
  });
});
