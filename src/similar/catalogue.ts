/**
 * The similar entries of the catalogue: its initiatives and cases as SimilarItems, matched once
 * per build (similar.ts) and handed to the pages with what they show: kind, heading, page,
 * municipalities and the shared themes that explain the choice.
 */
import type { Catalogue, CaseEntry, InitiativeEntry } from '../catalogue/model';
import { initiativeHeading } from '../catalogue/labels';
import { urls } from '../catalogue/urls';
import { similarEntries, type SimilarItem, type SimilarOptions } from './similar';

/** What the "Det gør andre kommuner" list shows about one match. */
export interface OtherEntry {
  kind: 'initiative' | 'case';
  heading: string;
  url: string;
  /** Names of the municipalities it belongs to. */
  municipalities: string[];
  /** Labels of the themes it shares with the entry on the page. */
  sharedThemes: string[];
}

type Entry = { kind: 'initiative'; entry: InitiativeEntry } | { kind: 'case'; entry: CaseEntry };
const key = (kind: Entry['kind'], id: string) => `${kind}:${id}`;

/** An initiative's own words: title, prose, aim, strategy, activities, outputs and success criteria. */
function initiativeText(i: InitiativeEntry): string {
  return [i.title, ...i.text, i.purpose, i.strategy, ...i.activities.map((a) => a.text), ...i.outputs.map((o) => o.text), ...i.successCriteria.map((s) => s.text)]
    .filter(Boolean)
    .join('\n');
}

/** The catalogue's initiatives and cases as items to match, keyed "initiative:<id>" / "case:<id>". */
export function similarItems(c: Catalogue): { items: SimilarItem[]; entries: Map<string, Entry> } {
  const entries = new Map<string, Entry>();
  const items: SimilarItem[] = [];
  for (const i of c.initiatives) {
    entries.set(key('initiative', i.id), { kind: 'initiative', entry: i });
    items.push({ id: key('initiative', i.id), municipalities: c.municipalitiesOf(i), themes: c.themesOf(i), targetGroups: i.targetGroups, text: initiativeText(i) });
  }
  for (const x of c.cases) {
    entries.set(key('case', x.id), { kind: 'case', entry: x });
    items.push({ id: key('case', x.id), municipalities: x.municipalities, themes: x.themes, targetGroups: x.targetGroups, text: `${x.title}\n${x.summary}` });
  }
  return { items, entries };
}

/** For every initiative and case, what other municipalities do about the same thing. */
export function otherMunicipalities(c: Catalogue, options?: SimilarOptions): (kind: Entry['kind'], id: string) => OtherEntry[] {
  const { items, entries } = similarItems(c);
  const matches = similarEntries(items, options);
  return (kind, id) =>
    (matches.get(key(kind, id)) ?? []).map((m) => {
      const found = entries.get(m.id)!;
      const names = c.municipalitiesOf(found.entry).map((mid) => c.municipality(mid)?.name ?? mid);
      return {
        kind: found.kind,
        heading: found.kind === 'initiative' ? initiativeHeading(found.entry) : found.entry.title,
        url: found.kind === 'initiative' ? urls.initiative(found.entry.id) : urls.case(found.entry.id),
        municipalities: names,
        sharedThemes: m.sharedThemes.map((t) => c.theme(t)?.label ?? t),
      };
    });
}

let cached: Promise<ReturnType<typeof otherMunicipalities>> | undefined;

/** The matches of this build's catalogue, computed once (the pages of every initiative and case ask). */
export function getOtherMunicipalities(catalogue: Promise<Catalogue>): Promise<ReturnType<typeof otherMunicipalities>> {
  return (cached ??= catalogue.then((c) => otherMunicipalities(c)));
}
