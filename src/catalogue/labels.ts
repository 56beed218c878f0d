/** Headings and short labels for entries, built from their data (never hard-coded). */
import type { CaseEntry, GoalEntry, InitiativeEntry } from './model';
import type { Municipality } from '../collections/schemas';
import { t } from '../i18n';

/** "Hillerød Kommune", or the official name where it differs ("Bornholms Regionskommune"). */
export function municipalityName(m: Pick<Municipality, 'name' | 'officialName'>): string {
  return m.officialName ?? t('municipality.name', { name: m.name });
}

/** "Mål 7: Flygtninges møde med kommunen" or, unnumbered, the group and title. */
export function goalHeading(g: GoalEntry): string {
  if (g.label) return `${g.label}: ${g.title}`;
  return g.group ? `${g.group}: ${g.title}` : g.title;
}

/** "Indsats 4: Kompetenceudvikling i folkeskolen", "Ad 1: …", or the title alone. */
export function initiativeHeading(i: InitiativeEntry): string {
  const label = i.label ?? (i.number ? `${i.number}.` : undefined);
  return label ? `${label.replace(/[:.)]$/, '')}: ${i.title}` : i.title;
}

export function caseHeading(c: CaseEntry): string {
  return c.title;
}

/** First sentence-ish excerpt of a longer text. */
export function excerpt(text: string | undefined, max = 200): string | undefined {
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 3).replace(/\s+\S*$/, '')} …` : text;
}
