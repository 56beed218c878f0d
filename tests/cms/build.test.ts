/**
 * The public build ships no editing interface: the admin exists only as middleware of the dev
 * server (src/cms/integration.ts), so dist/ has no /admin/ page, no Decap CMS code and no link to it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the public build', () => {
  const all = files(DIST);

  it('has no admin page or CMS file', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.map((f) => relative(DIST, f)).filter((f) => /(^|\/)admin(\/|$)|decap|config\.yml/i.test(f))).toEqual([]);
  });

  it('holds no Decap CMS code and no link to /admin/', () => {
    const text = all.filter((f) => /\.(html|js|mjs|css|json|txt|xml)$/.test(f));
    const offending = text.filter((f) => {
      const content = readFileSync(f, 'utf8');
      return /decap-cms|CMS_MANUAL_INIT|netlify-cms|["'(]\/admin\//.test(content);
    });
    expect(offending.map((f) => relative(DIST, f))).toEqual([]);
  });
});
