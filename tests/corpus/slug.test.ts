/** src/corpus/slug.ts: ids of the generated corpus from Danish names. */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/corpus/slug';

describe('slugify', () => {
  it('makes ASCII slugs: æ→ae, ø→oe, å→aa', () => {
    expect(slugify('Høje-Taastrup')).toBe('hoeje-taastrup');
    expect(slugify('Ærø')).toBe('aeroe');
    expect(slugify('Læsø Kommune')).toBe('laesoe-kommune');
    expect(slugify('Bornholms Regionskommune')).toBe('bornholms-regionskommune');
  });
});
