/**
 * The long table of measures (/data/measures.json and /data/measures.csv, src/open-data/measures.ts):
 * every measure of every goal is a row (a goal with two measures has two), with its baseline,
 * target and deadline; goals' own deadlines, initiatives' targets and success criteria with a
 * target are rows too; the JSON validates against its schema and the CSV parses back to it.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildOpenData } from '../../src/open-data/build';
import { CSV_FILES } from '../../src/open-data/csv';
import { MEASURE_FIELDS, measureRows } from '../../src/open-data/measures';
import { columnDescription } from '../../src/open-data/fields';
import { realCatalogue } from '../support/real-content';
import { schemaErrors, validatorFor } from '../support/json-schema';

const data = buildOpenData(realCatalogue(), { site: 'https://katalog.example.org/', generated: '2026-01-13T10:00:00.000Z' });
const rows = measureRows(data);
const json = JSON.parse(JSON.stringify(rows)) as typeof rows;
/** The fields that have a value (a field the source does not give is left out of a row). */
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

describe('measures: one row per measure', () => {
  it('has a row for every measure of every goal, with its baseline, target, unit and deadline', () => {
    let count = 0;
    for (const g of data.goals) {
      const mine = rows.filter((r) => r.entry === g.id && r.kind === 'measure');
      expect(mine, g.id).toHaveLength(g.measures.length);
      g.measures.forEach((m, k) => {
        count++;
        expect(mine[k], `${g.id} measure ${k + 1}`).toMatchObject(defined({
          position: k + 1,
          description: m.description,
          unit: m.unit,
          baselineValue: m.baseline?.value,
          baselineYear: m.baseline?.year,
          targetText: m.target?.text,
          targetValue: m.target?.value,
          deadlineYear: m.target?.deadline?.year,
          deadlineText: m.target?.deadline?.text,
        }));
      });
    }
    expect(count).toBeGreaterThanOrEqual(9); // Hillerød 2015-2018: Mål 4 and 6 have two each
  });

  it('keeps the second measure of Hillerød Mål 4 (lost in goals.csv, which shows the first)', () => {
    const four = rows.filter((r) => r.entry === 'hilleroed-2015-2018-maal-4');
    expect(four.map((r) => [r.id, r.baselineValue, r.targetValue, r.targetComparator, r.deadlineYear])).toEqual([
      ['hilleroed-2015-2018-maal-4/measure-1', 25, 22, undefined, 2018],
      ['hilleroed-2015-2018-maal-4/measure-2', 6, 6, 'mindst', 2018],
    ]);
  });

  it('has a goal’s own deadline where it has no measure (Hillerød Mål 5: inden udgangen af 2018)', () => {
    for (const g of data.goals.filter((x) => x.measures.length === 0 && x.deadline)) {
      expect(rows.find((r) => r.entry === g.id), g.id).toMatchObject({ kind: 'deadline', deadlineYear: g.deadline!.year, deadlineText: g.deadline!.text });
    }
    expect(rows.find((r) => r.entry === 'hilleroed-2015-2018-maal-5')?.deadlineYear).toBe(2018);
  });

  it('has every target of an initiative and every success criterion with a target, deadlines included', () => {
    for (const i of data.initiatives) {
      expect(rows.filter((r) => r.entry === i.id && r.kind === 'target').map((r) => r.targetText), i.id).toEqual(i.targets.map((t) => t.text));
      const criteria = i.successCriteria.filter((c) => c.target);
      const got = rows.filter((r) => r.entry === i.id && r.kind === 'successCriterion');
      expect(got.map((r) => [r.description, r.deadlineYear]), i.id).toEqual(criteria.map((c) => [c.text, c.target!.deadline?.year]));
    }
    const unfilled = rows.filter((r) => r.targetUnfilled);
    expect(unfilled).toHaveLength(1);
    expect(unfilled[0]!.targetValue).toBeUndefined();
  });

  it('validates against export/measures.schema.json, and the schema refuses a broken row', () => {
    expect(schemaErrors(validatorFor('export/measures.schema.json'), json)).toEqual([]);
    const broken = structuredClone(json);
    (broken[0] as Record<string, unknown>).kind = 'other';
    delete (broken[1] as Record<string, unknown>).entry;
    const errors = schemaErrors(validatorFor('export/measures.schema.json'), broken).join('\n');
    expect(errors).toMatch(/\/0\/kind must be equal to one of the allowed values/);
    expect(errors).toMatch(/\/1 must have required property 'entry'/);
  });

  it('writes measures.csv with the same rows and the fields as columns, each explained on the Data page', () => {
    const csv: string[][] = parse(CSV_FILES.measures(data), { bom: true, delimiter: ';', record_delimiter: '\r\n' });
    expect(csv[0]).toEqual(MEASURE_FIELDS);
    expect(csv.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.id));
    const header = csv[0]!;
    const second = csv.find((r) => r[0] === 'hilleroed-2015-2018-maal-4/measure-2')!;
    expect(second[header.indexOf('targetComparator')]).toBe('mindst');
    expect(csv.find((r) => r[0] === 'hilleroed-2015-2018-maal-1/measure-1')![header.indexOf('baselineValue')]).toBe('-1,8');
    expect(MEASURE_FIELDS.filter((f) => !columnDescription('measures', f))).toEqual([]);
  });
});
