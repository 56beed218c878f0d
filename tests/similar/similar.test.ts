/** src/similar/: what other municipalities do about the same thing, on fixtures and on the real catalogue. */
import { describe, expect, it } from 'vitest';
import { similarEntries, type SimilarItem } from '../../src/similar/similar';
import { terms } from '../../src/similar/terms';
import { otherMunicipalities, similarItems } from '../../src/similar/catalogue';
import { realCatalogue } from '../support/real-content';

const item = (id: string, municipality: string, themes: string[], text: string, targetGroups: string[] = []): SimilarItem => ({
  id,
  municipalities: [municipality],
  themes,
  targetGroups,
  text,
});

const ITEMS = [
  item('a', 'hilleroed', ['bolig'], 'Boligplacering af nyankomne flygtninge i egnede boliger', ['flygtninge']),
  item('b', 'kerteminde', ['bolig'], 'Egnede boliger til flygtninge: boligplacering i hele kommunen', ['flygtninge']),
  item('c', 'koege', ['bolig'], 'Boligsociale helhedsplaner i udsatte boligområder'),
  item('d', 'hilleroed', ['bolig'], 'Boligplacering af flygtninge i egnede boliger, samme kommune'),
  item('e', 'lejre', ['beskaeftigelse'], 'Boligplacering af flygtninge i egnede boliger, men et andet tema'),
  item('f', 'gladsaxe', ['bolig', 'beskaeftigelse'], 'Virksomhedspraktik og job'),
];

describe('terms', () => {
  it('drops stop words and short words and stems Danish inflections to one term', () => {
    expect(terms('Flygtningene og flygtninge i boligerne')).toEqual(terms('flygtning flygtning bolig'));
    expect(terms('og i at af med')).toEqual([]);
  });
});

describe('similarEntries', () => {
  const result = similarEntries(ITEMS);

  it('matches only entries of other municipalities that share a theme', () => {
    const ids = result.get('a')!.map((m) => m.id);
    expect(ids).not.toContain('d'); // same municipality
    expect(ids).not.toContain('e'); // no shared theme, though the text is the same
    expect(ids).not.toContain('a');
  });

  it('ranks by the similarity of the text, and says which themes and target groups are shared', () => {
    const [first, ...rest] = result.get('a')!;
    expect(first).toMatchObject({ id: 'b', sharedThemes: ['bolig'], sharedTargetGroups: ['flygtninge'] });
    for (const m of rest) expect(m.score).toBeLessThanOrEqual(first!.score);
  });

  it('gives at most `max` matches, and the same result for the same input in any order', () => {
    expect(similarEntries(ITEMS, { max: 1 }).get('a')).toHaveLength(1);
    const shuffled = similarEntries([...ITEMS].reverse());
    for (const x of ITEMS) expect(shuffled.get(x.id)!.map((m) => m.id)).toEqual(result.get(x.id)!.map((m) => m.id));
  });

  it('keeps the work bounded: an entry only meets entries through its kept terms', () => {
    // With one term per entry and one entry per term, "a" can reach at most one other entry.
    expect(similarEntries(ITEMS, { termsPerItem: 1, postingsPerTerm: 1 }).get('a')!.length).toBeLessThanOrEqual(1);
  });
});

describe('on the real catalogue', () => {
  const c = realCatalogue();
  const others = otherMunicipalities(c);

  it('every initiative and case gets at most five entries, none of its own municipalities, each sharing a theme', () => {
    const { items } = similarItems(c);
    expect(items).toHaveLength(c.initiatives.length + c.cases.length);
    for (const i of c.initiatives) {
      const list = others('initiative', i.id);
      expect(list.length).toBeLessThanOrEqual(5);
      const own = c.municipalitiesOf(i).map((m) => c.municipality(m)!.name);
      for (const o of list) {
        expect(o.municipalities.some((m) => own.includes(m)), `${i.id} → ${o.url}`).toBe(false);
        expect(o.sharedThemes.length).toBeGreaterThan(0);
      }
    }
  });

  it('Hillerød’s housing initiative leads to Kerteminde’s suitable housing', () => {
    const housing = c.initiatives.filter((i) => c.municipalitiesOf(i).includes('hilleroed') && c.themesOf(i).includes('bolig'));
    expect(housing.length).toBeGreaterThan(0);
    const urls = housing.flatMap((i) => others('initiative', i.id).map((o) => o.url));
    expect(urls.some((u) => u.startsWith('/indsatser/kerteminde-'))).toBe(true);
  });
});
