import { describe, expect, it } from 'vitest';
import { realCatalogue } from '../support/real-content';

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
