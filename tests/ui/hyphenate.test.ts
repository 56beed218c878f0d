/** Danish soft hyphens for headings (src/components/hyphenate.ts), issue 10. */
import { describe, expect, it } from 'vitest';
import { hyphenate, SOFT_HYPHEN } from '../../src/components/hyphenate';
import { realCatalogue } from '../support/real-content';

const show = (s: string) => s.replaceAll(SOFT_HYPHEN, '·');

describe('hyphenate', () => {
  it('puts soft hyphens at Danish hyphenation points of long words', () => {
    expect(show(hyphenate('Integrationshandlingsprogram 2015-2018'))).toBe('Inte·gra·tions·hand·lings·pro·gram 2015-2018');
    expect(show(hyphenate('Kompetenceudvikling i folkeskolen'))).toBe('Kom·pe·ten·ce·ud·vik·ling i folkeskolen');
  });

  it('leaves short words, numbers and punctuation alone', () => {
    expect(hyphenate('Mål 3: Flere i job')).toBe('Mål 3: Flere i job');
    expect(hyphenate('Ad 2 | 1a: Høje-Taastrup')).toBe('Ad 2 | 1a: Høje-Taastrup');
    // 12 letters: fits any heading's line on a phone, so it moves down whole rather than split.
    expect(hyphenate('Flere efterkommere')).toBe('Flere efterkommere');
  });

  it('keeps at least three letters together at both ends of a word', () => {
    for (const title of realCatalogue().documents.map((d) => d.title)) {
      for (const word of hyphenate(title).split(/\s+/)) {
        const parts = word.split(SOFT_HYPHEN);
        if (parts.length === 1) continue;
        expect(parts[0]!.length, word).toBeGreaterThanOrEqual(3);
        expect(parts.at(-1)!.length, word).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('changes nothing but the soft hyphens, and is idempotent', () => {
    const c = realCatalogue();
    const titles = [...c.documents.map((d) => d.title), ...c.goals.map((g) => g.title), ...c.initiatives.map((i) => i.title), ...c.cases.map((x) => x.title)];
    for (const t of titles) {
      const h = hyphenate(t);
      expect(h.replaceAll(SOFT_HYPHEN, '')).toBe(t);
      expect(hyphenate(h)).toBe(h);
    }
  });
});
