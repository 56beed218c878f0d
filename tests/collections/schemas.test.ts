/**
 * The schemas accept all the real content and refuse broken content with a message that names
 * the file, the line, the field and what to write instead.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentReadError, loadContentFiles } from '../../src/collections/files';
import { validateEntries } from '../../src/collections/validate';
import { isoDateSchema } from '../../src/collections/schemas/common';
import { loadRealContent } from '../support/real-content';

describe('real content', () => {
  it('passes every schema', () => {
    const { findings, valid } = loadRealContent();
    expect(findings).toEqual([]);
    expect(valid.documents).toHaveLength(5);
  });
});

const GOOD_DOC = `id: doc
municipality: hilleroed
title: En politik
type: politik
summary: Kort resumé.
source:
  file: 001_x.txt
  place: Hele dokumentet
  kind: dokument
`;
const GOAL = (extra = '') => `- id: doc-maal-1
  number: 1
  label: Mål 1
  title: Et mål
  text: Målets tekst.
  source: { file: 001_x.txt, place: Mål 1 }
${extra}`;

/** Writes a one-document content folder and returns the schema findings. */
function findingsFor(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'schema-'));
  mkdirSync(join(root, 'documents', 'doc'), { recursive: true });
  for (const [name, text] of Object.entries({ 'documents/doc/document.yaml': GOOD_DOC, ...files })) {
    writeFileSync(join(root, name), text);
  }
  return { root, findings: validateEntries(loadContentFiles(root, root).entries).findings };
}

describe('broken content is refused with file, line and what to change', () => {
  it('a good minimal document passes', () => {
    expect(findingsFor({ 'documents/doc/goals.yaml': GOAL() }).findings).toEqual([]);
  });

  it('an unknown document type names the allowed types and the line', () => {
    const { findings } = findingsFor({ 'documents/doc/document.yaml': GOOD_DOC.replace('type: politik', 'type: pamflet') });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.position).toMatchObject({ path: 'documents/doc/document.yaml', line: 4 });
    expect(findings[0]!.message).toMatch(/type: "pamflet" is not allowed; use one of: politik, handlingsprogram/);
  });

  it('a missing goal text names the field and points at the goal', () => {
    const { findings } = findingsFor({ 'documents/doc/goals.yaml': GOAL().replace('  text: Målets tekst.\n', '') });
    expect(findings[0]!.message).toBe('goal "doc-maal-1": text: required field is missing (expected string)');
    expect(findings[0]!.position.line).toBe(1);
  });

  it('a misspelt field is reported as unknown, on its line', () => {
    const { findings } = findingsFor({ 'documents/doc/goals.yaml': GOAL('  theme: [bolig]\n') });
    expect(findings[0]!.message).toMatch(/unknown field "theme"/);
    expect(findings[0]!.position.line).toBe(7);
  });

  it('an id with æøå or capitals explains the ASCII rule', () => {
    const { findings } = findingsFor({ 'documents/doc/goals.yaml': GOAL().replace('doc-maal-1', 'Doc-mål-1') });
    expect(findings[0]!.message).toMatch(/write æ as ae, ø as oe, å as aa/);
    expect(findings[0]!.position.line).toBe(1);
  });

  it('a filled-in value on an unfilled target is refused (never guess the number)', () => {
    const goal = GOAL(`  measures:
    - description: Praktikpladser
      unit: pladser
      target: { text: "min. XX nye praktikpladser", value: 10, unfilled: true }
`);
    const { findings } = findingsFor({ 'documents/doc/goals.yaml': goal });
    expect(findings[0]!.message).toMatch(/unfilled target .* must not have a value/);
    expect(findings[0]!.position.line).toBe(10);
  });

  it('a goal reference with both a number and a range is refused', () => {
    const initiative = `- id: doc-indsats-1
  title: En indsats
  source: { file: 001_x.txt, place: Indsats 1 }
  goals:
    - { goal: 2, from: 1, to: 3 }
`;
    const { findings } = findingsFor({ 'documents/doc/initiatives.yaml': initiative });
    expect(findings[0]!.message).toMatch(/either goal: <number> or a range/);
    expect(findings[0]!.position.line).toBe(5);
  });

  it('a municipality code that is not three digits is refused', () => {
    const { findings } = findingsFor({ 'municipalities.yaml': '- { id: hilleroed, name: Hillerød, code: "21", region: hovedstaden }\n' });
    expect(findings[0]!.message).toMatch(/3-digit municipality code/);
  });

  it('YAML that does not parse is a read error with file and line, not a crash', () => {
    const root = mkdtempSync(join(tmpdir(), 'schema-'));
    writeFileSync(join(root, 'themes.yaml'), '- id: a\n  label: "unclosed\n');
    expect(() => loadContentFiles(root, root)).toThrow(ContentReadError);
    try {
      loadContentFiles(root, root);
    } catch (err) {
      expect((err as ContentReadError).message).toMatch(/^themes\.yaml:\d+:\d+ {2}not valid YAML/);
    }
  });

  it('a stray file in a document folder is named', () => {
    const root = mkdtempSync(join(tmpdir(), 'schema-'));
    mkdirSync(join(root, 'documents', 'doc'), { recursive: true });
    writeFileSync(join(root, 'documents/doc/document.yaml'), GOOD_DOC);
    writeFileSync(join(root, 'documents/doc/maal.yaml'), GOAL());
    expect(() => loadContentFiles(root, root)).toThrow(/maal\.yaml:1:1  unexpected file.*allowed: document\.yaml, goals\.yaml/);
  });
});

