/**
 * What the compare page (/sammenlign/) shows of one municipality, as a small JSON file of its own
 * (/data/kommuner/<id>.json), loaded only when a reader picks that municipality: per theme its
 * documents, goals with their targets and deadlines as printed, initiatives and cases. No file
 * grows with the whole catalogue: each holds one municipality's entries.
 */
import type { Catalogue, CaseEntry, GoalEntry, InitiativeEntry } from '../catalogue/model';
import type { CatalogueDocument, Target } from '../collections/schemas';
import { goalHeading, initiativeHeading } from '../catalogue/labels';
import { urls } from '../catalogue/urls';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n';

/** One entry as the compare page lists it. */
export interface DigestEntry {
  title: string;
  url: string;
  /** Targets as printed, with the number and deadline called out ("20 % · frist 2018"); goals only. */
  targets?: { text: string; figure?: string; deadline?: number }[];
}

/** One theme of a municipality. */
export interface DigestTheme {
  /** Theme id, or "" for entries without a theme. */
  id: string;
  label: string;
  documents: DigestEntry[];
  goals: DigestEntry[];
  initiatives: DigestEntry[];
  cases: DigestEntry[];
}

/** /data/kommuner/<id>.json */
export interface MunicipalityDigest {
  id: string;
  name: string;
  url: string;
  /** Counts over all themes (an entry with two themes counts once). */
  counts: { documents: number; goals: number; initiatives: number; cases: number };
  /** Themes in the taxonomy's order; only themes with entries. */
  themes: DigestTheme[];
}

const targetOf = (t: Target) => ({
  text: t.text,
  ...(t.value !== undefined ? { figure: [t.comparator, formatNumber(t.value), t.unit].filter(Boolean).join(' ') } : {}),
  ...(t.deadline ? { deadline: t.deadline.year } : {}),
});

function goalEntry(g: GoalEntry): DigestEntry {
  const targets = g.measures.flatMap((m) => (m.target ? [targetOf(m.target)] : []));
  if (targets.length === 0 && g.deadline) targets.push({ text: g.deadline.text ?? String(g.deadline.year), deadline: g.deadline.year });
  return { title: goalHeading(g), url: urls.goal(g.id), ...(targets.length ? { targets } : {}) };
}

/** The digest of one municipality, from the catalogue. */
export function municipalityDigest(c: Catalogue, id: string): MunicipalityDigest {
  const m = c.municipality(id);
  if (!m) throw new Error(`municipalityDigest: unknown municipality "${id}"`);
  const about = c.about(id);
  const byTheme = new Map<string, DigestTheme>();
  const themeOf = (themeId: string): DigestTheme => {
    let row = byTheme.get(themeId);
    if (!row) byTheme.set(themeId, (row = { id: themeId, label: themeId ? (c.theme(themeId)?.label ?? themeId) : t('compare.noTheme'), documents: [], goals: [], initiatives: [], cases: [] }));
    return row;
  };
  const put = (themes: string[], add: (theme: DigestTheme) => void) => (themes.length ? themes : ['']).forEach((x) => add(themeOf(x)));
  for (const d of about.documents as CatalogueDocument[]) put(c.themesOf(d), (theme) => theme.documents.push({ title: d.title, url: urls.document(d.id) }));
  for (const g of about.goals as GoalEntry[]) put(c.themesOf(g), (theme) => theme.goals.push(goalEntry(g)));
  for (const i of about.initiatives as InitiativeEntry[]) put(c.themesOf(i), (theme) => theme.initiatives.push({ title: initiativeHeading(i), url: urls.initiative(i.id) }));
  for (const x of about.cases as CaseEntry[]) put(c.themesOf(x), (theme) => theme.cases.push({ title: x.title, url: urls.case(x.id) }));
  const order = new Map(c.themes.map((x, i) => [x.id, i]));
  const themes = [...byTheme.values()].sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
  return {
    id: m.id,
    name: m.name,
    url: urls.municipality(m.id),
    counts: { documents: about.documents.length, goals: about.goals.length, initiatives: about.initiatives.length, cases: about.cases.length },
    themes,
  };
}
