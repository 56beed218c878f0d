/**
 * The UI strings the search page's script writes, typed: the server puts them on the page from
 * src/i18n/da.json (`clientStrings`), the script reads them back (`readText`). A key is a UiKey,
 * so a renamed or missing key fails `npm run typecheck` instead of showing its name on screen.
 *
 * This module must not import da.json (it is part of the browser script): the server passes `t`.
 */
import type { UiKey } from '../../i18n';

/** Every da.json key the search page's script uses. */
export const CLIENT_KEYS = [
  'search.statusEmpty',
  'search.statusType',
  'search.statusLoading',
  'search.statusOne',
  'search.statusMany',
  'search.statusNone',
  'search.statusFor',
  'search.statusFilterOne',
  'search.statusFilterMany',
  'search.didYouMean',
  'search.inDocument',
  'search.showAll',
  'search.showFewer',
  'search.filtersChosen',
  'search.withoutFilters',
  'search.clearAndSearch',
  'search.moreLeft',
  'search.showingFor',
  'search.insteadFor',
  'search.statusAllWords',
  'search.statusAllWordsNone',
  'search.alsoFor',
  'municipality.name',
] as const satisfies readonly UiKey[];

export type ClientKey = (typeof CLIENT_KEYS)[number];

/** "search.statusMany" → "statusMany": the name a string has on the page (data-strings); other keys keep their name. */
type Short<K extends string> = K extends `search.${infer R}` ? R : K;
export type ClientStrings = Record<Short<ClientKey>, string>;

const shortKey = <K extends ClientKey>(key: K) => key.replace(/^search\./, '') as Short<K>;

/** The strings for the page's data-strings attribute, from `t` (the server's da.json lookup). */
export function clientStrings(t: (key: UiKey) => string): ClientStrings {
  return Object.fromEntries(CLIENT_KEYS.map((k) => [shortKey(k), t(k)])) as ClientStrings;
}

/** "{n} resultater" with { n: 3 } → "3 resultater". A placeholder without a value becomes empty. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** A typed lookup of the page's strings: text('search.statusMany', { n: 3 }). */
export type Text = (key: ClientKey, vars?: Record<string, string | number>) => string;

/**
 * The script's lookup over the strings the server wrote. A key the page lacks is an error (the
 * server writes every CLIENT_KEYS entry), never its name on screen.
 */
export function readText(strings: Partial<ClientStrings>): Text {
  return (key, vars) => {
    const template = strings[shortKey(key)];
    if (template === undefined) throw new Error(`search page: no string ${key} in data-strings`);
    return fill(template, vars);
  };
}
