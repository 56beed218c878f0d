/**
 * The editing interface speaks Danish (src/cms/danish.ts): every field of every collection has a
 * Danish label and help text, and the form uses them; a field added to a schema without them is
 * named (so it cannot be forgotten), and an entry for a field that no longer exists is found. The
 * schemas' own `.describe()` texts stay English: they are not what the editor reads.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { REGISTRY, type CollectionSpec } from '../../src/collections/registry';
import { idSchema } from '../../src/collections/schemas';
import { cmsConfig } from '../../src/cms/config';
import { DANISH, DANISH_FILES } from '../../src/cms/danish';
import { entryJsonSchema, isListItem, type CmsField, type JsonNode } from '../../src/cms/fields';
import { ROOT } from '../support/real-content';

const CONTENT = join(ROOT, 'content');
const { config, untranslated } = cmsConfig(CONTENT);
type Collection = { name: string; description?: string; files?: { fields: CmsField[] }[]; fields?: CmsField[] };
const collections = config.collections as Collection[];

/** The fields of one entry of a collection as configured (a list file's items, or a folder entry). */
const entryFieldsOf = (name: string): CmsField[] => {
  const c = collections.find((x) => x.name === name)!;
  return c.fields ?? c.files![0]!.fields[0]!.fields!;
};

/** Every field of a JSON Schema node with its path ("measures[].target.value"), as src/cms/fields.ts names them. */
function schemaPaths(node: JsonNode, path = ''): { path: string; node: JsonNode }[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const here = path ? `${path}.${key}` : key;
    const object = isListItem(child) ? child.anyOf!.find((b) => b.type === 'object')! : child;
    const item = object.type === 'array' && !Array.isArray(object.items) ? object.items! : undefined;
    const inner = item && isListItem(item) ? item.anyOf!.find((b) => b.type === 'object')! : item;
    const below = inner?.type === 'object' ? schemaPaths(inner, `${here}[]`) : object.type === 'object' ? schemaPaths(object, here) : [];
    return [{ path: here, node: child }, ...below];
  });
}

/** The configured field at a schema path. */
function fieldAt(fields: CmsField[], path: string): CmsField | undefined {
  const [head, ...rest] = path.split('.');
  const field = fields.find((f) => f.name === head!.replace(/\[\]$/, ''));
  if (!field || rest.length === 0) return field;
  return fieldAt(field.fields ?? [], rest.join('.'));
}

const entries = Object.entries(REGISTRY) as [string, CollectionSpec][];

describe('the editing interface in Danish', () => {
  it('gives every field of every collection a Danish label and help text, and the form shows them', () => {
    expect(untranslated).toEqual([]);
    let count = 0;
    for (const [name, spec] of entries) {
      for (const { path, node } of schemaPaths(entryJsonSchema(spec.schema))) {
        count++;
        const danish = DANISH[name]?.[path];
        expect(danish, `${name}: ${path} has a Danish label and help in src/cms/danish.ts`).toBeDefined();
        expect(danish!.label.trim(), `${name}: ${path}`).not.toBe('');
        expect(danish!.hint.trim(), `${name}: ${path}`).not.toBe('');
        // The help is written for the editor, not the schema's English text copied.
        expect(danish!.hint, `${name}: ${path}`).not.toBe(node.description);
        const field = fieldAt(entryFieldsOf(name), path);
        expect(field, `${name}: ${path} is in the form`).toBeDefined();
        expect(field).toMatchObject({ label: danish!.label, hint: danish!.hint });
        if (field!.widget === 'list') expect(danish!.singular, `${name}: ${path} names one item for its "Tilføj …" button`).toBeTruthy();
        if (field!.widget === 'list' && danish!.singular) expect(field!.label_singular).toBe(danish!.singular);
      }
    }
    expect(count).toBeGreaterThan(250);
  });

  it('has no Danish text for a field or collection that does not exist (a renamed field is noticed)', () => {
    expect(Object.keys(DANISH).sort()).toEqual(Object.keys(REGISTRY).sort());
    expect(Object.keys(DANISH_FILES).sort()).toEqual(Object.keys(REGISTRY).sort());
    for (const [name, spec] of entries) {
      const paths = new Set(schemaPaths(entryJsonSchema(spec.schema)).map((p) => p.path));
      expect(Object.keys(DANISH[name]!).filter((p) => !paths.has(p)), name).toEqual([]);
    }
  });

  it('names the choices in Danish where it names them, every stored value included', () => {
    for (const [name, spec] of entries) {
      for (const { path, node } of schemaPaths(entryJsonSchema(spec.schema))) {
        const options = DANISH[name]?.[path]?.options;
        if (!options) continue;
        expect(Object.keys(options).sort(), `${name}: ${path}`).toEqual((node.enum ?? []).map(String).sort());
        expect(fieldAt(entryFieldsOf(name), path)!.options).toEqual(node.enum!.map((value) => ({ label: options[String(value)], value })));
      }
    }
    const kind = fieldAt(entryFieldsOf('goals'), 'notes[].kind')!;
    expect(kind.options).toContainEqual({ label: 'Kilden er afskåret', value: 'truncated' });
  });

  it('describes every collection to the editor in Danish', () => {
    for (const c of collections) expect(c.description, c.name).toBe(DANISH_FILES[c.name]);
  });

  it('names a schema field that has no Danish label and help (a new field cannot be forgotten)', () => {
    const withNewField: CollectionSpec = {
      ...REGISTRY.synonyms,
      schema: z.object({ id: idSchema.describe('Stable id.'), words: z.array(z.string()).describe('Words.'), weight: z.number().describe('New field.') }).strict(),
    };
    const result = cmsConfig(CONTENT, { synonyms: withNewField });
    expect(result.untranslated).toEqual(['synonyms: weight']);
    // The form still works: the field falls back to its key and the schema's help.
    const field = ((result.config.collections as Collection[])[0]!.files![0]!.fields[0]!.fields ?? []).find((f) => f.name === 'weight');
    expect(field).toMatchObject({ label: 'weight', hint: 'New field.' });
  });
});
