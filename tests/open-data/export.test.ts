/**
 * The open data built from the real content (src/open-data/build.ts), without Astro: it
 * validates against its own JSON Schemas, holds every entry, and resolves every reference.
 */
import { describe, expect, it } from 'vitest';
import { buildOpenData } from '../../src/open-data/build';
import { COLLECTION_KEYS, COLLECTIONS } from '../../src/open-data/schema';
import { loadRealContent, realCatalogue } from '../support/real-content';
import { schemaErrors, validatorFor } from '../support/json-schema';

const SITE = 'https://katalog.example.org/';
const data = buildOpenData(realCatalogue(), { site: SITE, generated: '2026-01-13T10:00:00.000Z' });
const json = JSON.parse(JSON.stringify(data)) as typeof data;

describe('open data from the real content', () => {
  it('validates against its own JSON Schemas, whole and collection by collection', () => {
    expect(schemaErrors(validatorFor('export/catalogue.schema.json'), json)).toEqual([]);
    for (const key of COLLECTION_KEYS) {
      expect(schemaErrors(validatorFor(`export/${COLLECTIONS[key].file}.schema.json`), json[key]), key).toEqual([]);
    }
  });

  it('is refused by the schema when an entry is broken (the validation can fail)', () => {
    const broken = structuredClone(json);
    (broken.goals[0] as Record<string, unknown>).url = 'not a url';
    delete (broken.initiatives[0] as Record<string, unknown>).links;
    (broken.documents[0] as Record<string, unknown>).extra = 1;
    const errors = schemaErrors(validatorFor('export/catalogue.schema.json'), broken).join('\n');
    expect(errors).toMatch(/\/goals\/0\/url must match format "uri"/);
    expect(errors).toMatch(/\/initiatives\/0 must have required property 'links'/);
    expect(errors).toMatch(/\/documents\/0 must NOT have additional properties/);
  });

  it('holds every entry of the content, once, with counts that agree', () => {
    const { valid } = loadRealContent();
    for (const key of COLLECTION_KEYS) {
      const expected = valid[key].map((e) => (e.data as { id: string }).id).sort();
      const got = json[key].map((e) => e.id);
      expect([...got].sort(), key).toEqual(expected);
      expect(json.counts[key]).toBe(expected.length);
      expect(new Set(got).size).toBe(got.length);
    }
  });

  it('lists entries in a fixed order: municipalities by code; goals, initiatives and cases as the pages do (by document, section, number)', () => {
    const codes = json.municipalities.map((m) => m.code);
    expect(codes).toEqual([...codes].sort());
    const hilleroed = json.goals.filter((g) => g.document === 'hilleroed-integrationshandlingsprogram-2015-2018').map((g) => g.number);
    expect(hilleroed).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const c = realCatalogue();
    expect(json.goals.map((g) => g.id)).toEqual(c.goals.map((g) => g.id));
    expect(json.initiatives.map((i) => i.id)).toEqual(c.initiatives.map((i) => i.id));
    // Høje-Taastrup's unnumbered goals follow the document's sections, not their ids' alphabet.
    const sections = c.document('hoeje-taastrup-integrationspolitik-2006')!.sections.map((s) => s.id);
    const order = json.goals.filter((g) => g.document === 'hoeje-taastrup-integrationspolitik-2006').map((g) => sections.indexOf(g.section!));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('gives every entry its page URL on the configured site', () => {
    expect(json.site).toBe(SITE);
    const goal = json.goals.find((g) => g.id === 'hilleroed-2015-2018-maal-2')!;
    expect(goal.url).toBe(`${SITE}maal/hilleroed-2015-2018-maal-2/`);
    expect(goal.links.document).toEqual({
      id: 'hilleroed-integrationshandlingsprogram-2015-2018',
      title: expect.any(String),
      url: `${SITE}dokumenter/hilleroed-integrationshandlingsprogram-2015-2018/`,
    });
    expect(goal.links.municipality).toMatchObject({ id: 'hilleroed', name: 'Hillerød', code: '219', url: `${SITE}kommuner/hilleroed/` });
    expect(json.$schema).toBe(`${SITE}data/schema/export/catalogue.schema.json`);
  });

  it('resolves a range to every goal in it and keeps a wrong printed number with its note', () => {
    const byId = new Map(json.initiatives.map((i) => [i.id, i]));
    const range = byId.get('hilleroed-2015-2018-indsats-3')!.goals.find((r) => r.from !== undefined)!;
    expect(range).toMatchObject({ from: 1, to: 9 });
    expect(range.resolved.map((g) => g.label)).toEqual(['Mål 1', 'Mål 2', 'Mål 3', 'Mål 4', 'Mål 5', 'Mål 6', 'Mål 7', 'Mål 8', 'Mål 9']);
    const four = byId.get('hilleroed-2015-2018-indsats-4')!.goals.find((r) => r.citedAs === 'Mål 5')!;
    expect(four.goal).toBe(2);
    expect(four.note).toBeTruthy();
    expect(four.resolved.map((g) => g.id)).toEqual(['hilleroed-2015-2018-maal-2']);
  });

  it('links both ways: a goal lists the initiatives that serve it, also through a range', () => {
    const goal9 = json.goals.find((g) => g.id === 'hilleroed-2015-2018-maal-9')!;
    const serving = goal9.links.initiatives.map((i) => i.id);
    expect(serving).toContain('hilleroed-2015-2018-indsats-3'); // "mål 1-9"
    for (const id of serving) {
      const i = json.initiatives.find((x) => x.id === id)!;
      expect(i.links.goals.map((g) => g.id)).toContain(goal9.id);
    }
  });

  it('resolves every id it names to an entry that is in the export', () => {
    const ids = (key: (typeof COLLECTION_KEYS)[number]) => new Set(json[key].map((e) => e.id));
    const documents = ids('documents');
    const goals = ids('goals');
    const municipalities = ids('municipalities');
    for (const i of json.initiatives) {
      expect(documents.has(i.links.document.id)).toBe(true);
      for (const g of i.links.goals) expect(goals.has(g.id), `${i.id} → ${g.id}`).toBe(true);
    }
    for (const c of json.cases) for (const m of c.links.municipalities) expect(municipalities.has(m.id)).toBe(true);
    expect(json.cases.every((c) => c.links.municipalities.length === c.municipalities.length)).toBe(true);
  });
});
