/**
 * src/collections/registry.ts is the one list of collections: adding a collection to it (and
 * writing its schema) is all it takes for the content to be read, validated, given to the
 * catalogue, published as open data with JSON Schemas, attached to the editors' settings and given
 * locked pages. Proved with a fixture collection, "notes", that exists only in this test.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { catalogueInputOf } from '../../src/catalogue/from-files';
import { loadContentFiles } from '../../src/collections/files';
import { COLLECTION_NAMES, REGISTRY, type CollectionSpec } from '../../src/collections/registry';
import { idSchema } from '../../src/collections/schemas';
import { validateEntries } from '../../src/collections/validate';
import { allJsonSchemas, editorSettings, openDataCollections } from '../../src/open-data/schema';
import { dynamicRoutes } from '../../src/permalinks/input';
import { pageKinds } from '../../src/permalinks/model';
import { ROOT } from '../support/real-content';

const notes: CollectionSpec = {
  schema: z.object({ id: idSchema, title: z.string().min(1).describe('The note’s title.'), redirectFrom: z.array(idSchema).default([]) }).strict(),
  storage: { in: 'list', file: 'notes.yaml' },
  urlPrefix: '/noter/',
  noun: 'note',
  danish: { singular: 'note', plural: 'noter' },
  openData: 'notes',
  fileHolds: 'editorial notes',
};
const WITH_NOTES = { ...REGISTRY, notes };

/** The clean checker fixture plus content/notes.yaml: one good note and one with a misspelt field on line 4. */
function contentWithNotes(): string {
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  cpSync(join(ROOT, 'tests', 'fixtures', 'checker', 'clean'), dir, { recursive: true });
  writeFileSync(join(dir, 'notes.yaml'), '- id: om-kilderne\n  title: Om kilderne\n- id: skrivefejl\n  titel: Skrivefejl\n');
  return dir;
}

describe('the collection registry', () => {
  it('lists each collection once, with a unique open-data name, content file and page prefix', () => {
    const specs = Object.values(REGISTRY) as CollectionSpec[];
    const unique = (values: (string | undefined)[]) => new Set(values.filter(Boolean)).size === values.filter(Boolean).length;
    expect(COLLECTION_NAMES).toHaveLength(specs.length);
    expect(unique(specs.map((s) => s.openData))).toBe(true);
    expect(unique(specs.map((s) => (s.storage.in === 'document' ? 'document.yaml' : s.storage.file)))).toBe(true);
    expect(unique(specs.map((s) => s.urlPrefix))).toBe(true);
  });

  it('is the list the editor settings are written from (npm run schemas)', () => {
    expect(JSON.parse(readFileSync(join(ROOT, '.vscode', 'settings.json'), 'utf8'))).toEqual(editorSettings());
  });

  describe('a ninth collection, added to the registry only', () => {
    const dir = contentWithNotes();
    const loaded = loadContentFiles(dir, dir, WITH_NOTES);
    const { valid, findings } = validateEntries(loaded.entries, WITH_NOTES);

    it('is read from its content file', () => {
      expect(loaded.entries.filter((e) => e.collection === ('notes' as never)).map((e) => (e.data as { id: string }).id)).toEqual(['om-kilderne', 'skrivefejl']);
      // The site's own registry does not know the file, so it reads nothing from it.
      expect(loadContentFiles(dir, dir).entries.some((e) => e.collection === ('notes' as never))).toBe(false);
    });

    it('is validated against its schema, with file:line and its noun in the message', () => {
      const notesValid = (valid as unknown as Record<string, { data: { id: string } }[]>).notes!;
      expect(notesValid.map((e) => e.data.id)).toEqual(['om-kilderne']);
      expect(findings.map((f) => [f.position.path, f.position.line, f.message.split(';')[0]])).toEqual([
        ['notes.yaml', 4, 'note "skrivefejl": unknown field "titel" – did you mean "title"?'],
      ]);
    });

    it('reaches the catalogue’s input', () => {
      const input = catalogueInputOf(valid, WITH_NOTES) as unknown as Record<string, { id: string }[]>;
      expect(input.notes!.map((n) => n.id)).toEqual(['om-kilderne']);
      expect(input.goals!.length).toBeGreaterThan(0);
    });

    it('gets an open-data file, export and editor JSON Schemas and an editor setting', () => {
      expect(openDataCollections(WITH_NOTES).notes!.file).toBe('notes');
      const schemas = allJsonSchemas(WITH_NOTES);
      expect(schemas['content/notes.schema.json']).toMatchObject({ title: 'content/notes.yaml: editorial notes', type: 'array' });
      expect(schemas['export/notes.schema.json']).toMatchObject({ title: 'Integrationskataloget: /data/notes.json' });
      expect(Object.keys((schemas['export/catalogue.schema.json'] as { properties: object }).properties)).toContain('notes');
      expect((editorSettings(WITH_NOTES)['yaml.schemas'] as Record<string, string>)['./public/data/schema/content/notes.schema.json']).toBe('content/notes.yaml');
    });

    it('gets pages the permalink lock knows: /noter/<id>/ and its route', () => {
      const kinds = pageKinds(WITH_NOTES);
      expect(kinds.get('notes' as never)?.url('om-kilderne')).toBe('/noter/om-kilderne/');
      expect(kinds.get('notes' as never)?.file('om-kilderne')).toBe('content/notes.yaml');
      expect(dynamicRoutes(kinds).get('noter/[id]')).toBe('notes');
    });
  });
});
