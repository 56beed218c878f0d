/**
 * One fixture folder per rule (tests/fixtures/checker/<scenario>/), each the smallest content that
 * triggers it. Every test asserts the complete list of findings: rule id, file, line, and that the
 * line really holds the field the finding is about.
 */
import { describe, expect, test } from 'vitest';
import { ContentReadError } from '../../src/collections/files';
import { RULE_IDS, RULES, type RuleId } from '../../src/checker/rules';
import { checkFixture, fixtureLine } from './helpers';

interface Expected {
  rule: RuleId;
  path: string;
  line: number;
  /** Text the finding's line contains (the field it points at). */
  at: string;
  /** Text the message contains. */
  message?: string;
}

const D = 'documents/doc/';
const H = 'documents/hilleroed-2015-2018/';

const CASES: Record<string, Expected[]> = {
  clean: [],
  // A misspelt field is one finding, not also "title: required field is missing".
  schema: [{ rule: 'schema', path: `${D}initiatives.yaml`, line: 2, at: 'titel:', message: 'initiative "doc-indsats-1": unknown field "titel" – did you mean "title"?' }],
  'misspelt-field': [
    { rule: 'schema', path: `${D}initiatives.yaml`, line: 2, at: 'titel:', message: 'initiative "doc-indsats-1": unknown field "titel" – did you mean "title"?' },
    { rule: 'schema', path: `${D}initiatives.yaml`, line: 8, at: 'themse:', message: 'initiative "doc-indsats-2": unknown field "themse" – did you mean "themes"?' },
    // not also "give either goal: <number> or a range" for the goal reference that lacks `goal`
    { rule: 'schema', path: `${D}initiatives.yaml`, line: 10, at: 'gaol: 1', message: 'initiative "doc-indsats-2": goals.0: unknown field "gaol" – did you mean "goal"?' },
    { rule: 'schema', path: `${D}initiatives.yaml`, line: 13, at: 'plase:', message: 'initiative "doc-indsats-2": source: unknown field "plase" – did you mean "place"?' },
  ],
  // Each date field, with a date that does not exist.
  'invalid-date': [
    { rule: 'schema', path: `${D}document.yaml`, line: 7, at: 'date: 2016-13-45', message: 'adopted.date: "2016-13-45" is not a real calendar date: month 13 does not exist' },
    { rule: 'schema', path: `${D}document.yaml`, line: 8, at: 'dated: 2015-02-29', message: 'dated: "2015-02-29" is not a real calendar date: day 29 does not exist in 2015-02 (it has 28 days)' },
    { rule: 'schema', path: `${D}document.yaml`, line: 13, at: 'date: 2016-04-31', message: 'source.date: "2016-04-31" is not a real calendar date: day 31 does not exist in 2016-04 (it has 30 days)' },
  ],
  'reversed-period': [
    { rule: 'schema', path: `${D}document.yaml`, line: 8, at: 'to: 2018', message: 'document "doc": period.to: period 2019-2018 is reversed: to (2018) is before from (2019)' },
    { rule: 'schema', path: `${D}goals.yaml`, line: 9, at: 'lines: [40, 38]', message: 'goal "doc-maal-1": source.lines: lines [from, to] are reversed' },
    { rule: 'schema', path: `${D}initiatives.yaml`, line: 5, at: 'to: 2015', message: 'initiative "doc-indsats-1": period.to: period 2016-2015 is reversed' },
  ],
  // The id is shown with the invisible character escaped.
  'invisible-id': [
    { rule: 'schema', path: `${D}goals.yaml`, line: 1, at: '- id: doc-maal', message: 'goal "doc-maal\\u200b-1": id: "doc-maal\\u200b-1" contains the invisible character \\u200b: delete it' },
  ],
  // `number: "8"`: one error about the type; the references to goal 8 (and the range 1-8) are not errors too.
  'goal-number-text': [
    { rule: 'schema', path: `${D}goals.yaml`, line: 10, at: 'number: "8"', message: 'goal "doc-maal-8": number: expected number, got text "8"; write the number without quotes: 8' },
  ],
  // A number that cannot be read: the reference to it is an error, which says why.
  'goal-number-unreadable': [
    { rule: 'schema', path: `${D}goals.yaml`, line: 10, at: 'number: otte', message: 'number: expected number, got text "otte"' },
    { rule: 'goal-missing', path: `${D}initiatives.yaml`, line: 5, at: 'goal: 8', message: 'has no goal numbered 8 (its goals: 1; the goal at documents/doc/goals.yaml:10 has number: "otte", which is not a goal number – fix that first)' },
  ],
  'duplicate-id': [
    { rule: 'duplicate-id', path: `${D}initiatives.yaml`, line: 8, at: 'id: doc-indsats-1', message: 'initiative id "doc-indsats-1" is already used at line 1' },
  ],
  'duplicate-section-id': [
    { rule: 'duplicate-id', path: `${D}document.yaml`, line: 10, at: 'id: uddannelse', message: 'section id "uddannelse" is already used in this document at line 7' },
  ],
  // Anchors on one document page: a goal and an initiative, a case's old id, a section and an
  // initiative's old id, a section's heading and a goal, and an id the page uses itself.
  'anchor-clash': [
    { rule: 'duplicate-id', path: `${D}cases.yaml`, line: 5, at: 'redirectFrom: [doc-faelles]', message: 'old id "doc-faelles" is already the id of goal "doc-faelles" at documents/doc/goals.yaml:1: both would be the anchor /dokumenter/doc/#doc-faelles' },
    { rule: 'duplicate-id', path: `${D}goals.yaml`, line: 9, at: 'id: uddannelse-titel', message: 'goal id "uddannelse-titel" is already the heading id of section "uddannelse" at documents/doc/document.yaml:7' },
    { rule: 'duplicate-id', path: `${D}initiatives.yaml`, line: 1, at: 'id: doc-faelles', message: 'initiative id "doc-faelles" is already the id of goal "doc-faelles" at documents/doc/goals.yaml:1: both would be the anchor /dokumenter/doc/#doc-faelles, and a link to it reaches only the first' },
    { rule: 'duplicate-id', path: `${D}initiatives.yaml`, line: 8, at: 'redirectFrom: [uddannelse]', message: 'old id "uddannelse" is already the id of section "uddannelse" at documents/doc/document.yaml:7' },
    { rule: 'duplicate-id', path: `${D}initiatives.yaml`, line: 12, at: 'id: maal', message: 'initiative id "maal" is an id the document page uses itself (the heading of the goals list): /dokumenter/doc/#maal would lead there' },
  ],
  // One URL space (/indsatser/): an old id that is another initiative's id, an old id listed twice.
  'url-space-clash': [
    { rule: 'duplicate-id', path: `${D}initiatives.yaml`, line: 8, at: 'redirectFrom: [doc-indsats-1', message: 'old id "doc-indsats-1" is already the id of initiative "doc-indsats-1" at line 1: /indsatser/doc-indsats-1/ is the page of initiative "doc-indsats-1"' },
    { rule: 'duplicate-id', path: `${D}initiatives.yaml`, line: 14, at: 'redirectFrom: [doc-indsats-gammel]', message: '/indsatser/doc-indsats-gammel/ cannot redirect to both initiative "doc-indsats-2" and initiative "doc-indsats-3"' },
  ],
  // Emptied list files: a warning each (an empty file, `[]`, only a comment).
  'empty-list': [
    { rule: 'empty-list', path: `${D}cases.yaml`, line: 1, at: '# alle cases er flyttet', message: 'cases.yaml has no entries (the file is empty)' },
    { rule: 'empty-list', path: `${D}goals.yaml`, line: 1, at: '', message: 'goals.yaml has no entries (the file is empty)' },
    { rule: 'empty-list', path: `${D}initiatives.yaml`, line: 2, at: '[]', message: 'initiatives.yaml has no entries (the list is empty)' },
  ],
  // Decomposed (NFD) letters are read as composed ones: the quote matches, nothing to report.
  'nfd-text': [],
  'duplicate-municipality-code': [
    { rule: 'duplicate-municipality-code', path: 'municipalities.yaml', line: 7, at: 'code: "219"', message: 'also the code of "hilleroed"' },
  ],
  'duplicate-goal-number': [
    { rule: 'duplicate-goal-number', path: `${D}goals.yaml`, line: 10, at: 'number: 1', message: 'Mål 1 is numbered twice' },
  ],
  'document-folder-mismatch': [
    { rule: 'document-folder-mismatch', path: `${D}document.yaml`, line: 1, at: 'id: doc-2016', message: 'folder name "doc"' },
  ],
  'unknown-municipality': [
    { rule: 'unknown-municipality', path: `${D}document.yaml`, line: 2, at: 'municipality: hillerod', message: '"hillerod"' },
  ],
  'unknown-theme': [{ rule: 'unknown-theme', path: `${D}goals.yaml`, line: 8, at: '- uddanelse', message: '"uddanelse"' }],
  'unknown-target-group': [{ rule: 'unknown-target-group', path: `${D}initiatives.yaml`, line: 4, at: '- born', message: '"born"' }],
  'unknown-document': [
    { rule: 'unknown-document', path: `${D}initiatives.yaml`, line: 5, at: 'document: findes-ikke', message: '"findes-ikke"' },
    { rule: 'unknown-document', path: 'related-documents.yaml', line: 3, at: 'listedIn: dok', message: '"dok"' },
  ],
  'unknown-section': [{ rule: 'unknown-section', path: `${D}initiatives.yaml`, line: 5, at: '- job', message: 'defines "uddannelse"' }],
  'goal-missing': [
    { rule: 'goal-missing', path: `${D}initiatives.yaml`, line: 5, at: 'goal: 3', message: 'cites Mål 3, but this document has no goal numbered 3 (its goals: 1)' },
  ],
  'goal-range-invalid': [
    { rule: 'goal-range-invalid', path: `${D}initiatives.yaml`, line: 4, at: 'from: 2', message: 'goal range 2-1 is reversed' },
    { rule: 'goal-range-invalid', path: `${D}initiatives.yaml`, line: 13, at: 'to: 4', message: 'goal range 1-4 reaches past the goals of this document: no goal numbered 4 (its goals: 1–2)' },
  ],
  'quote-mismatch': [
    { rule: 'quote-mismatch', path: `${D}initiatives.yaml`, line: 6, at: 'quote: "Alle ældre', message: 'quoted text does not match Mål 1' },
  ],
  'cited-as-unexplained': [
    { rule: 'cited-as-unexplained', path: `${D}initiatives.yaml`, line: 6, at: 'citedAs: "Mål 5"', message: 'the source prints "Mål 5" but the reference records goal 2' },
  ],
  'goal-unserved': [{ rule: 'goal-unserved', path: `${D}goals.yaml`, line: 9, at: '- id: doc-maal-2', message: 'Mål 2 (goal "doc-maal-2") is served by no initiative' }],
  'initiative-without-goals': [
    { rule: 'initiative-without-goals', path: `${D}initiatives.yaml`, line: 8, at: '- id: doc-indsats-2', message: 'initiative "doc-indsats-2" serves no goal' },
  ],
  // Goals and initiatives that never link to each other (Kerteminde, Høje-Taastrup): no coverage warnings.
  'no-goal-links': [],
  // A group whose words are nowhere in the catalogue (warning), a word in two groups (error).
  synonyms: [
    { rule: 'synonym-not-in-catalogue', path: 'synonyms.yaml', line: 4, at: 'words: [helbredstjek, lægetjek]', message: 'no word of synonym group "testord" (helbredstjek, lægetjek, HT) occurs in the catalogue' },
    { rule: 'synonym-duplicate', path: 'synonyms.yaml', line: 7, at: 'tiltag]', message: '"tiltag" is in synonym group "indsats" too' },
  ],
  // A draft (npm run import writes draft: true on every entry): a warning at the mark.
  draft: [{ rule: 'draft', path: `${D}initiatives.yaml`, line: 20, at: 'draft: true', message: 'initiative "doc-indsats-3" is a draft (draft: true)' }],
  // A published initiative citing a draft goal (range 1-3 takes in the draft Mål 3).
  'draft-referenced': [
    { rule: 'draft', path: `${D}goals.yaml`, line: 18, at: 'draft: true', message: 'goal "doc-maal-3" is a draft' },
    { rule: 'draft-referenced', path: `${D}initiatives.yaml`, line: 13, at: '- from: 1', message: 'initiative "doc-indsats-2" cites Mål 3, which is a draft and not published' },
  ],
  'follow-up': [
    { rule: 'follow-up-unit', path: `${D}goals.yaml`, line: 13, at: 'unit: "%"', message: 'follow-up unit "%" is not the unit of measure 1 of goal "doc-maal-1" ("procentpoint")' },
    { rule: 'follow-up-year', path: `${D}goals.yaml`, line: 18, at: 'year: 2012', message: 'before the baseline year 2013' },
    { rule: 'follow-up-duplicate-year', path: `${D}goals.yaml`, line: 26, at: 'year: 2016', message: 'already has a follow-up value for 2016' },
  ],
  'national-goal': [
    { rule: 'national-goal', path: 'national-goal-links.yaml', line: 2, at: 'bolig', message: 'no national goal has the id "bolig"' },
    { rule: 'national-goal', path: 'national-goal-links.yaml', line: 3, at: '"2.1"', message: 'no national indicator has the number "2.1"' },
    { rule: 'national-goal', path: 'national-goal-links.yaml', line: 5, at: 'doc-maal-9', message: 'no local goal has the id "doc-maal-9"' },
  ],
  'target-unfilled': [{ rule: 'target-unfilled', path: `${D}initiatives.yaml`, line: 7, at: 'unfilled: true', message: '"min. XX nye praktikpladser"' }],
  'target-placeholder': [
    { rule: 'target-placeholder', path: `${D}initiatives.yaml`, line: 4, at: 'text: min. XX', message: 'placeholder "XX"' },
    { rule: 'target-placeholder', path: `${D}initiatives.yaml`, line: 11, at: 'min. XX nye', message: 'no target of this entry is marked unfilled' },
  ],
  // Hillerød Indsats 4 as the source prints it: "Mål 5" with the text of Mål 2.
  'hilleroed-indsats-4': [
    { rule: 'goal-unserved', path: `${H}goals.yaml`, line: 9, at: '- id: hilleroed-2015-2018-maal-2', message: 'Mål 2' },
    { rule: 'quote-mismatch', path: `${H}initiatives.yaml`, line: 9, at: 'quote: "Andelen af 16-19-årige indvandrere', message: "quoted text is Mål 2's, not Mål 5's" },
  ],
  // The same reference as the catalogue records it: goal 2, citedAs "Mål 5", with a note.
  'hilleroed-indsats-4-recorded': [],
  // The real slips: "landsgennemsnitte", "prøvfag", "samme som niveau som", "-" for "–",
  // an added full stop, a hyphenated line break, an excerpt with "…".
  'quote-slips': [],
};

