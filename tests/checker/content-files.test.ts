/**
 * The loader reads data with js-yaml and builds `yaml` documents only for positions, per list
 * item where it can. These tests pin that this changes nothing: the same data as the `yaml`
 * package gives, and the same line:col for every field as a whole-file parse gives.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { loadContentFiles, positionIn, type RawEntry } from '../../src/lib/content-files';
import { FIXTURES, PROJECT_ROOT } from './helpers';

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
