/** Every target of the real corpus with its status (src/follow-up/targets.ts). */
import { describe, expect, it } from 'vitest';
import { buildYear, byDeadlineYear, collectTargets } from '../../src/follow-up/targets';
import { readNationalLinks } from '../../src/follow-up/national';
import { realCatalogue, ROOT } from '../support/real-content';
import { join } from 'node:path';

const catalogue = realCatalogue();
const links = readNationalLinks(join(ROOT, 'content')).links;
const rows = collectTargets(catalogue, 2026, links);

describe('targets of the real corpus', () => {
  it('has no follow-up anywhere: the real corpus records none', () => {
    expect(rows.every((r) => r.followUps.length === 0)).toBe(true);
  });

  it('every Hillerød 2015-18 target with deadline 2018 and every dated Høje-Taastrup criterion: "frist passeret – ingen opfølgning registreret"', () => {
    const hilleroed = rows.filter((r) => r.documentId === 'hilleroed-integrationshandlingsprogram-2015-2018' && r.deadlineYear === 2018);
    expect(hilleroed.length).toBeGreaterThanOrEqual(8);
    const ht = rows.filter((r) => r.documentId === 'hoeje-taastrup-integrationspolitik-2006' && r.kind === 'successCriterion' && r.deadlineYear !== undefined);
    expect(ht).toHaveLength(24);
    for (const r of [...hilleroed, ...ht]) expect(r.statusText, r.key).toBe('frist passeret – ingen opfølgning registreret');
  });

  it('a target without deadline or number says so', () => {
    const violence = rows.find((r) => r.key === 'hoeje-taastrup-2006-boligsocial-1/successCriterion-2')!;
    expect(violence.status.status).toBe('no-number');
  });

  it('groups deadlines by year, earliest first, and carries the national-goal links', () => {
    const years = byDeadlineYear(rows).map((g) => g.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(rows.find((r) => r.key === 'hilleroed-2015-2018-maal-4/measure-1')!.nationalGoals).toEqual(['arbejde']);
    expect(rows.find((r) => r.key === 'hoeje-taastrup-2006-boligsocial-1/successCriterion-4')!.nationalGoals).toEqual(['forsoergelse', 'udsatte-boligomraader']);
  });

  it('takes the build year from SOURCE_DATE_EPOCH', () => {
    expect(buildYear({ SOURCE_DATE_EPOCH: String(Date.UTC(2018, 5, 1) / 1000) })).toBe(2018);
  });
});
