/**
 * The Danish search helpers without a browser: spelling folds, compound splitting, synonyms, the
 * keywords written into the indexed HTML, keyword removal from excerpts, "Mente du …", the
 * highlighter's word test and the search records of real catalogue entries.
 */
import { describe, expect, it } from 'vitest';
import { matcher } from '../../src/search/highlight';
import { compoundTails, knownWords, splitCompound } from '../../src/search/compounds';
import { groupWords } from '../../src/search/synonyms';
import type { SynonymGroup } from '../../src/collections/schemas';
import { load as loadYaml } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldBare, foldDigraph, normaliseQuery, otherSpellings } from '../../src/search/fold';
import { countWords, createKeywordGenerator, injectKeywords, mapText } from '../../src/search/keywords';
import { COMPOUND_PARTS } from '../../src/search/lexicon';
import { excerptWords, stripKeywords, withoutTitle } from '../../src/search/markers';
import { documentTime, filterOptions, recordForCase, recordForDocument, recordForInitiative, recordForMunicipality } from '../../src/search/record';
import { vocabulary } from '../../src/search/suggest';
import { RANKING } from '../../src/search/page/pagefind';
import { realCatalogue } from '../support/real-content';

describe('spelling folds', () => {
  it('spells æ, ø, å as digraphs or bare vowels', () => {
    expect(foldDigraph('Børnehaver i Høje-Tåstrup, Ærø')).toBe('boernehaver i hoeje-taastrup, aeroe');
    expect(foldBare('Børn Ældre Å')).toBe('born aldre a');
    expect(foldDigraph('Idé og café')).toBe('ide og cafe');
  });

  it('spells aa also as å (no ASCII spellings: the browser respells), and leaves a query as typed', () => {
    expect(otherSpellings('Taastrup')).toEqual(['tåstrup']);
    expect(otherSpellings('Hillerød')).toEqual([]);
    expect(normaliseQuery('  Hillerød   Bolig ')).toBe('Hillerød Bolig');
    expect(normaliseQuery('Tå\u0308strup'.normalize('NFD'))).toBe('Tå\u0308strup'.normalize('NFC'));
  });
});

describe('compounds', () => {
  const known = knownWords(['integration', 'indsats', 'indsatsen', 'familier', 'venskab', 'bolig', 'placering', 'arbejde', 'markedet', 'ældre', 'visning', 'for', 'under'], COMPOUND_PARTS);

  it('splits at a linking s or e and keeps the tail as written', () => {
    expect(splitCompound('integrationsindsatsen', known)).toEqual({ head: 'integration', tail: 'indsatsen' });
    expect(splitCompound('venskabsfamilier', known)).toEqual({ head: 'venskab', tail: 'familier' });
    expect(splitCompound('boligplacering', known)).toEqual({ head: 'bolig', tail: 'placering' });
    expect(splitCompound('arbejdsmarkedet', known)).toEqual({ head: 'arbejde', tail: 'markedet' });
  });

  it('does not split words that only look like compounds', () => {
    expect(splitCompound('forældre', known)).toBeUndefined();
    expect(splitCompound('undervisning', known)).toBeUndefined();
    expect(splitCompound('samarbejde', known)).toBeUndefined();
  });

  it('finds every tail of a compound of three parts', () => {
    expect(compoundTails('integrationshandlingsprogram', knownWords(['integration', 'handlingsprogram'], COMPOUND_PARTS))).toEqual([
      'handlingsprogram',
      'program',
    ]);
  });

  it('finds the tail of a compound whose first part is a compound itself (issue 14: »mentor«)', () => {
    // "jobstøtte" is no word of its own, but "job" + "støtte" is.
    expect(compoundTails('jobstøttementor', knownWords(['mentor', 'støtte'], COMPOUND_PARTS))).toEqual(['mentor']);
    expect(compoundTails('jobstøttementor', knownWords(['mentor'], []))).toEqual([]);
  });
});

/** The synonym groups an editor keeps in content/synonyms.yaml, as the index step gets them. */
const SYNONYMS = (loadYaml(readFileSync(join(import.meta.dirname, '../../content/synonyms.yaml'), 'utf8')) as SynonymGroup[]).map((x) =>
  groupWords({ words: x.words, abbreviations: x.abbreviations ?? [] }),
);

