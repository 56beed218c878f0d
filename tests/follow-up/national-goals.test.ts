/**
 * The national goals (content/national-goals.yaml) and the editor's mapping of every local goal and
 * success criterion to them (content/national-goal-links.yaml), checked against the real content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { realCatalogue, ROOT } from '../support/real-content';

interface Source { title: string; publisher: string; url: string; date?: string }
interface NationalGoal {
  id: string;
  number: number;
  name: string;
  text: string;
  source: Source;
  indicators?: { number: string; text: string; source: Source }[];
  unconfirmed?: { text: string; source?: Source };
}
interface Link { goal?: string; initiative?: string; criterion?: number; nationalGoals: string[]; indicators?: string[]; reason: string }

const read = <T>(file: string) => yaml.load(readFileSync(join(ROOT, 'content', file), 'utf8')) as T;
const goals = read<NationalGoal[]>('national-goals.yaml');
const links = read<Link[]>('national-goal-links.yaml');

describe('the nine national goals', () => {
  it('are Mål 1 Arbejde … Mål 9 Kriminalitet, each with the wording of "De ni målsætninger" and its address', () => {
    expect(goals.map((g) => `${g.number} ${g.name}`)).toEqual([
      '1 Arbejde', '2 Uddannelse', '3 Danskkundskaber', '4 Medborgerskab', '5 Ligebehandling',
      '6 Selvbestemmelse', '7 Forsørgelse', '8 Udsatte boligområder', '9 Kriminalitet',
    ]);
    for (const g of goals) {
      expect(g.source.url).toBe('http://integrationsbarometer.dk/om-integrationsbarometeret/de-ni-malsaetninger');
      expect(g.text.length).toBeGreaterThan(15);
    }
    expect(goals[0]!.text).toBe('Flere indvandrere og efterkommere med ikke-vestlig oprindelse skal i arbejde');
  });

  it('give each indicator with its number and source, or say that it could not be confirmed', () => {
    for (const g of goals) {
      const confirmed = g.indicators ?? [];
      // Either confirmed indicators or a plain statement that they are not confirmed: never neither.
      expect(confirmed.length > 0 || (g.unconfirmed?.text ?? '').length > 0, g.id).toBe(true);
      for (const i of confirmed) {
        expect(i.number.startsWith(`${g.number}.`), `${g.id} ${i.number}`).toBe(true);
        expect(i.source.url).toMatch(/^https?:\/\/integrationsbarometer\.dk\//);
      }
    }
    expect(goals.flatMap((g) => (g.indicators ?? []).map((i) => i.number))).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3']);
  });
});

describe('the mapping of the real corpus', () => {
  const catalogue = realCatalogue();
  const goalIds = new Set(goals.map((g) => g.id));
  const indicatorNumbers = new Set(goals.flatMap((g) => (g.indicators ?? []).map((i) => i.number)));
  const key = (l: Link) => (l.goal ? l.goal : `${l.initiative}#${l.criterion}`);

  it('covers every local goal and every success criterion exactly once', () => {
    const expected = [
      ...catalogue.goals.map((g) => g.id),
      ...catalogue.initiatives.flatMap((i) => i.successCriteria.map((_, k) => `${i.id}#${k + 1}`)),
    ].sort();
    expect(links.map(key).sort()).toEqual(expected);
  });

  it('names only national goals and indicators that exist, an indicator only under its own goal, and always a reason', () => {
    for (const l of links) {
      for (const g of l.nationalGoals) expect(goalIds.has(g), `${key(l)}: ${g}`).toBe(true);
      for (const i of l.indicators ?? []) {
        expect(indicatorNumbers.has(i), `${key(l)}: ${i}`).toBe(true);
        const owner = goals.find((g) => (g.indicators ?? []).some((x) => x.number === i))!;
        expect(l.nationalGoals, `${key(l)}: ${i}`).toContain(owner.id);
      }
      expect(l.reason.length).toBeGreaterThan(10);
    }
  });

  it('leaves unmapped what no national goal covers (health, the elderly, reception) and says why', () => {
    const unmapped = links.filter((l) => l.nationalGoals.length === 0).map(key);
    expect(unmapped).toContain('hilleroed-2015-2018-maal-9');
    expect(unmapped).toContain('hoeje-taastrup-2006-maal-aeldre-1');
    expect(unmapped.length).toBe(14);
  });
});
