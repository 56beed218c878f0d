/**
 * The CSV files open in Danish Excel (UTF-8 with BOM, ";", decimal comma) and parse back to
 * exactly what was written, æøå and quotes and line breaks included (parsed with csv-parse, an
 * independent RFC 4180 parser).
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildOpenData } from '../../src/open-data/build';
import { BOM, CSV_FILES, GOAL_COLUMNS, INITIATIVE_COLUMNS, toCsv } from '../../src/open-data/csv';
import { realCatalogue, seedText } from '../support/real-content';

const readBack = (text: string): string[][] => parse(text, { bom: true, delimiter: ';', relax_quotes: false, record_delimiter: '\r\n' });

describe('toCsv', () => {
  it('starts with a BOM, separates with ";", ends lines with CRLF', () => {
    const text = toCsv(['a', 'b'], [['x', 'y']]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text).toBe(`${BOM}a;b\r\nx;y\r\n`);
  });

  it('quotes what needs quoting and round-trips it', () => {
    const tricky = ['Hillerød; Høje-Taastrup', 'Kildens »citat« med "anførselstegn"', 'linje 1\nlinje 2', ' kant ', 'æøå ÆØÅ – é', ''];
    const text = toCsv(['v'], tricky.map((v) => [v]));
    expect(text).toContain('"Hillerød; Høje-Taastrup"');
    expect(text).toContain('"Kildens »citat« med ""anførselstegn"""');
    expect(readBack(text).slice(1).map((r) => r[0])).toEqual(tricky);
  });

  it('writes numbers with a decimal comma and booleans as ja/nej, and leaves missing values empty', () => {
    expect(toCsv(['n', 'b', 'c', 'e'], [[-1.8, true, false, undefined]])).toBe(`${BOM}n;b;c;e\r\n-1,8;ja;nej;\r\n`);
  });
});

describe('goals.csv and initiatives.csv of the real content', () => {
  const data = buildOpenData(realCatalogue(), { site: 'https://integrationskataloget.dk/', generated: '2026-01-13T10:00:00.000Z' });

  it('have one row per entry, the documented columns, and parse back cell for cell', () => {
    for (const [name, columns, entries] of [
      ['goals', GOAL_COLUMNS, data.goals],
      ['initiatives', INITIATIVE_COLUMNS, data.initiatives],
    ] as const) {
      const rows = readBack(CSV_FILES[name](data));
      expect(rows[0]).toEqual(columns.map((c) => c.name));
      expect(rows.length - 1).toBe(entries.length);
      rows.slice(1).forEach((row, i) => {
        expect(row).toHaveLength(columns.length);
        expect(row[0]).toBe(entries[i]!.id);
      });
    }
  });

  it('keep æøå, dashes and multi-line cells intact', () => {
    const rows = readBack(CSV_FILES.goals(data));
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const goal2 = rows.find((r) => r[0] === 'hilleroed-2015-2018-maal-2')!;
    const source = data.goals.find((g) => g.id === 'hilleroed-2015-2018-maal-2')!;
    expect(goal2[col('municipalityName')]).toBe('Hillerød');
    expect(goal2[col('text')]).toBe(source.text);
    expect(goal2[col('text')]).toMatch(/[æøå]/);
    expect(goal2[col('baselineValue')]).toBe('-4,9');

    const initiatives = readBack(CSV_FILES.initiatives(data));
    const ih = initiatives[0]!;
    const one = initiatives.find((r) => r[0] === 'hilleroed-2015-2018-indsats-1')!;
    const entry = data.initiatives.find((i) => i.id === 'hilleroed-2015-2018-indsats-1')!;
    expect(one[ih.indexOf('activities')]!.split('\n')).toEqual(entry.activities.map((a) => a.text));
    expect(one[ih.indexOf('goals')]).toBe(entry.links.goals.map((g) => g.id).join(', '));
  });
});

describe('budgets in initiatives.csv, checked against the sources', () => {
  const data = buildOpenData(realCatalogue(), { site: 'https://integrationskataloget.dk/', generated: '2026-01-13T10:00:00.000Z' });
  const rows = readBack(CSV_FILES.initiatives(data));
  const header = rows[0]!;
  const cell = (id: string, column: string) => rows.find((r) => r[0] === id)![header.indexOf(column)];
  const seed = (file: string) => seedText(file).replace(/\s+/g, ' ');
  const kroner = (n: number) => new Intl.NumberFormat('da-DK').format(n);

  it('gives Hillerød Indsats 2 the source’s total, 1.437.504 kr. (the "hvoraf" 237.504 is part of it, not added)', () => {
    expect(seed('001_6aabdc5b922a8d1d.txt')).toContain('samlet budget på kr. 1.437.504,- hvoraf Hillerød Kommune medfinansierer kr. 237.504');
    expect(cell('hilleroed-2015-2018-indsats-2', 'budgetDkk')).toBe('1437504');
  });

  it('never multiplies out or adds a yearly amount to a one-off budget (Indsats 6: 147.500 kr. årligt)', () => {
    expect(cell('hilleroed-2015-2018-indsats-6', 'budgetDkk')).toBe('');
    expect(cell('hilleroed-2015-2018-indsats-6', 'budgetDkkPerYear')).toBe('147500');
  });

  it('has every budget line verbatim in its source, with the amount the line prints', () => {
    const lines = data.initiatives.flatMap((i) => i.budget.map((b) => ({ id: i.id, file: i.source.file, ...b })));
    expect(lines.length).toBeGreaterThan(4);
    for (const b of lines) {
      expect(seed(b.file), b.id).toContain(b.text.replace(/\s+/g, ' '));
      if (b.amountDkk !== undefined) expect(b.text, b.id).toContain(kroner(b.amountDkk));
    }
  });

  it('states every initiative’s budget as the source totals it', () => {
    const budgets = Object.fromEntries(
      rows.slice(1).filter((r) => r[header.indexOf('budgetDkk')] || r[header.indexOf('budgetDkkPerYear')]).map((r) => [r[0], [r[header.indexOf('budgetDkk')], r[header.indexOf('budgetDkkPerYear')]]]),
    );
    expect(budgets).toEqual({
      'hilleroed-2015-2018-indsats-2': ['1437504', ''], // "samlet budget på kr. 1.437.504,- hvoraf … 237.504"
      'hilleroed-2015-2018-indsats-3': ['30000', ''], // "LæseLeg … 30.000 kr."
      'hilleroed-2015-2018-indsats-4': ['569582', ''], // "UCC: Kr. 487.590" + "Lokaler m.m. Kr. 81.992."
      'hilleroed-2015-2018-indsats-6': ['', '147500'], // "147.500 kr. årligt"
    });
  });
});