describe('keywords', () => {
  const g = createKeywordGenerator(['integration', 'indsats', 'indsatsen', 'familier', 'venskab', 'flygtninge', 'børn'], SYNONYMS);

  it('gives synonyms and abbreviations from content/synonyms.yaml (issue 14)', () => {
    expect(g.keywords('helbredsvurdering')).toEqual(expect.arrayContaining(['helbredstjek', 'helbredsundersøgelse']));
    expect(g.keywords('traumatiserede')).toEqual(expect.arrayContaining(['ptsd', 'traume']));
    // Without the content's groups, no synonyms.
    expect(createKeywordGenerator(['flygtninge']).keywords('flygtninge')).toEqual([]);
  });

  it('adds compound tails and synonyms, and no ASCII spellings', () => {
    expect(g.keywords('integrationsindsatsen')).toEqual(expect.arrayContaining(['indsatsen', 'inklusion']));
    expect(g.keywords('Børnene')).toEqual(['barn']);
    expect(g.keywords('flygtninge')).toEqual(expect.arrayContaining(['asylansøger', 'nyankommen']));
    expect(g.keywords('flygtninge')).not.toContain('asylansoeger');
    expect(g.keywords('asylansøgere')).toEqual(expect.arrayContaining(['flygtning']));
    expect(g.keywords('jobbet')).toEqual(expect.arrayContaining(['beskæftigelse']));
    expect(g.keywords('Taastrup')).toEqual(['tåstrup']);
    expect(g.keywords('bolig')).not.toContain('bolig');
    expect(g.keywords('og')).toEqual([]);
  });

  it('writes keywords after their word, only in indexed text, synonyms once per part of the page', () => {
    const html =
      '<html lang="da"><head><title>Børn</title><script>const børn = 1;</script></head><body><nav>Børn</nav>' +
      '<main data-pagefind-body><h1>Børn &amp; unge</h1><p data-pagefind-ignore>Børn</p><p>Venskabsfamilier, og mere børn.</p>' +
      '<p data-search-context>Hillerød Plan</p><li id="x">Børn</li><h2 id="y" data-pagefind-ignore>Om</h2><p>Børn igen</p></main></body></html>';
    const out = injectKeywords(html, createKeywordGenerator(['venskab', 'familier'], SYNONYMS));
    // A synonym weighs less than the page's own word (SYNONYM_WEIGHT); spellings weigh as the word.
    expect(out).toContain('<h1>Børn ⟦ <span data-pagefind-weight="2.1">barn</span> ⟧ &amp; unge</h1>');
    // The second »børn« of the same part gets no keywords; after an element with an id it does again.
    expect(out).toContain('og mere børn.</p>');
    expect(out).toContain('<li id="x">Børn ⟦ <span data-pagefind-weight="0.3">barn</span> ⟧</li>');
    expect(out).toContain('<p data-pagefind-ignore>Børn</p>');
    // An ignored element's id starts no part (Pagefind makes no anchor of it).
    expect(out).toContain('<p>Børn igen</p>');
    expect(out).toContain('<nav>Børn</nav>');
    expect(out).toContain('<script>const børn = 1;</script>');
    expect(out).toContain('<title>Børn</title>');
    expect(out).toContain('Venskabsfamilier, ⟦ familier ⟧ og mere børn.');
    // A compound's tail follows every occurrence: the page has the word that often.
    const twice = injectKeywords('<body><main data-pagefind-body><p>Venskabsfamilier og venskabsfamilier</p></main></body>', createKeywordGenerator(['venskab', 'familier']));
    expect(twice).toContain('<p>Venskabsfamilier ⟦ familier ⟧ og venskabsfamilier ⟦ familier ⟧</p>');
    // Context words are one keyword group, so excerpts never show them.
    expect(out).toContain('<p data-search-context> ⟦ Hillerød Plan ⟧ </p>');
  });

  it('counts only indexed words', () => {
    const counts = countWords(['<body><nav>menu</nav><div data-pagefind-body>bolig bolig <span data-pagefind-ignore>label</span></div></body>']);
    expect([...counts]).toEqual([['bolig', 2]]);
  });

  it('walks the whole body when a page has no data-pagefind-body', () => {
    const seen: string[] = [];
    mapText('<body><p>ord</p><footer>fod</footer></body>', (t, indexed) => (indexed && seen.push(t), t));
    expect(seen).toEqual(['ord']);
  });
});

