/**
 * The JSON Schema files (public/data/schema/) are what the zod schemas give (npm run schemas),
 * and the editors' schemas accept every real content file and refuse broken ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allJsonSchemas } from '../../src/open-data/schema';
import { ROOT } from '../support/real-content';
import { SCHEMA_DIR, newAjv, schemaErrors, validatorFor } from '../support/json-schema';

const generated = allJsonSchemas();

describe('committed JSON Schema files', () => {
  it('are up to date with src/schemas (else run: npm run schemas)', () => {
    const committed = readdirSync(SCHEMA_DIR, { recursive: true, encoding: 'utf8' })
      .filter((p) => p.endsWith('.json'))
      .map((p) => p.split('\\').join('/'))
      .sort();
    expect(committed).toEqual(Object.keys(generated).sort());
    for (const [path, schema] of Object.entries(generated)) {
      expect(readFileSync(join(SCHEMA_DIR, path), 'utf8'), `${path} is stale: run npm run schemas`).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    }
  });

  it('are valid draft-07 schemas under ajv strict mode', () => {
    const ajv = newAjv();
    for (const [path, schema] of Object.entries(generated)) expect(() => ajv.compile(schema), path).not.toThrow();
  });

  it('describe list items in the exports as the objects they become', () => {
    const items = (generated['export/initiatives.schema.json'] as any).items.properties.activities.items;
    expect(items).toMatchObject({ type: 'object', required: ['text'], additionalProperties: false });
  });
});

describe('editor schemas (public/data/schema/content/)', () => {
  const schemaFor = (file: string) => (file === 'document.yaml' ? 'document' : file.replace(/\.yaml$/, ''));
  const contentFiles = [
    ...['municipalities', 'themes', 'target-groups', 'related-documents'].map((n) => ({ path: `content/${n}.yaml`, schema: n })),
    ...readdirSync(join(ROOT, 'content', 'documents')).flatMap((d) =>
      readdirSync(join(ROOT, 'content', 'documents', d)).map((f) => ({ path: `content/documents/${d}/${f}`, schema: schemaFor(f) })),
    ),
  ];

  it('accept every real content file', () => {
    expect(contentFiles.length).toBeGreaterThan(12);
    for (const f of contentFiles) {
      const data = parse(readFileSync(join(ROOT, f.path), 'utf8'));
      expect(schemaErrors(validatorFor(`content/${f.schema}.schema.json`), data), f.path).toEqual([]);
    }
  });

  it('refuse what the checker refuses: a misspelt field, a bad id, a wrong document type, a string for a number', () => {
    const goals = validatorFor('content/goals.schema.json');
    const goal = { id: 'x-maal-1', number: 1, label: 'Mål 1', title: 'Et mål', text: 'Teksten.', source: { file: 'a.txt', place: 'Mål 1' } };
    expect(schemaErrors(goals, [goal])).toEqual([]);
    expect(schemaErrors(goals, [{ ...goal, titel: 'x' }]).join()).toMatch(/additional/);
    expect(schemaErrors(goals, [{ ...goal, id: 'Mål 1' }]).join()).toMatch(/pattern/);
    expect(schemaErrors(goals, [{ ...goal, number: '1' }]).join()).toMatch(/number|integer/);
    const doc = validatorFor('content/document.schema.json');
    const d = { id: 'd', municipality: 'hilleroed', title: 'T', type: 'politik', summary: 'S', source: { file: 'a.txt', place: 'p', kind: 'dokument' } };
    expect(schemaErrors(doc, d)).toEqual([]);
    expect(schemaErrors(doc, { ...d, type: 'policy' }).join()).toMatch(/allowed values/);
  });

  it('let editors leave out fields that have defaults (io: input)', () => {
    const initiatives = validatorFor('content/initiatives.schema.json');
    expect(schemaErrors(initiatives, [{ id: 'x-indsats-1', title: 'En indsats', source: { file: 'a.txt', place: 'Indsats 1' } }])).toEqual([]);
  });
});
