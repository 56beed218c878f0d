import da from './da.json';

export type UiKey = keyof typeof da;

/** A Danish UI string by its dotted key. Unknown keys fail the type check. */
export function t(key: UiKey): string {
  return da[key];
}

type CountKey = { [K in UiKey]: K extends `count.${string}.one` ? never : K extends `count.${string}` ? K : never }[UiKey];

/** "1 indsats", "3 indsatser", "1.234 mål": a number with the singular or plural of a count key. */
export function count(n: number, key: CountKey): string {
  const one = `${key}.one` as UiKey;
  return `${n.toLocaleString('da-DK')} ${n === 1 && one in da ? da[one] : da[key]}`;
}