describe('each rule fires on its fixture, at the right line', () => {
  for (const [fixture, expected] of Object.entries(CASES)) {
    test(fixture, () => {
      const { findings, summary } = checkFixture(fixture);
      expect(findings.map((f) => ({ rule: f.rule, path: f.path, line: f.line }))).toEqual(
        expected.map(({ rule, path, line }) => ({ rule, path, line })),
      );
      findings.forEach((f, i) => {
        const e = expected[i]!;
        expect(fixtureLine(fixture, f.path, f.line)).toContain(e.at);
        if (e.message) expect(f.message).toContain(e.message);
        expect(f.severity).toBe(RULES[f.rule].severity);
        expect(f.hint).toBe(RULES[f.rule].hint);
        expect(f.col).toBeGreaterThan(0);
      });
      expect(summary.errors).toBe(expected.filter((e) => RULES[e.rule].severity === 'error').length);
      expect(summary.warnings).toBe(expected.filter((e) => RULES[e.rule].severity === 'warning').length);
    });
  }

  test('malformed YAML is a read error with file and line', () => {
    let error: unknown;
    try {
      checkFixture('malformed-yaml');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ContentReadError);
    const { position, reason } = error as ContentReadError;
    expect(position).toEqual({ path: `${D}goals.yaml`, line: 13, col: 14 });
    expect(reason).toMatch(/^not valid YAML: /);
  });

  test('every rule in the table has a fixture', () => {
    const covered = new Set<RuleId>(['read-error']); // read-error: malformed-yaml above and the CLI tests
    for (const expected of Object.values(CASES)) for (const e of expected) covered.add(e.rule);
    expect([...covered].sort()).toEqual([...RULE_IDS].sort());
  });

  test('the Indsats 4 message names the goal the quote belongs to', () => {
    const [mismatch] = checkFixture('hilleroed-indsats-4').findings.filter((f) => f.rule === 'quote-mismatch');
    expect(mismatch).toMatchObject({ severity: 'error', line: 9, col: 14 });
    expect(mismatch!.message).toMatch(/^quoted text is Mål 2's, not Mål 5's \("Andelen af 16-19-årige indvandrere/);
  });
});

describe('the rule table', () => {
  test('every rule has a severity, a description and a hint', () => {
    for (const id of RULE_IDS) {
      expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(['error', 'warning']).toContain(RULES[id].severity);
      expect(RULES[id].description.length).toBeGreaterThan(20);
      expect(RULES[id].hint.length).toBeGreaterThan(20);
    }
  });

  test('initiative-without-goals says which documents it skips', () => {
    expect(RULES['initiative-without-goals'].description).toMatch(/at least one initiative cites a goal/);
  });
});

describe('--rules', () => {
  test('prints every rule with its severity, description and hint', async () => {
    const { main } = await import('../../src/checker/cli');
    let out = '';
    const code = main(['--rules'], { out: (t) => (out += t), err: () => {} });
    expect(code).toBe(0);
    for (const id of RULE_IDS) expect(out).toContain(`${id}  ${RULES[id].severity}\n    ${RULES[id].description}\n    hint: ${RULES[id].hint}`);
  });
});
