import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../../src/i18n';
import { CLIENT_KEYS, clientStrings, fill, readText } from '../../../src/search/page/strings';

const PAGE = join(import.meta.dirname, '../../../src/search/page');

describe('the search page’s strings', () => {
  it('are written from da.json under their short names and read back by key', () => {
    const strings = clientStrings(t);
    expect(strings.statusMany).toBe(t('search.statusMany'));
    expect(strings['municipality.name']).toBe('{name} Kommune');
    const text = readText(strings);
    expect(text('search.statusMany', { n: 3 })).toBe('3 resultater');
    expect(text('municipality.name', { name: 'Hillerød' })).toBe('Hillerød Kommune');
  });

  it('a string the page lacks is an error, never its key on screen', () => {
    const text = readText({});
    expect(() => text('search.statusMany', { n: 3 })).toThrow(/no string search\.statusMany/);
  });

  it('fills placeholders, an unknown one with nothing', () => {
    expect(fill('{n} af {m}', { n: 1 })).toBe('1 af ');
    expect(fill('ingen')).toBe('ingen');
  });

  it('every key sent to the page is used by its script', () => {
    const script = readdirSync(PAGE)
      .filter((f) => f.endsWith('.ts') && f !== 'strings.ts')
      .map((f) => readFileSync(join(PAGE, f), 'utf8'))
      .join('\n');
    expect(CLIENT_KEYS.filter((k) => !script.includes(`'${k}'`))).toEqual([]);
  });
});
