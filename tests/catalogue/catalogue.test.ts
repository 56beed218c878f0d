import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueInput } from '../../src/catalogue/model';
import { aboutSources, numberWord } from '../../src/pages/om/_components/sources';
import { copyContent } from '../support/content-copy';
import { catalogueFrom, realCatalogue } from '../support/real-content';

const c = realCatalogue();
const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();

describe('catalogue queries on the real content', () => {
  it('holds all 98 municipalities, 29/17/22/19/11 per region, with unique 3-digit codes', () => {
    expect(c.municipalities).toHaveLength(98);
    expect(c.regions.map((r) => r.municipalities.length)).toEqual([29, 17, 22, 19, 11]);
    expect(new Set(c.municipalities.map((m) => m.code)).size).toBe(98);
    expect(c.municipality('hilleroed')?.code).toBe('219');
    expect(c.municipality('koebenhavn')?.code).toBe('101');
    expect(c.municipality('kerteminde')?.region).toBe('syddanmark');
  });

  it('holds the five sources with the counts the sources give', () => {
    expect(c.goalsOfDocument('hilleroed-integrationshandlingsprogram-2015-2018')).toHaveLength(10);
    expect(c.initiativesOfDocument('hilleroed-integrationshandlingsprogram-2015-2018')).toHaveLength(8);
    expect(c.initiativesOfDocument('hilleroed-integrationshandlingsprogram-2012')).toHaveLength(20);
    expect(c.initiativesOfDocument('kerteminde-integrationspolitik-2016')).toHaveLength(23);
    expect(c.document('kerteminde-integrationspolitik-2016')?.sections).toHaveLength(5);
    expect(c.document('hoeje-taastrup-integrationspolitik-2006')?.sections).toHaveLength(8);
    expect(c.document('hoeje-taastrup-integrationspolitik-2006')?.vision).toHaveLength(5);
    expect(c.casesOfDocument('kl-kommunale-veje-til-god-integration-2016')).toHaveLength(7);
  });

  it('finds the initiatives serving Hillerød Mål 7, including the range "mål 1-9"', () => {
    const serving = c.initiativesServing('hilleroed-2015-2018-maal-7').map((s) => s.initiative.id);
    expect(serving.sort()).toEqual([
      'hilleroed-2015-2018-indsats-1',
      'hilleroed-2015-2018-indsats-3',
      'hilleroed-2015-2018-indsats-6',
    ]);
  });

  it('records Indsats 4 as serving Mål 2, keeping the source’s "Mål 5" and a note', () => {
    const refs = c.goalsServedBy('hilleroed-2015-2018-indsats-4');
    const wrong = refs.find((r) => r.ref.citedAs === 'Mål 5');
    expect(wrong?.goals.map((g) => g.id)).toEqual(['hilleroed-2015-2018-maal-2']);
    expect(wrong?.ref.note).toMatch(/Mål 5/);
    expect(c.initiativesServing('hilleroed-2015-2018-maal-5').map((s) => s.initiative.id)).not.toContain(
      'hilleroed-2015-2018-indsats-4',
    );
  });

  it('marks Indsats 8 as cut off and Kerteminde’s "min. XX" as unfilled', () => {
    expect(c.initiative('hilleroed-2015-2018-indsats-8')?.notes.some((n) => n.kind === 'truncated')).toBe(true);
    const unfilled = c.initiativesOfDocument('kerteminde-integrationspolitik-2016').flatMap((i) => i.targets.filter((t) => t.unfilled));
    expect(unfilled).toHaveLength(1);
    expect(unfilled[0]?.value).toBeUndefined();
  });

  it('gathers everything about Roskilde: two KL cases, no documents', () => {
    const about = c.about('roskilde');
    expect(about.documents).toEqual([]);
    expect(ids(about.cases)).toEqual(['kl-2016-roskilde-nulenergihuse', 'kl-2016-roskilde-traumer']);
    expect(c.hasContent('roskilde')).toBe(true);
  });

  it('puts a case with four municipalities on each of their pages', () => {
    for (const m of ['vejle', 'aarhus', 'aalborg', 'holstebro']) {
      expect(ids(c.casesOfMunicipality(m))).toContain('kl-2016-frivillige-flygtningegrupper');
    }
  });

  it('groups a theme by municipality, across documents and cases', () => {
    const groups = c.themeGroups('modtagelse');
    const names = groups.map((g) => g.municipality?.name);
    expect(names).toContain('Hillerød');
    const named = names.filter((n) => n !== undefined);
    expect(named).toEqual([...named].sort((a, b) => a.localeCompare(b, 'da')));
    // Danish order: Aalborg and Aarhus sort as Å, after Ø.
    if (named.includes('Aarhus')) expect(named.at(-1)).toMatch(/^Aa/);
  });

  it('has two Hillerød programmes on the Hillerød page', () => {
    expect(ids(c.documentsOfMunicipality('hilleroed'))).toEqual([
      'hilleroed-integrationshandlingsprogram-2012',
      'hilleroed-integrationshandlingsprogram-2015-2018',
    ]);
  });
});

