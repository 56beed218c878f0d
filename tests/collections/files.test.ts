/**
 * The loader reads data with js-yaml and builds `yaml` documents only for positions, per list
 * item where it can. These tests pin that this changes nothing: the same data as the `yaml`
 * package gives, and the same line:col for every field as a whole-file parse gives.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { ContentReadError, loadContentFiles, positionIn, type RawEntry } from '../../src/collections/files';
import { validateEntries } from '../../src/collections/validate';
import { FIXTURES, PROJECT_ROOT } from '../checker/helpers';

const FOLDERS = [
  join(PROJECT_ROOT, 'content'),
  ...readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'malformed-yaml')
    .map((entry) => entry.name)
    .map((name) => join(FIXTURES, name)),
];

/** Every path to a value inside `data` (objects and arrays), the entry itself included. */
function paths(data: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...prefix, k]));
  return out;
}

describe.each(FOLDERS.map((f) => [f.slice(PROJECT_ROOT.length + 1), f]))('%s', (_, folder) => {
  test('js-yaml reads the same data as the yaml package', () => {
    for (const file of loadContentFiles(folder).files) {
      expect(file.data, file.path).toEqual(parseDocument(file.text).toJSON() ?? null);
    }
  });

  test('positions from a single list item equal positions from the whole file', () => {
    const lazy = loadContentFiles(folder);
    const full = loadContentFiles(folder);
    for (const file of full.files) void file.yaml; // parse every file whole
    lazy.entries.forEach((entry: RawEntry, i) => {
      for (const path of paths(entry.data)) {
        expect(positionIn(entry, path), `${entry.file.path} ${JSON.stringify([...entry.yamlPath, ...path])}`).toEqual(positionIn(full.entries[i]!, path));
      }
    });
    // …and list files were never parsed whole (that is what keeps the checker fast).
    for (const file of lazy.files) if (Array.isArray(file.data)) expect((file as unknown as { parsed: boolean }).parsed, file.path).toBe(false);
  });
});

/** Every string inside `data`. */
function strings(data: unknown): string[] {
  if (typeof data === 'string') return [data];
  if (Array.isArray(data)) return data.flatMap(strings);
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

describe('Unicode form: text is read as NFC, whatever form the file has', () => {
  const dir = join(FIXTURES, 'nfd-text');

  test('the fixture really is decomposed (NFD)', () => {
    const raw = readFileSync(join(dir, 'documents/doc/goals.yaml'), 'utf8');
    expect(raw).not.toBe(raw.normalize('NFC'));
    expect(raw).toContain('a\u030A'); // "å" as "a" + combining ring
  });

  test('every string the reader gives (keys and values) is composed, so site, checker and data get NFC', () => {
    const loaded = loadContentFiles(dir, dir);
    for (const file of loaded.files) expect(file.text, file.path).toBe(file.text.normalize('NFC'));
    for (const s of strings(loaded.entries.map((e) => e.data))) expect(s).toBe(s.normalize('NFC'));
    const goal = validateEntries(loaded.entries).valid.goals[0]!;
    expect(goal.data.title).toBe('Mål nummer 1 – ældre og børn');
    expect(goal.data.title).toHaveLength(28);
    expect(positionIn(goal.raw, ['text'])).toEqual({ path: 'documents/doc/goals.yaml', line: 5, col: 9 });
  });
});

describe('a tab in the indentation is named as such', () => {
  const cases: [string, string, { line: number; col: number }][] = [
    ['a tab instead of spaces', '- id: a\n\tlabel: A\n  description: B\n', { line: 2, col: 1 }],
    ['a tab after spaces', '- id: a\n  label: A\n  description:\n  \t- B\n', { line: 4, col: 3 }],
    ['a tab after the dash of a mapping', '- id: a\n  label: A\n  items:\n  -\ttext: b\n', { line: 4, col: 4 }],
  ];
  test.each(cases)('%s', (_, text, at) => {
    const root = mkdtempSync(join(tmpdir(), 'tab-'));
    writeFileSync(join(root, 'themes.yaml'), text);
    let error: unknown;
    try {
      loadContentFiles(root, root);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ContentReadError);
    expect((error as ContentReadError).position).toEqual({ path: 'themes.yaml', ...at });
    expect((error as ContentReadError).reason).toBe(
      `not valid YAML: line ${at.line} is indented with a tab; YAML indents with spaces only (replace the tab with spaces, as many as the lines around it use)`,
    );
  });

  test('a tab inside a value is text, not indentation', () => {
    const root = mkdtempSync(join(tmpdir(), 'tab-'));
    writeFileSync(join(root, 'themes.yaml'), '- id: a\n  label: "A\tB"\n  description: B\n');
    expect(loadContentFiles(root, root).entries[0]!.data).toEqual({ id: 'a', label: 'A\tB', description: 'B' });
  });
});
