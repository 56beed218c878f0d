/** `npm run import:follow-ups`: CSV rows into the YAML, checked, all or nothing (src/follow-up/import.ts). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFollowUps } from '../../src/follow-up/import';
import { collectTargets } from '../../src/follow-up/targets';
import { copyContent, type ContentCopy } from '../support/content-copy';
import { catalogueFrom } from '../support/real-content';

const HEADER = 'goal id;measure;year;value;unit;source title;source url';
const GOALS = 'documents/hilleroed-integrationshandlingsprogram-2015-2018/goals.yaml';
const copies: ContentCopy[] = [];
afterAll(() => copies.forEach((c) => c.remove()));

function setup(csv: string) {
  const copy = copyContent('follow-up-import-');
  copies.push(copy);
  const file = join(copy.dir, 'values.csv');
  writeFileSync(file, csv);
  return { copy, file };
}

/** sha256 of every file under a folder, to prove nothing changed. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('import:follow-ups', () => {
  it('writes good rows into the YAML (keeping its comments), passes the checker, and the statuses follow', () => {
    const { copy, file } = setup(
      `\uFEFF${HEADER}\nhilleroed-2015-2018-maal-4;1;2018;21,5;procentpoint;Integrationsbarometer, Hillerød;https://integrationsbarometer.dk/\nhoeje-taastrup-2006-boligsocial-1;5;2009;31;etniske iværksættere;Årsrapport;https://www.htk.dk/\n`,
    );
    const before = readFileSync(join(copy.content, GOALS), 'utf8');
    const result = importFollowUps(file, copy.content, copy.dir);
    expect(result.report.at(-1)).toBe('check: 0 errors');
    expect(result.ok).toBe(true);
    expect(result.written).toHaveLength(2);
    const after = readFileSync(join(copy.content, GOALS), 'utf8');
    expect(after.split('\n').slice(0, 3)).toEqual(before.split('\n').slice(0, 3)); // the header comment is kept
    expect(after).toMatch(/followUps:\n\s+- value: 21\.5\n\s+unit: procentpoint\n\s+year: 2018/);
    const rows = collectTargets(catalogueFrom(copy.content), 2026);
    expect(rows.find((r) => r.key === 'hilleroed-2015-2018-maal-4/measure-1')!.status.status).toBe('reached');
    expect(rows.find((r) => r.key === 'hoeje-taastrup-2006-boligsocial-1/successCriterion-5')!.status.status).toBe('not-assessable');
  });

  it('refuses bad rows with their row number and reason, and writes nothing', () => {
    const { copy, file } = setup(
      [
        HEADER,
        'hilleroed-2015-2018-maal-4;1;2016;24;procentpoint;Barometer;https://integrationsbarometer.dk/',
        'hilleroed-2015-2018-maal-99;1;2016;24;procentpoint;Barometer;https://integrationsbarometer.dk/',
        'hilleroed-2015-2018-maal-4;1;2016;24;%;Barometer;https://integrationsbarometer.dk/',
        'hilleroed-2015-2018-maal-4;1;2011;24;procentpoint;Barometer;https://integrationsbarometer.dk/',
        'hilleroed-2015-2018-maal-4;1;2017;mange;procentpoint;Barometer;https://integrationsbarometer.dk/',
        'hilleroed-2015-2018-maal-4;1;2017;23;procentpoint;Barometer;',
        'hilleroed-2015-2018-maal-4;3;2017;23;procentpoint;Barometer;https://integrationsbarometer.dk/',
        'hoeje-taastrup-2006-boligsocial-1;2;2017;1;;Barometer;https://integrationsbarometer.dk/',
        'hilleroed-2015-2018-maal-4;1;2016;24;procentpoint;Barometer;https://integrationsbarometer.dk/',
      ].join('\n'),
    );
    const before = fingerprint(copy.content);
    const result = importFollowUps(file, copy.content, copy.dir);
    expect(result.ok).toBe(false);
    const lines = result.report.map((l) => l.replace(`${file}: `, ''));
    expect(lines).toEqual([
      'row 3: no goal or initiative has the id "hilleroed-2015-2018-maal-99"',
      'row 4: unit "%" is not the unit of measure 1 of goal "hilleroed-2015-2018-maal-4" ("procentpoint")',
      'row 5: year 2011 is before the baseline year 2013 of measure 1 of goal "hilleroed-2015-2018-maal-4"',
      'row 6: value "mange" is not a number (write e.g. 21,5)',
      'row 7: source.url: a follow-up source needs `url` (a web address) or `document` (where the value is printed), so a reader can check the value',
      'row 8: measure 3 of goal "hilleroed-2015-2018-maal-4" does not exist',
      'row 9: unit: Too small: expected string to have >=1 characters',
      'row 10: repeats row 2 (measure 1 of goal "hilleroed-2015-2018-maal-4", 2016)',
      'nothing was written (8 bad rows)',
    ]);
    expect(fingerprint(copy.content)).toEqual(before);
  });

  it('refuses a file without the header', () => {
    const { copy, file } = setup('hilleroed-2015-2018-maal-4;1;2016;24;procentpoint;B;https://x.dk/\n');
    const result = importFollowUps(file, copy.content, copy.dir);
    expect(result.ok).toBe(false);
    expect(result.report[0]).toContain('row 1: the first row must be the header');
  });
});
