/**
 * What the content says about its sources holds against the seed files (content/sources/, copies of ../shared/seeds/): the
 * source's wording fields are verbatim, a year the source's wording does not state is explained as
 * the editor's derivation in a note the page shows, and the editor's notes and summaries describe
 * the source as it is.
 */
import { describe, expect, it } from 'vitest';
import type { Note } from '../../src/collections/schemas';
import { realCatalogue, seedText } from '../support/real-content';

const c = realCatalogue();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const seeds = new Map<string, string>();
const seed = (file: string) => {
  if (!seeds.has(file)) seeds.set(file, norm(seedText(file)));
  return seeds.get(file)!;
};

interface Dated {
  where: string;
  file: string;
  year: number;
  text?: string | undefined;
  notes: Note[];
}

/** Every year the content attaches to a wording of the source: deadlines and baselines. */
function datedWordings(): Dated[] {
  const out: Dated[] = [];
  for (const g of c.goals) {
    if (g.deadline) out.push({ where: `${g.id} deadline`, file: g.source.file, ...g.deadline, notes: g.notes });
    g.measures.forEach((m, k) => {
      if (m.target?.deadline) out.push({ where: `${g.id} measure ${k + 1} deadline`, file: g.source.file, ...m.target.deadline, notes: g.notes });
      if (m.baseline) out.push({ where: `${g.id} measure ${k + 1} baseline`, file: g.source.file, year: m.baseline.year, text: m.baseline.text, notes: g.notes });
    });
  }
  for (const i of c.initiatives) {
    const targets = [...i.targets, ...i.successCriteria.flatMap((s) => s.target ?? [])];
    targets.forEach((t, k) => t.deadline && out.push({ where: `${i.id} target ${k + 1} deadline`, file: i.source.file, ...t.deadline, notes: i.notes }));
  }
  return out;
}

describe('the content against its sources', () => {
  it('quotes deadlines, baselines and periods as the source words them', () => {
    const wordings = [
      ...datedWordings().map((d) => [d.where, d.file, d.text] as const),
      ...c.documents.map((d) => [`${d.id} period`, d.source.file, d.period?.text] as const),
      ...c.initiatives.map((i) => [`${i.id} period`, i.source.file, i.period?.text] as const),
    ];
    const notVerbatim = wordings.filter(([, file, text]) => text !== undefined && !seed(file).includes(norm(text))).map(([where, , text]) => `${where}: »${text}«`);
    expect(notVerbatim).toEqual([]);
  });

  it('explains, in a note the page shows, every year the source’s wording does not state (the editor’s derivation)', () => {
    const unexplained = datedWordings()
      .filter((d) => d.text !== undefined && !d.text.includes(String(d.year)))
      .filter((d) => !d.notes.some((n) => n.text.includes(String(d.year))))
      .map((d) => `${d.where}: ${d.year} from »${d.text}«`);
    expect(unexplained).toEqual([]);
    const indsats2 = c.initiative('hilleroed-2015-2018-indsats-2')!;
    expect(indsats2.notes.some((n) => /2016/.test(n.text) && /ved projektets afslutning/.test(n.text) && /3\. kvartal\s+2016/.test(n.text))).toBe(true);
  });

  it('names every part of Hillerød Indsats 8 the cut-off source lacks, in the document’s note as in the initiative’s', () => {
    const i = c.initiative('hilleroed-2015-2018-indsats-8')!;
    const missing = (
      [
        ['aktiviteter', i.activities],
        ['output', i.outputs],
        ['indikatorer', i.indicators],
        ['langsigtede mål', i.goals],
      ] as const
    ).filter(([, items]) => items.length === 0);
    expect(missing.map(([name]) => name)).toEqual(['aktiviteter', 'output', 'indikatorer', 'langsigtede mål']);
    const documentNote = c.document(i.document)!.notes.find((n) => n.kind === 'truncated' && n.text.includes('Indsats 8'))!;
    const initiativeNote = i.notes.find((n) => n.kind === 'truncated')!;
    for (const [name] of missing) {
      expect(documentNote.text.toLowerCase(), name).toContain(name);
      expect(initiativeNote.text.toLowerCase(), name).toContain(name);
    }
  });

  it('counts the items of Hillerød Indsats 7 the way its note does', () => {
    const i = c.initiative('hilleroed-2015-2018-indsats-7')!;
    const note = i.notes.find((n) => n.text.includes('Rammer og ressourcer'))!.text.replace(/\s+/g, ' ');
    const words = ['nul', 'et', 'to', 'tre', 'fire', 'fem', 'seks'];
    expect(note).toContain(`som ${words[i.resources.length]} punkter`);
    expect(note).toMatch(new RegExp(`${words[i.activities.length]}|dialogen med almen praksis og Sundhedsplejens samarbejde`));
    expect(note).toContain(`de ${words[i.indicators.length]} sidste afsnit under Indikatorer`);
  });

  it('does not give Mål 6 a national average "for efterkommere" the source does not state', () => {
    const g = c.goal('hilleroed-2015-2018-maal-6')!;
    expect(seed(g.source.file)).toContain(norm('lå for efterkommere i 2013 0,4 % under landsgennemsnittet (Hillerød 5,1 og landsgennemsnittet 5,5)'));
    expect(seed(g.source.file)).not.toContain('landsgennemsnittet for efterkommere');
    for (const m of g.measures) expect(m.description).not.toMatch(/landsgennemsnittet for efterkommere/);
  });

  it('does not claim a strategy for every focus area of Høje-Taastrup: names the one without', () => {
    const d = c.document('hoeje-taastrup-integrationspolitik-2006')!;
    const without = d.sections.filter((s) => s.strategy.length === 0);
    expect(without.map((s) => s.id)).toEqual(['unge']);
    expect(d.summary).not.toMatch(/for hvert (indsats)?område en strategi/);
    for (const s of without) expect(d.summary).toContain(s.title.split(',')[0]!);
  });
});