describe('dates are real calendar dates', () => {
  it.each([
    ['2016-01-28', undefined],
    ['2016-02-29', undefined], // leap year
    ['2000-02-29', undefined], // divisible by 400
    ['2016-12-31', undefined],
    ['2015-02-29', 'day 29 does not exist in 2015-02 (it has 28 days)'],
    ['1900-02-29', 'day 29 does not exist in 1900-02 (it has 28 days)'], // divisible by 100, not 400
    ['2016-04-31', 'day 31 does not exist in 2016-04 (it has 30 days)'],
    ['2016-13-45', 'month 13 does not exist'],
    ['2016-00-10', 'month 0 does not exist'],
    ['2016-01-00', 'day 0 does not exist in 2016-01 (it has 31 days)'],
    ['0201-01-01', 'year 201 is outside 1900-2100'],
  ])('%s', (iso, problem) => {
    const result = isoDateSchema.safeParse(iso);
    if (problem === undefined) expect(result.success).toBe(true);
    else expect(result.error?.issues.map((i) => i.message)).toEqual([`"${iso}" is not a real calendar date: ${problem}; write an existing date "YYYY-MM-DD", e.g. 2016-01-28`]);
  });

  it.each([
    ['adopted.date', 'adopted:\n  date: 2016-02-30\n', 7],
    ['dated', 'dated: 2016-02-30\n', 6],
    ['source.date', '', 10],
  ])('%s: an impossible date is refused at its line', (field, extra, line) => {
    let doc = GOOD_DOC.replace('source:\n', `${extra}source:\n`);
    if (field === 'source.date') doc += '  date: 2016-02-30\n';
    const { findings } = findingsFor({ 'documents/doc/document.yaml': doc });
    expect(findings.map((f) => [f.position.line, f.message])).toEqual([
      [line, `document "doc": ${field}: "2016-02-30" is not a real calendar date: day 30 does not exist in 2016-02 (it has 29 days); write an existing date "YYYY-MM-DD", e.g. 2016-01-28`],
    ]);
  });

  it('a date that is not YYYY-MM-DD gets one message, not two', () => {
    const { findings } = findingsFor({ 'documents/doc/document.yaml': GOOD_DOC.replace('source:\n', 'dated: 28-01-2016\nsource:\n') });
    expect(findings.map((f) => f.message)).toEqual(['document "doc": dated: must be an ISO date "YYYY-MM-DD", e.g. 2016-01-28']);
  });
});