describe('excerpts without keywords', () => {
  it('removes keywords and marks the word a matched keyword belongs to', () => {
    const words = excerptWords('Skole for børn <mark>⟦boern</mark> born⟧ og en integrationsindsats <mark>⟦indsats⟧</mark> her, og <mark>bolig</mark>.');
    expect(words.map((w) => w.text).join(' ')).toBe('Skole for børn og en integrationsindsats her, og bolig.');
    expect(words.filter((w) => w.marked).map((w) => w.text)).toEqual(['børn', 'integrationsindsats', 'bolig.']);
    // As the index writes them: each mark a word of its own.
    const spaced = excerptWords('Skole for børn ⟦ <mark>boern</mark> born ⟧ og en integrationsindsats ⟦ <mark>indsats</mark> ⟧ her, og <mark>bolig</mark>.');
    expect(spaced).toEqual(words);
    expect(spaced.find((w) => w.text === 'børn')?.via).toEqual(['boern']);
  });

  it('drops a keyword group cut off at either end and keeps punctuation after one', () => {
    expect(excerptWords('hilleroed hillerod⟧ skal have boliger ⟦lejlighed').map((w) => w.text)).toEqual(['skal', 'have', 'boliger']);
    // A link ends after its word ("<a>Hillerød</a>."): the full stop follows the keyword group.
    expect(excerptWords('i Hillerød ⟦hilleroed⟧. Næste').map((w) => w.text)).toEqual(['i', 'Hillerød.', 'Næste']);
    expect(excerptWords('a &amp; b &lt;c&gt;').map((w) => w.text)).toEqual(['a', '&', 'b', '<c>']);
    expect(excerptWords('hilleroed hillerod ⟧ skal have boliger ⟦ lejlighed').map((w) => w.text)).toEqual(['skal', 'have', 'boliger']);
    expect(excerptWords('i Hillerød ⟦ hilleroed ⟧. Næste').map((w) => w.text)).toEqual(['i', 'Hillerød.', 'Næste']);
  });

  it('strips keywords from titles', () => {
    expect(stripKeywords('Indsats 4: Kompetenceudvikling ⟦udvikling⟧ i folkeskolen')).toBe('Indsats 4: Kompetenceudvikling i folkeskolen');
    expect(stripKeywords('hillerod⟧ Plan ⟦plan')).toBe('Plan');
    expect(stripKeywords('Indsats 4: Kompetenceudvikling ⟦ udvikling ⟧ i folkeskolen')).toBe('Indsats 4: Kompetenceudvikling i folkeskolen');
    expect(stripKeywords('hillerod ⟧ Plan ⟦ plan')).toBe('Plan');
  });

  it('leaves out the title where an excerpt repeats it', () => {
    const w = (s: string) => s.split(' ').map((text) => ({ text, marked: false }));
    expect(withoutTitle(w('7: God overgang til bolig Integrationshandlingsprogram'), '7: God overgang til bolig').map((x) => x.text)).toEqual([
      'Integrationshandlingsprogram',
    ]);
    expect(withoutTitle(w('til bolig og mere tekst'), '7: God overgang til bolig').map((x) => x.text)).toEqual(['og', 'mere', 'tekst']);
    expect(withoutTitle(w('helt anden tekst'), 'Titel her').length).toBe(3);
  });
});