describe('the one order of goals, initiatives and cases (numbers as numbers)', () => {
  // Astro's content layer hands entries over sorted by id as text (maal-1, maal-10, maal-2 …);
  // the catalogue must not depend on it.
  const byIdAsText = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const asAstro: CatalogueInput = {
    municipalities: c.municipalities,
    themes: c.themes,
    targetGroups: c.targetGroups,
    relatedDocuments: c.relatedDocuments,
    synonyms: [],
    nationalGoals: c.nationalGoals,
    documents: byIdAsText(c.documents),
    goals: byIdAsText(c.goals),
    initiatives: byIdAsText(c.initiatives),
    cases: byIdAsText(c.cases),
  };
  const astro = buildCatalogue(asAstro);
  const hilleroed = 'hilleroed-integrationshandlingsprogram-2015-2018';
  const labels = (xs: { label?: string | undefined }[]) => xs.map((x) => x.label);
  const mål = Array.from({ length: 10 }, (_, i) => `Mål ${i + 1}`);

  it('lists a document’s goals by number, whatever order the content layer uses', () => {
    expect(byIdAsText(c.goalsOfDocument(hilleroed)).map((g) => g.number)).toEqual([1, 10, 2, 3, 4, 5, 6, 7, 8, 9]); // the trap
    expect(labels(astro.goalsOfDocument(hilleroed))).toEqual(mål);
    expect(labels(astro.goals.filter((g) => g.document === hilleroed))).toEqual(mål);
    expect(astro.initiativesOfDocument('hilleroed-integrationshandlingsprogram-2012').map((i) => i.number)).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i + 1)),
    );
  });

  it('lists a theme’s goals by number (theme pages)', () => {
    const group = astro.themeGroups('sundhed').find((g) => g.municipality?.id === 'hilleroed')!;
    const goals = group.items.goals.filter((g) => g.document === hilleroed).map((g) => g.number!);
    expect(goals).toEqual([...goals].sort((a, b) => a - b));
    expect(goals).toEqual([9, 10]);
  });

  it('keeps a document’s sections in the source’s order, and "1a" before "1b" before "2a" inside one', () => {
    const ht = astro.initiativesOfDocument('hoeje-taastrup-integrationspolitik-2006');
    const sections = astro.document('hoeje-taastrup-integrationspolitik-2006')!.sections.map((s) => s.id);
    const seen = [...new Set(ht.map((i) => i.section))];
    expect(seen).toEqual(sections.filter((s) => seen.includes(s)));
    expect(ht.filter((i) => i.section === 'fritid-og-kultur').map((i) => i.number)).toEqual(['1a', '1b', '2a', '2b']);
  });
});

describe('/om/: the sources and their counts come from the content', () => {
  it('counts the source documents and each one’s goals, initiatives, cases and related documents', () => {
    const { files, documents } = aboutSources(c);
    expect(`${numberWord(files)} kildedokumenter`).toBe('fem kildedokumenter');
    const byId = new Map(documents.map((d) => [d.id, d]));
    expect(byId.get('hilleroed-integrationshandlingsprogram-2015-2018')?.holds).toBe('10 mål, 8 indsatser');
    for (const d of c.documents) {
      const holds = byId.get(d.id)!.holds;
      if (c.goalsOfDocument(d.id).length > 1) expect(holds).toContain(`${c.goalsOfDocument(d.id).length} mål`);
      if (c.initiativesOfDocument(d.id).length > 1) expect(holds).toContain(`${c.initiativesOfDocument(d.id).length} indsatser`);
      if (c.casesOfDocument(d.id).length > 1) expect(holds).toContain(`${c.casesOfDocument(d.id).length} cases`);
    }
  });

  it('follows the content: one source fewer, one goal more', () => {
    const copy = copyContent();
    try {
      copy.move('documents/kl-kommunale-veje-til-god-integration-2016', '../kl-removed');
      copy.replace(
        'documents/hilleroed-integrationshandlingsprogram-2015-2018/goals.yaml',
        '- id: hilleroed-2015-2018-maal-10\n',
        '- id: hilleroed-2015-2018-maal-11\n  number: 11\n  label: "Mål 11"\n  title: "Et ekstra mål"\n  text: "Et ekstra mål."\n  source:\n    file: 001_6aabdc5b922a8d1d.txt\n    place: "Prøve"\n\n- id: hilleroed-2015-2018-maal-10\n',
      );
      const about = aboutSources(catalogueFrom(copy.content));
      expect(numberWord(about.files)).toBe('fire');
      expect(about.documents.find((d) => d.id === 'hilleroed-integrationshandlingsprogram-2015-2018')?.holds).toBe('11 mål, 8 indsatser');
    } finally {
      copy.remove();
    }
  });
});
