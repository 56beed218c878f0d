/** src/text/slug.ts: ASCII ids from Danish names (the generated corpus, the import assistant). */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/text/slug';

describe('slugify', () => {
  it('makes ASCII slugs: æ→ae, ø→oe, å→aa', () => {
    expect(slugify('Høje-Taastrup')).toBe('hoeje-taastrup');
    expect(slugify('Ærø')).toBe('aeroe');
    expect(slugify('Læsø Kommune')).toBe('laesoe-kommune');
    expect(slugify('Bornholms Regionskommune')).toBe('bornholms-regionskommune');
  });
});
