/** Cleaning what extraction breaks (src/import/clean/): ligatures, running headers, page numbers, hyphenation. */
import { describe, expect, test } from 'vitest';
import { compoundSpeller, danishSpeller } from '../../src/import/clean/speller';
import { cleanText, joinLines, normaliseCharacters } from '../../src/import/clean/text';

describe('characters', () => {
  test('ligatures become letters, invisible characters go, text is NFC', () => {
    expect(normaliseCharacters('Eﬀektiv ﬁnansiering af ﬂygtninge\u00ad\u200bindsatsen, a\u030angs')).toBe('Effektiv finansiering af flygtningeindsatsen, ångs');
  });
});

describe('running headers, footers and page numbers', () => {
  const page = (n: number, body: string[]) => ['HILLERØD', 'KOMMUNE', '', ...body, '', `Side ${n} af 3`];
  const text = [...page(1, ['Mål 1: Første mål.']), '\f', ...page(2, ['Mål 2: Andet mål.']), '\f', ...page(3, ['Mål 3: Tredje mål.'])].join('\n');

  test('a short line repeated at the top of every page and the page numbers are blanked, line numbers kept', () => {
    const { lines, removed } = cleanText(text);
    expect(lines).toHaveLength(text.split('\n').length);
    expect(removed.map((r) => r.text)).toEqual(['HILLERØD', 'KOMMUNE', 'Side 1 af 3', 'HILLERØD', 'KOMMUNE', 'Side 2 af 3', 'HILLERØD', 'KOMMUNE', 'Side 3 af 3']);
    expect(lines.filter((l) => l.text.trim()).map((l) => `${l.no}:${l.text}`)).toEqual(['4:Mål 1: Første mål.', '11:Mål 2: Andet mål.', '18:Mål 3: Tredje mål.']);
  });

  test('in a plain-text file, three blank lines count as a page break; a heading repeated inside the text stays', () => {
    const txt = ['Handleplan', 'Første punkt.', '', '', '', 'LOGO', 'Handleplan', 'Andet punkt.', '', '', '', 'LOGO', 'Tredje punkt.'].join('\n');
    const kept = cleanText(txt).lines.filter((l) => l.text).map((l) => l.text);
    expect(kept).toEqual(['Handleplan', 'Første punkt.', 'Handleplan', 'Andet punkt.', 'Tredje punkt.']);
  });
});

describe('words hyphenated across lines', () => {
  const speller = danishSpeller();

  test('joined only when the joined word is Danish; "beskæftigelses- og integrationsudvalget" keeps its hyphen', () => {
    expect(joinLines(['Kommunens beskæftigelses-', 'og integrationsudvalget har ved-', 'taget planen.'], speller)).toBe(
      'Kommunens beskæftigelses- og integrationsudvalget har vedtaget planen.',
    );
    expect(joinLines(['et samarbejde med EU-', 'borgere og Bydelsmødre-', 'projektet'], speller)).toBe('et samarbejde med EU-borgere og Bydelsmødreprojektet');
    expect(joinLines(['en xqzw-', 'plorf i teksten'], speller)).toBe('en xqzw-plorf i teksten');
  });

  test('compounds count as words (nspell does not know the Danish compound flags)', () => {
    expect(speller.isWord('integrationsudvalget')).toBe(true);
    expect(speller.isWord('arbejdsmarkedskendskab')).toBe(true);
    expect(speller.isWord('beskæftigelsesog')).toBe(false);
    const tiny = compoundSpeller((w) => ['sprog', 'center', 'skole'].includes(w));
    expect(tiny.isWord('sprogcenter')).toBe(true);
    expect(tiny.isWord('sprogcenterskole')).toBe(true);
    expect(tiny.isWord('sprogx')).toBe(false);
  });
});
