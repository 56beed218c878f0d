import da from './da.json';

export type UiKey = keyof typeof da;

/** A Danish UI string by its dotted key. Unknown keys fail the type check. */
export function t(key: UiKey): string {
  return da[key];
}
