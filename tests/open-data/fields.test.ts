/** The Data page explains every field of every export and every CSV column (src/open-data/fields.ts). */
import { describe, expect, it } from 'vitest';
import { GOAL_COLUMNS, INITIATIVE_COLUMNS } from '../../src/open-data/csv';
import { MEASURE_FIELDS } from '../../src/open-data/measures';
import { columnDescription, fieldDescription } from '../../src/open-data/fields';
import { COLLECTION_KEYS, COLLECTIONS } from '../../src/open-data/schema';

describe('Danish field explanations', () => {
  it('cover every field of every exported collection', () => {
    const missing = COLLECTION_KEYS.flatMap((key) =>
      Object.keys((COLLECTIONS[key].schema as unknown as { shape: object }).shape)
        .filter((field) => !fieldDescription(key, field))
        .map((field) => `${COLLECTIONS[key].file}.json: ${field}`),
    );
    expect(missing).toEqual([]);
  });

  it('cover every CSV column', () => {
    const missing = [
      ...GOAL_COLUMNS.filter((c) => !columnDescription('goals', c.name)).map((c) => `goals.csv: ${c.name}`),
      ...INITIATIVE_COLUMNS.filter((c) => !columnDescription('initiatives', c.name)).map((c) => `initiatives.csv: ${c.name}`),
      ...MEASURE_FIELDS.filter((f) => !columnDescription('measures', f)).map((f) => `measures.csv: ${f}`),
    ];
    expect(missing).toEqual([]);
  });
});