describe('"Mente du …"', () => {
  const words = vocabulary([
    ['boligplacering', 3],
    ['integration', 40],
    ['venskabsfamilier', 2],
    ['børn', 30],
  ]);

  it('finds the closest catalogue word, in any spelling of æ/ø/å, and knows words as the index has them', () => {
    expect(words.closest('boligplasering')).toBe('boligplacering');
    expect(words.closest('integrasjon')).toBe('integration');
    expect(words.closest('xyzzyqq')).toBeUndefined();
    expect(words.knows('integration')).toBe(true);
    expect(words.knows('Hillerød')).toBe(false);
    expect(words.knows('børnene')).toBe(true);
    expect(words.knows('BØRN')).toBe(true);
    // Typed without æ/ø/å, a word is known only as written: the index has no ASCII spellings.
    expect(words.knows('boern')).toBe(false);
    expect(words.closest('boern')).toBe('børn');
    expect(words.closest('born')).toBe('børn');
  });
});

describe('highlighter', () => {
  it('matches words by ASCII spelling, beginning, base form and compound part', () => {
    const hit = matcher('boern indsats boligerne');
    expect(hit('børn')).toBe(true);
    expect(hit('Børnene')).toBe(true);
    expect(hit('integrationsindsatsen')).toBe(true);
    expect(hit('boligplacering')).toBe(true);
    expect(hit('bold')).toBe(false);
    expect(matcher('born')('børn')).toBe(true);
  });
});

describe('search records of real entries', () => {
  const c = realCatalogue();

  it('gives an initiative its municipality, region, themes, years and document', () => {
    const r = recordForInitiative(c, c.initiative('hilleroed-2015-2018-indsats-4')!);
    expect(r.type).toBe('indsats');
    expect(r.filters.kommune).toEqual(['hilleroed']);
    expect(r.filters.region).toEqual(['hovedstaden']);
    expect(r.filters.aar).toEqual(['2015', '2016', '2017', '2018']);
    expect(r.filters.tema.length).toBeGreaterThan(0);
    expect(r.meta.dokument).toBe(c.document('hilleroed-integrationshandlingsprogram-2015-2018')!.title);
    expect(r.context).toContain('Hillerød');
  });

  it('gives KL’s catalogue the municipalities of its cases', () => {
    const r = recordForDocument(c, c.document('kl-kommunale-veje-til-god-integration-2016')!);
    expect(r.filters.kommune).toEqual(expect.arrayContaining(['vejle', 'roskilde', 'hedensted']));
    expect(r.meta.kommune).toBe('KL');
    const x = recordForCase(c, c.case('kl-2016-vejle-fast-track')!);
    expect(x.filters.kommune).toEqual(['vejle']);
    expect(x.filters.region).toEqual(['syddanmark']);
  });

  it('gives a document the years a sort by year reads: its period, else the year it was adopted', () => {
    expect(documentTime(c.document('kerteminde-integrationspolitik-2016')!).years).toEqual([2016]);
    expect(documentTime(c.document('hoeje-taastrup-integrationspolitik-2006')!).years).toEqual([2006]);
    expect(documentTime(c.document('hilleroed-integrationshandlingsprogram-2015-2018')!).years).toEqual([2015, 2016, 2017, 2018]);
    expect(recordForMunicipality(c, c.municipality('hilleroed')!).filters.aar).toEqual([]);
  });

  it('ranks no page up for a meta field that names what it belongs to (only the title boosts)', () => {
    const records = [...c.initiatives.map((i) => recordForInitiative(c, i)), ...c.documents.map((d) => recordForDocument(c, d))];
    const keys = new Set(records.flatMap((r) => Object.keys(r.meta)));
    expect(keys.size).toBeGreaterThan(0);
    // "type" is the meta field build-index.ts gives a page without a record.
    for (const k of [...keys, 'type']) expect(RANKING.metaWeights, k).toHaveProperty(k, 0);
    expect(RANKING.metaWeights).not.toHaveProperty('title');
  });

  it('lists every filter value the records use', () => {
    const options = filterOptions(c);
    const records = [...c.initiatives.map((i) => recordForInitiative(c, i)), ...c.documents.map((d) => recordForDocument(c, d))];
    for (const r of records) {
      for (const [key, values] of Object.entries(r.filters)) {
        for (const v of values) expect(options[key as keyof typeof options].map((o) => o.value), `${key}=${v}`).toContain(v);
      }
    }
  });
});
