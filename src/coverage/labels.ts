/** Danish texts of coverage counts: a municipality's accessible name on the map, count lines, legend labels. */
import { count, t } from '../i18n';
import { formatNumber } from '../i18n/format';
import type { Counts } from './coverage';
import { LEVELS } from './map';

const KIND_KEYS = { documents: 'count.documents', goals: 'count.goals', initiatives: 'count.initiatives', cases: 'count.cases' } as const;

/** "1 dokument, 10 mål, 8 indsatser": the kinds it has, with Danish singular and plural; "" when none. */
export function countsText(counts: Omit<Counts, 'total'>): string {
  return (Object.keys(KIND_KEYS) as (keyof typeof KIND_KEYS)[])
    .filter((k) => counts[k] > 0)
    .map((k) => count(counts[k], KIND_KEYS[k]))
    .join(', ');
}

/** A municipality's name on the map: "Hillerød: 1 dokument, 10 mål, 8 indsatser", or "Læsø: intet indhold endnu". */
export function mapLabel(name: string, counts: Omit<Counts, 'total'>): string {
  return `${name}: ${countsText(counts) || t('coverage.mapNothing')}`;
}

/** The legend's label of each shading level: "Intet indhold", "1–9 poster", …, "100 poster eller flere". */
export function levelLabels(): string[] {
  return LEVELS.map((from, i) => {
    const next = LEVELS[i + 1];
    if (from === 0) return t('coverage.level.none');
    if (next === undefined) return `${formatNumber(from)} ${t('coverage.level.orMore')}`;
    return `${formatNumber(from)}–${formatNumber(next - 1)} ${t('count.entries')}`;
  });
}
