/** Checker rules for follow-up values and national-goal links, on an edited copy of the real content (file:line). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checker/check';
import { copyContent } from '../support/content-copy';

const HILLEROED = 'documents/hilleroed-integrationshandlingsprogram-2015-2018/goals.yaml';
/** The first measure of Mål 4 (unit procentpoint, baseline 2013) ends with this line; follow-ups go after it. */
const ANCHOR = `          text: "ved udgangen af 2018"
    - description: "Forskel i beskæftigelsesniveau for indvandrere og efterkommere mellem Hillerød Kommune og landsgennemsnittet"`;

function followUp(year: number, value: number, unit = 'procentpoint', extra = '', source = 'url: "https://integrationsbarometer.dk/"') {
  return `        - value: ${value}
          unit: ${unit}
          year: ${year}
          source:
            title: "Integrationsbarometer"
            ${source}${extra}
`;
}

function withFollowUps(...items: string[]) {
  const copy = copyContent('follow-up-check-');
  copy.replace(HILLEROED, ANCHOR, ANCHOR.replace('\n', `\n      followUps:\n${items.join('')}`));
  return copy;
}

const copies: ReturnType<typeof copyContent>[] = [];
afterAll(() => copies.forEach((c) => c.remove()));

function check(...items: string[]) {
  const copy = withFollowUps(...items);
  copies.push(copy);
  const result = checkContent(copy.content, { projectRoot: copy.content });
  const lines = readFileSync(join(copy.content, HILLEROED), 'utf8').split('\n');
  return { findings: result.findings.filter((f) => f.severity === 'error'), line: (n: number) => lines[n - 1] ?? '' };
}

describe('follow-up rules', () => {
  it('a correct follow-up passes', () => {
    expect(check(followUp(2016, 24)).findings).toEqual([]);
  });

  it('refuses another unit than the measure’s, at the unit line', () => {
    const { findings, line } = check(followUp(2016, 24, '"%"'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'follow-up-unit' });
    expect(findings[0]!.message).toContain('"%" is not the unit');
    expect(line(findings[0]!.line)).toContain('unit: "%"');
  });

  it('refuses a year before the baseline, at the year line', () => {
    const { findings, line } = check(followUp(2012, 24));
    expect(findings.map((f) => f.rule)).toEqual(['follow-up-year']);
    expect(line(findings[0]!.line)).toContain('year: 2012');
  });

  it('refuses two values for one year without a note, and accepts them with one', () => {
    const { findings, line } = check(followUp(2016, 24), followUp(2016, 23.5));
    expect(findings.map((f) => f.rule)).toEqual(['follow-up-duplicate-year']);
    expect(line(findings[0]!.line)).toContain('year: 2016');
    expect(check(followUp(2016, 24), followUp(2016, 23.5, 'procentpoint', '\n          note: "Revideret tal"')).findings).toEqual([]);
  });

  it('refuses a follow-up without a way to check its source (url or document)', () => {
    const { findings } = check(followUp(2016, 24, 'procentpoint', '', 'publisher: "UIM"'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'schema' });
    expect(findings[0]!.message).toMatch(/needs `url`.*or `document`/);
    expect(findings[0]!.path).toBe(HILLEROED);
  });
});

describe('national-goal links', () => {
  it('report a link to a goal or national goal that does not exist at its line', () => {
    const copy = copyContent('national-links-');
    copies.push(copy);
    copy.replace('national-goal-links.yaml', '- goal: hilleroed-2015-2018-maal-1\n  nationalGoals: [uddannelse]', '- goal: hilleroed-2015-2018-maal-99\n  nationalGoals: [uddannelse, boliger]');
    const result = checkContent(copy.content, { projectRoot: copy.content });
    const errors = result.findings.filter((f) => f.rule === 'national-goal');
    expect(errors.map((f) => f.message)).toEqual(['no local goal has the id "hilleroed-2015-2018-maal-99"', 'no national goal has the id "boliger" (content/national-goals.yaml)']);
    expect(errors.map((f) => f.path)).toEqual(['national-goal-links.yaml', 'national-goal-links.yaml']);
    const lines = readFileSync(join(copy.content, 'national-goal-links.yaml'), 'utf8').split('\n');
    expect(lines[errors[0]!.line - 1]).toContain('maal-99');
    expect(lines[errors[1]!.line - 1]).toContain('boliger');
  });
});
