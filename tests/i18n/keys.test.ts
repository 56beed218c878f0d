/**
 * Every key of src/i18n/da.json is used by the code, and every key the code uses exists (the
 * latter is the type check's: `t` takes a UiKey only, proved below with @ts-expect-error).
 * A key counts as used where it is written as a string literal in src/ ('search.title'). A key
 * built at run time from a template (da[`status.${id}`], src/follow-up/) counts every key under
 * its written prefix ("status.") as used; `t()` itself takes literal keys only, so the type check
 * sees each of its keys.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import da from '../../src/i18n/da.json';
import { t, type UiKey } from '../../src/i18n';

const SRC = join(import.meta.dirname, '../../src');
const CODE = /\.(ts|mts|mjs|astro|mdx)$/;

function sources(): { file: string; text: string }[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => CODE.test(f))
    .map((f) => ({ file: `src/${f}`, text: readFileSync(join(SRC, f), 'utf8') }));
}

/** The da.json keys written as string literals in these texts. */
export function usedKeys(texts: readonly string[], keys: readonly string[]): Set<string> {
  const used = new Set<string>();
  const all = texts.join('\n');
  for (const k of keys) if (all.includes(`'${k}'`) || all.includes(`"${k}"`)) used.add(k);
  // count(n, 'count.goals') uses 'count.goals.one' too (src/i18n/index.ts).
  for (const k of keys) if (k.endsWith('.one') && used.has(k.slice(0, -'.one'.length))) used.add(k);
  // A key built from a template with a written prefix: `status.${id}`, `status.rule.${id}`.
  const prefixes = [...all.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]!);
  for (const k of keys) if (prefixes.some((p) => k.startsWith(p))) used.add(k);
  return used;
}

describe('UI strings (da.json)', () => {
  const keys = Object.keys(da);
  const files = sources();

  it('has no key the code does not use', () => {
    const used = usedKeys(files.map((f) => f.text), keys);
    expect(keys.filter((k) => !used.has(k))).toEqual([]);
  });

  it('the scan finds a key only where it is written, so an unused key fails', () => {
    const used = usedKeys(["t('search.title')", 'count(n, "count.goals")', 'da[`status.rule.${id}`]'], ['search.title', 'count.goals', 'count.goals.one', 'nav.home', 'status.rule.reached', 'status.reached']);
    expect([...used].sort()).toEqual(['count.goals', 'count.goals.one', 'search.title', 'status.rule.reached']);
  });

  it('t() gets literal keys only (a key built at run time would escape the type check)', () => {
    const dynamic = files.filter((f) => /\bt\(\s*`/.test(f.text) || /as UiKey\b/.test(f.text)).map((f) => f.file);
    expect(dynamic).toEqual([]);
  });

  it('refuses an unknown key at type-check time and fills placeholders', () => {
    // @ts-expect-error – not a key of da.json: npm run typecheck fails if t() ever accepts it.
    const unknown: string = t('search.noSuchKey');
    expect(unknown).toBeUndefined();
    expect(t('goal.range', { from: 1, to: 9 })).toBe('Mål 1–9');
    expect(t('municipality.name', { name: 'Hillerød' })).toBe('Hillerød Kommune');
    const key: UiKey = 'search.title';
    expect(t(key)).toBe(da['search.title']);
  });
});
