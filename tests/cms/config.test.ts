/**
 * The CMS configuration is generated from the registry and the zod schemas (src/cms/config.ts),
 * on every request of /admin/config.json: there is no committed copy that could fall behind. These
 * tests prove the generated configuration covers every collection and every field of its schema,
 * that every field is described in its schema (`.describe()`), that a field without one is named
 * (the Danish labels and help the editor reads: tests/cms/danish.test.ts),
 * and that an initiative's goal reference picks a goal of the same document by number and title.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { REGISTRY, type CollectionSpec } from '../../src/collections/registry';
import { idSchema } from '../../src/collections/schemas';
import { cmsConfig, documentFolders } from '../../src/cms/config';
import { entryJsonSchema, isListItem, type CmsField, type JsonNode } from '../../src/cms/fields';
import { ROOT } from '../support/real-content';

const CONTENT = join(ROOT, 'content');

type Collection = { name: string; label: string; folder?: string; files?: { name: string; file: string; fields: CmsField[] }[]; fields?: CmsField[] };

const { config, missing } = cmsConfig(CONTENT);
const collections = config.collections as Collection[];
const byName = (name: string) => collections.find((c) => c.name === name)!;

/** The fields of one entry of a collection as configured (for a document-list collection: of the document `doc`). */
function entryFieldsOf(name: string, doc?: string): CmsField[] {
  const c = byName(name);
  if (c.fields) return c.fields;
  const file = doc ? c.files!.find((f) => f.name === doc)! : c.files![0]!;
  return file.fields[0]!.fields!;
}

/**
 * Walks a JSON Schema node and its CMS field together; calls `visit` for every schema field with
 * its field. Fails when a schema field has no CMS field.
 */
function walk(node: JsonNode, fields: CmsField[], path: string, visit: (path: string, node: JsonNode, field: CmsField) => void): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const field = fields.find((f) => f.name === key);
    expect(field, `${path}${key} has a CMS field`).toBeDefined();
    visit(`${path}${key}`, child, field!);
    if (field!.widget === 'relation') continue;
    const inner = isListItem(child) ? child.anyOf!.find((b) => b.type === 'object')! : child.type === 'array' && !Array.isArray(child.items) ? child.items! : child;
    const item = isListItem(inner) ? inner.anyOf!.find((b) => b.type === 'object')! : inner;
    if (item.type === 'object') walk(item, field!.fields ?? [], `${path}${key}.`, visit);
  }
}

describe('the generated CMS configuration', () => {
  it('has a collection for every collection of the registry, with its Danish name', () => {
    expect(collections.map((c) => c.name)).toEqual(Object.keys(REGISTRY));
    for (const [name, spec] of Object.entries(REGISTRY) as [string, CollectionSpec][]) {
      expect(byName(name).label.toLowerCase()).toBe(spec.danish.plural);
    }
  });

  it('gives every document folder its goals, initiatives and cases file', () => {
    const docs = documentFolders(CONTENT).map((d) => d.id);
    expect(docs.length).toBeGreaterThanOrEqual(5);
    for (const name of ['goals', 'initiatives', 'cases']) {
      const spec = REGISTRY[name as 'goals'];
      expect(byName(name).files!.map((f) => f.file)).toEqual(docs.map((d) => `documents/${d}/${spec.storage.file}`));
    }
    expect(byName('documents')).toMatchObject({ folder: 'documents', create: true });
  });

  it('covers every field of every schema, each described in its zod schema, with help in the form', () => {
    let count = 0;
    for (const [name, spec] of Object.entries(REGISTRY) as [string, CollectionSpec][]) {
      walk(entryJsonSchema(spec.schema), entryFieldsOf(name), `${name}: `, (path, node, field) => {
        count++;
        expect(node.description, `${path} is described in its zod schema`).toBeTruthy();
        expect(field.hint, `${path}`).toBeTruthy();
      });
    }
    expect(count).toBeGreaterThan(150);
    expect(missing).toEqual([]);
  });

  it('names a field that has no .describe() (a schema change without help text fails here)', () => {
    const undocumented: CollectionSpec = {
      schema: z.object({ id: idSchema, title: z.string().min(1) }).strict(),
      storage: { in: 'list', file: 'notes.yaml' },
      noun: 'note',
      danish: { singular: 'note', plural: 'noter' },
      openData: 'notes',
      fileHolds: 'editorial notes',
    };
    const result = cmsConfig(CONTENT, { ...REGISTRY, notes: undocumented });
    expect(result.missing).toEqual(['notes: title']);
    // …and the new collection is configured without any other change.
    expect((result.config.collections as Collection[]).map((c) => c.name)).toContain('notes');
  });

  it('lets an initiative’s goal reference pick a goal of the same document by number and title', () => {
    const doc = 'hilleroed-integrationshandlingsprogram-2015-2018';
    const goals = entryFieldsOf('initiatives', doc).find((f) => f.name === 'goals')!;
    for (const name of ['goal', 'from', 'to']) {
      expect(goals.fields!.find((f) => f.name === name)).toMatchObject({
        widget: 'relation',
        collection: 'goals',
        file: doc,
        value_field: 'items.*.number',
        display_fields: ['items.*.label', 'items.*.title'],
        multiple: false,
      });
    }
    // The goals file of that document is the one the relation reads.
    expect(byName('goals').files!.find((f) => f.name === doc)!.file).toBe(`documents/${doc}/goals.yaml`);
    // Sections come from the same document only.
    expect(entryFieldsOf('initiatives', doc).find((f) => f.name === 'section')).toMatchObject({ widget: 'relation', collection: 'documents', value_field: 'sections.*.id', filters: [{ field: 'id', values: [doc] }] });
  });

  it('turns the other references into relations to their lists', () => {
    const fields = entryFieldsOf('cases');
    expect(fields.find((f) => f.name === 'municipalities')).toMatchObject({ widget: 'relation', collection: 'municipalities', value_field: 'items.*.id', multiple: true });
    expect(fields.find((f) => f.name === 'themes')).toMatchObject({ widget: 'relation', collection: 'themes', multiple: true });
    expect(fields.find((f) => f.name === 'targetGroups')).toMatchObject({ widget: 'relation', collection: 'targetGroups', multiple: true });
    // A document's own list of sections is not a reference.
    expect(entryFieldsOf('documents').find((f) => f.name === 'sections')).toMatchObject({ widget: 'list' });
  });

  it('keeps the schema’s rules in the form: required fields, id patterns, enums, whole numbers', () => {
    const fields = entryFieldsOf('goals');
    expect(fields.find((f) => f.name === 'id')).toMatchObject({ required: true, pattern: [expect.stringContaining('[a-z0-9]'), expect.any(String)] });
    expect(fields.find((f) => f.name === 'number')).toMatchObject({ widget: 'number', value_type: 'int', required: false });
    const notes = fields.find((f) => f.name === 'notes')!;
    const kind = notes.fields!.find((f) => f.name === 'kind')!;
    expect(kind.widget).toBe('select');
    expect(kind.options!.map((o) => (typeof o === 'string' ? o : o.value))).toEqual(['truncated', 'source-error', 'unclear', 'editorial']);
  });

  it('uses the local backend of the dev server, in Danish', () => {
    expect(config).toMatchObject({ load_config_file: false, local_backend: { url: '/admin/api/v1/' }, locale: 'da' });
  });
});