describe('from/to pairs are in order', () => {
  it('a reversed document period is refused at `to`; an equal one passes', () => {
    const reversed = findingsFor({ 'documents/doc/document.yaml': GOOD_DOC.replace('source:\n', 'period: { from: 2019, to: 2018 }\nsource:\n') });
    expect(reversed.findings.map((f) => [f.position.line, f.message])).toEqual([
      [6, 'document "doc": period.to: period 2019-2018 is reversed: to (2018) is before from (2019); write the first year in from and the last in to'],
    ]);
    expect(findingsFor({ 'documents/doc/document.yaml': GOOD_DOC.replace('source:\n', 'period: { from: 2018, to: 2018 }\nsource:\n') }).findings).toEqual([]);
  });

  it('a reversed initiative period is refused; a period with one end passes', () => {
    const initiative = (period: string) => `- id: doc-indsats-1\n  title: En indsats\n  period: ${period}\n  source: { file: 001_x.txt, place: Indsats 1 }\n`;
    const { findings } = findingsFor({ 'documents/doc/initiatives.yaml': initiative('{ from: 2016, to: 2015 }') });
    expect(findings.map((f) => [f.position.line, f.message])).toEqual([[3, expect.stringMatching(/^initiative "doc-indsats-1": period\.to: period 2016-2015 is reversed/)]]);
    expect(findingsFor({ 'documents/doc/initiatives.yaml': initiative('{ to: 2015 }') }).findings).toEqual([]);
  });

  it('reversed source lines are refused', () => {
    const { findings } = findingsFor({ 'documents/doc/goals.yaml': GOAL().replace('place: Mål 1 }', 'place: Mål 1, lines: [12, 3] }') });
    expect(findings.map((f) => [f.position.line, f.message])).toEqual([
      [6, 'goal "doc-maal-1": source.lines: lines [from, to] are reversed: the first line must not come after the last; write [first line, last line]'],
    ]);
  });
});

describe('messages', () => {
  it('a number written as text says so, once', () => {
    const { findings } = findingsFor({ 'documents/doc/goals.yaml': GOAL().replace('number: 1', 'number: "1"') });
    expect(findings.map((f) => f.message)).toEqual(['goal "doc-maal-1": number: expected number, got text "1"; write the number without quotes: 1']);
  });

  it('an id with a zero-width space is refused and shown escaped', () => {
    const { findings } = findingsFor({ 'documents/doc/goals.yaml': GOAL().replace('id: doc-maal-1', 'id: doc-maal-\u200b1') });
    expect(findings.map((f) => f.message)).toEqual([
      'goal "doc-maal-\\u200b1": id: "doc-maal-\\u200b1" contains the invisible character \\u200b: delete it (an id must be lowercase ASCII words joined by "-" (write æ as ae, ø as oe, å as aa), e.g. "hilleroed-2015-2018-maal-1")',
    ]);
  });

  it('a misspelt field is one finding with a suggestion; a field far from any is just unknown', () => {
    const { findings } = findingsFor({ 'documents/doc/goals.yaml': GOAL().replace('  title: Et mål\n', '  Titel: Et mål\n  colour: blå\n') });
    expect(findings.map((f) => [f.position.line, f.message])).toEqual([
      [4, 'goal "doc-maal-1": unknown field "Titel" – did you mean "title"?'],
      [5, 'goal "doc-maal-1": unknown field "colour"; check the spelling against the schema in src/collections/schemas/'],
    ]);
  });

  it('a misspelt field whose value is also wrong: the typo first (the value is checked once it is renamed)', () => {
    const { findings } = findingsFor({ 'documents/doc/goals.yaml': GOAL().replace('  title: Et mål\n', '  titel: 5\n') });
    expect(findings.map((f) => f.message)).toEqual(['goal "doc-maal-1": unknown field "titel" – did you mean "title"?']);
  });

  it('a typo beside the field it resembles is just unknown (the entry has that field)', () => {
    const { findings } = findingsFor({ 'documents/doc/goals.yaml': GOAL().replace('  title: Et mål\n', '  title: Et mål\n  titel: Et mål\n') });
    expect(findings.map((f) => f.message)).toEqual(['goal "doc-maal-1": unknown field "titel"; check the spelling against the schema in src/collections/schemas/']);
  });
});
