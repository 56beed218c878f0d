/**
 * Issue 13's "done when", built: on the real content /frister/ lists every Hillerød 2015-18 target
 * with deadline 2018 and every dated Høje-Taastrup criterion as "frist passeret – ingen opfølgning
 * registreret"; adding ONE follow-up value with a source to a copy of the content changes that
 * goal's status, its chart and its /frister/ entry. The copy is built into its own folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyContent, type ContentCopy } from '../support/content-copy';

const GOALS = 'documents/hilleroed-integrationshandlingsprogram-2015-2018/goals.yaml';
const KEY = 'hilleroed-2015-2018-maal-4/measure-1';
const ANCHOR = `          text: "ved udgangen af 2018"
    - description: "Forskel i beskæftigelsesniveau for indvandrere og efterkommere mellem Hillerød Kommune og landsgennemsnittet"`;
const FOLLOW_UP = `      followUps:
        - value: 21.5
          unit: procentpoint
          year: 2018
          source:
            title: "Integrationsbarometer, Hillerød Kommune"
            publisher: "Udlændinge- og Integrationsministeriet"
            url: "https://integrationsbarometer.dk/"
`;

/** The markup from `marker` up to the next target's status block or the goal's next section. */
function itemAt(html: string, marker: string): string {
  const start = html.indexOf(marker);
  if (start < 0) throw new Error(`${marker} not found`);
  const ends = [html.indexOf('data-target-status=', start + marker.length), html.indexOf('aria-labelledby="indsatser"', start)].filter((n) => n > 0);
  return html.slice(start, Math.min(...ends));
}

let copy: ContentCopy;
let real: { frister: string; goal: string };
let changed: { frister: string; goal: string };

beforeAll(() => {
  copy = copyContent('follow-up-built-');
  const dist = buildCopy(copy); // the real content first
  const read = (d: string) => ({
    frister: readFileSync(join(d, 'frister', 'index.html'), 'utf8'),
    goal: readFileSync(join(d, 'maal', 'hilleroed-2015-2018-maal-4', 'index.html'), 'utf8'),
  });
  real = read(dist);
  copy.replace(GOALS, ANCHOR, ANCHOR.replace('\n', `\n${FOLLOW_UP}`));
  changed = read(buildCopy(copy));
}, 600_000);
afterAll(() => copy?.remove());

describe('/frister/ on the real content', () => {
  it('lists every Hillerød 2015-18 target of 2018 and every dated Høje-Taastrup criterion as "frist passeret – ingen opfølgning registreret"', () => {
    const items = real.frister.split('data-deadline data-kommune=').slice(1);
    const of = (muni: string) => items.filter((i) => i.startsWith(`"${muni}"`));
    const hilleroed2018 = of('hilleroed').filter((i) => i.includes('id="hilleroed-2015-2018-') && i.includes('»') && /udgangen af 2018|I 2018|2015-2018/.test(i));
    expect(hilleroed2018.length).toBeGreaterThanOrEqual(7);
    expect(of('hoeje-taastrup')).toHaveLength(24);
    for (const i of [...of('hilleroed'), ...of('hoeje-taastrup')]) expect(i).toContain('frist passeret – ingen opfølgning registreret');
    expect(real.frister).toContain('Der er ikke registreret nogen opfølgning');
  });
});

describe('one follow-up value with a source, in a copy of the content', () => {
  it('changes the goal’s status next to its deadline', () => {
    expect(itemAt(real.goal, `data-target-status="${KEY}"`)).toContain('data-status="overdue"');
    const now = itemAt(changed.goal, `data-target-status="${KEY}"`);
    expect(now).toContain('data-status="reached"');
    expect(now).toContain('>nået<');
    expect(now).toContain('https://integrationsbarometer.dk/');
  });

  it('adds the value to the goal’s chart and its table', () => {
    const before = itemAt(real.goal, `data-target-status="${KEY}"`);
    const after = itemAt(changed.goal, `data-target-status="${KEY}"`);
    expect(before).not.toContain('data-mark="followUp"');
    expect(after).toMatch(/data-mark="followUp" data-year="2018"/);
    expect(after).toContain('Opfølgning 2018: 21,5 procentpoint');
    expect(after).toMatch(/<tr data-kind="followUp">/);
  });

  it('changes its /frister/ entry, and only that one', () => {
    const id = `id="${KEY.replace('/', '--')}"`;
    const entry = (html: string) => html.slice(html.lastIndexOf('<li', html.indexOf(id)), html.indexOf('</li>', html.indexOf(id)));
    expect(entry(real.frister)).toContain('data-status="overdue"');
    expect(entry(changed.frister)).toContain('data-status="reached"');
    const count = (html: string) => (html.match(/data-tema="[^"]*" data-status="overdue"/g) ?? []).length;
    expect(count(changed.frister)).toBe(count(real.frister) - 1);
    expect(changed.frister).toContain('1 opfølgningsværdier registreret');
  });
});
