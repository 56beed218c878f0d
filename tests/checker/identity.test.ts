/**
 * Edge cases of the namespaces in src/checker/identity.ts, on copies of the clean fixture.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check';
import { FIXTURES } from './helpers';

/** Check a copy of the clean fixture with `edit` applied to some of its files. */
function checkEdited(edit: Record<string, (text: string) => string>) {
  const dir = mkdtempSync(join(tmpdir(), 'identity-'));
  cpSync(join(FIXTURES, 'clean'), dir, { recursive: true });
  for (const [file, change] of Object.entries(edit)) writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return checkContent(dir, { projectRoot: dir }).findings.map((f) => `${f.path}:${f.line}  ${f.rule}  ${f.message}`);
}

const SECTIONS = (a: string, b: string) => (text: string) =>
  text.replace('source:\n', `sections:\n  - id: a\n    kind: tema\n    title: A\n    redirectFrom: [${a}]\n  - id: b\n    kind: tema\n    title: B\n    redirectFrom: [${b}]\nsource:\n`);

describe('anchors and URL spaces', () => {
  test('two sections with one old id: the second is reported', () => {
    expect(checkEdited({ 'documents/doc/document.yaml': SECTIONS('gammel', 'gammel') })).toEqual([
      'documents/doc/document.yaml:14  duplicate-id  old id "gammel" is already an old id (redirectFrom) of section "a" at line 10: both would be the anchor /dokumenter/doc/#gammel, and a link to it reaches only the first',
    ]);
  });

  test('one entry listing an old id twice is no clash', () => {
    expect(checkEdited({ 'documents/doc/initiatives.yaml': (t) => t.replace('  title: Indsats nummer 1\n', '  title: Indsats nummer 1\n  redirectFrom: [gammel, gammel]\n') })).toEqual([]);
  });

  test('an id that is also a property of every object ("constructor") is an ordinary id', () => {
    expect(checkEdited({ 'documents/doc/initiatives.yaml': (t) => t.replace('id: doc-indsats-2', 'id: constructor') })).toEqual([]);
  });
});
