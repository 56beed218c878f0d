/**
 * The schemas accept all the real content and refuse broken content with a message that names
 * the file, the line, the field and what to write instead.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentReadError, loadContentFiles } from '../../src/lib/content-files';
import { validateEntries } from '../../src/lib/validate';
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
