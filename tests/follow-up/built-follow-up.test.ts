/**
 * Issue 13's "done when", built: on the real content /frister/ lists every Hillerød 2015-18 target
 * with deadline 2018 and every dated Høje-Taastrup criterion as "frist passeret – ingen opfølgning
 * registreret"; adding ONE follow-up value with a source to a copy of the content changes that
 * goal's status, its chart and its /frister/ entry. The copy is built into its own folder.
 * /frister/ is an overview by year; the entries are on the year pages /frister/<year>/[n/].
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** Every page under /frister/<year>/ of a built site, by address. */
function yearPages(dist: string): Map<string, string> {
  const root = join(dist, 'frister');
  const pages = new Map<string, string>();
  for (const f of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!f.endsWith('index.html') || f === 'index.html') continue;
    pages.set(`/frister/${relative(root, join(root, f)).replace(/index\.html$/, '')}`, readFileSync(join(root, f), 'utf8'));
  }
  return pages;
}

/** The overview's table row of one year. */
function rowOf(overview: string, year: string): string {
  const start = overview.indexOf(`data-year="${year}"`);
  if (start < 0) throw new Error(`no row for ${year} on /frister/`);
  return overview.slice(start, overview.indexOf('</tr>', start));
}

interface Built {
  /** The overview, /frister/. */
  overview: string;
  /** Every year page, concatenated. */
  frister: string;
  years: Map<string, string>;
  /** /data/frister/<year>.json by year. */
  data: Map<string, string>;
  goal: string;
}

let copy: ContentCopy;
let real: Built;
let changed: Built;

beforeAll(() => {
  copy = copyContent('follow-up-built-');
  const dist = buildCopy(copy); // the real content first
  const read = (d: string): Built => {
    const years = yearPages(d);
    return {
      overview: readFileSync(join(d, 'frister', 'index.html'), 'utf8'),
      frister: [...years.values()].join('\n'),
      years,
      data: new Map(readdirSync(join(d, 'data', 'frister')).map((f) => [f.replace('.json', ''), readFileSync(join(d, 'data', 'frister', f), 'utf8')])),
      goal: readFileSync(join(d, 'maal', 'hilleroed-2015-2018-maal-4', 'index.html'), 'utf8'),
    };
  };
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
    expect(real.overview).toContain('Der er ikke registreret nogen opfølgning');
  });

  it('has the Hillerød 2015-18 targets on the page of 2018, and each entry once across the year pages', () => {
    expect(real.years.get('/frister/2018/')).toContain('id="hilleroed-2015-2018-maal-4--measure-1"');
    const ids = [...real.frister.matchAll(/data-status="[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(31);
    expect(new Set(ids).size).toBe(ids.length);
    // The overview links each year and counts its entries.
    for (const [url, html] of real.years) {
      const year = url.split('/')[2]!;
      const row = rowOf(real.overview, year);
      expect(row, url).toContain(`href="/frister/${year}/"`);
      expect(row.match(/<td[^>]*>([^<]*)<\/td>/)?.[1], url).toBe(String((html.match(/data-deadline data-kommune=/g) ?? []).length));
    }
    // The filters read the whole year from /data/frister/<year>.json: the same entries, with their status.
    for (const [url, html] of real.years) {
      const year = url.split('/')[2]!;
      const data = JSON.parse(real.data.get(year)!) as { status: string; municipality: string }[];
      // An entry without themes has a bare data-tema (Astro writes an empty attribute without a value).
      const onPage = [...html.matchAll(/data-deadline data-kommune="([^"]*)" data-tema(?:="[^"]*")? data-status="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
      expect(data.map((d) => `${d.municipality} ${d.status}`), url).toEqual(onPage);
    }
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
    const count = (html: string) => (html.match(/data-tema(?:="[^"]*")? data-status="overdue"/g) ?? []).length;
    expect(count(changed.frister)).toBe(count(real.frister) - 1);
    expect(changed.overview).toContain('1 opfølgningsværdier registreret');
    // The overview's row of 2018 now counts one "nået", linked to the year filtered by that status.
    // … and the filters' data of 2018 has it too.
    expect(real.data.get('2018')).not.toContain('"status":"reached"');
    expect(changed.data.get('2018')).toContain('"status":"reached"');
    expect(rowOf(real.overview, '2018')).not.toContain('?status=reached');
    expect(rowOf(changed.overview, '2018')).toContain('href="/frister/2018/?status=reached" aria-label="2018, nået: 1"');
  });
});
