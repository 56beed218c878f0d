/** src/compare/: the compare page's address, its per-municipality files and their numbers. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chosenIds, compareSearch, themeRows } from '../../src/compare/compare';
import { municipalityDigest, type MunicipalityDigest } from '../../src/compare/digest';
import { realCatalogue } from '../support/real-content';
import { DIST } from '../support/dist';

describe('the compare address', () => {
  it('reads ids comma-separated or repeated, once each, at most four, and nothing that is not an id', () => {
    expect(chosenIds('?kommuner=hilleroed,hoeje-taastrup')).toEqual(['hilleroed', 'hoeje-taastrup']);
    expect(chosenIds('?kommuner=hilleroed&kommuner=koege&kommuner=hilleroed')).toEqual(['hilleroed', 'koege']);
    expect(chosenIds('?kommuner=a,b,c,d,e')).toEqual(['a', 'b', 'c', 'd']);
    expect(chosenIds('?kommuner=../x,<b>,ok')).toEqual(['ok']);
    expect(chosenIds('?kommuner=hilleroed&med=kerteminde')).toEqual(['hilleroed', 'kerteminde']);
    expect(chosenIds('')).toEqual([]);
  });

  it('writes the shareable address', () => {
    expect(compareSearch(['hilleroed', 'koege'])).toBe('?kommuner=hilleroed,koege');
    expect(chosenIds(compareSearch(['hilleroed', 'koege']))).toEqual(['hilleroed', 'koege']);
  });

  it('orders the theme rows of several municipalities by the taxonomy, unknown ones last', () => {
    const d = (themes: string[]) => ({ themes: themes.map((id) => ({ id, label: id })) }) as unknown as MunicipalityDigest;
    expect(themeRows([d(['b', '']), d(['a', 'b'])], ['a', 'b']).map((r) => r.id)).toEqual(['a', 'b', '']);
  });
});

describe('a municipality’s digest', () => {
  const c = realCatalogue();

  it('counts what the catalogue holds about the municipality, and files every entry under each of its themes', () => {
    for (const m of c.municipalities) {
      const about = c.about(m.id);
      const digest = municipalityDigest(c, m.id);
      expect(digest.counts).toEqual({ documents: about.documents.length, goals: about.goals.length, initiatives: about.initiatives.length, cases: about.cases.length });
      for (const g of about.goals) {
        const themes = c.themesOf(g);
        for (const id of themes.length ? themes : ['']) {
          expect(digest.themes.find((t) => t.id === id)?.goals.some((x) => x.url === `/maal/${g.id}/`), `${g.id} under ${id}`).toBe(true);
        }
      }
    }
  });

  it('gives each goal its targets as printed, with figure and deadline', () => {
    const digest = municipalityDigest(c, 'hilleroed');
    const goals = digest.themes.flatMap((t) => t.goals);
    const withTarget = goals.filter((g) => g.targets?.some((t) => t.deadline === 2018));
    expect(withTarget.length).toBeGreaterThan(0);
  });

  it('is published for all municipalities at /data/kommuner/<id>.json, equal to the digest', () => {
    const dir = join(DIST, 'data', 'kommuner');
    expect(readdirSync(dir).sort()).toEqual(c.municipalities.map((m) => `${m.id}.json`).sort());
    expect(JSON.parse(readFileSync(join(dir, 'hoeje-taastrup.json'), 'utf8'))).toEqual(municipalityDigest(c, 'hoeje-taastrup'));
  });
});
