import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import snowball from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { stemDanish } from '../../src/search/stem';

/** Every word of the content files (the words the index holds). */
function contentWords(dir: string, out = new Set<string>()): Set<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) contentWords(path, out);
    else if (/\.(ya?ml|mdx?)$/.test(name)) for (const w of readFileSync(path, 'utf8').toLowerCase().match(/\p{L}+/gu) ?? []) out.add(w);
  }
  return out;
}

describe('the Danish stemmer of the search page', () => {
  it('stems every word of the catalogue as Snowball (and so Pagefind) does', () => {
    const reference = snowball.newStemmer('danish');
    const words = [...contentWords(join(import.meta.dirname, '../../content'))];
    expect(words.length).toBeGreaterThan(2000);
    const differ = words.filter((w) => stemDanish(w) !== reference.stem(w));
    expect(differ).toEqual([]);
  });

  it('covers each step of the algorithm', () => {
    expect(stemDanish('indvandrere')).toBe('indvandr');
    expect(stemDanish('boligerne')).toBe('bol');
    expect(stemDanish('vigtigst')).toBe(snowball.newStemmer('danish').stem('vigtigst'));
    expect(stemDanish('løst')).toBe('løst');
    expect(stemDanish('kærløst')).toBe('kærløs');
    expect(stemDanish('hus')).toBe('hus');
    expect(stemDanish('i')).toBe('i');
  });
});
