/**
 * Every UI string of the site, from da.json, by a typed key: a key that is not in da.json fails
 * `npm run typecheck`; a key of da.json that no code uses fails tests/i18n/keys.test.ts.
 * Dynamic keys are written out (a map from a value to its key), never built from strings, so
 * both checks see every use.
 */
import da from './da.json';

export type UiKey = keyof typeof da;

/**
 * A Danish UI string by its dotted key, with its {placeholders} filled:
 * t('goal.range', { from: 1, to: 9 }) → "Mål 1–9". Unknown keys fail the type check.
 */
export function t(key: UiKey, vars?: Record<string, string | number>): string {
  const text = da[key];
  return vars ? text.replace(/\{(\w+)\}/g, (all, k: string) => (k in vars ? String(vars[k]) : all)) : text;
}

/** The count keys with a singular: "count.goals" (with "count.goals.one"). */
type CountKey = { [K in UiKey]: `${K}.one` extends UiKey ? K : never }[UiKey];

/** "1 indsats", "3 indsatser", "1.234 mål": a number with the singular or plural of a count key. */
export function count(n: number, key: CountKey): string {
  return `${n.toLocaleString('da-DK')} ${n === 1 ? da[`${key}.one`] : da[key]}`;
}
