/** Danish strings of the list pages with their {placeholders} filled in. */
import { t, type UiKey } from '../i18n';
import { formatNumber } from '../i18n/format';

/** t(key) with each {name} replaced; numbers in Danish form ("1.234"). */
export function fill(key: UiKey, vars: Record<string, number | string>): string {
  return t(key).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    return v === undefined ? whole : typeof v === 'number' ? formatNumber(v) : v;
  });
}
