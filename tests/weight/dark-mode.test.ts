/**
 * Dark mode written once (src/weight/dark-mode.ts): the system-setting copy of the dark rules goes,
 * everything else stays as written; the first view counts no stylesheet a reader with JavaScript
 * does not load (the no-JS sheet in <noscript>).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noJsLink, withoutSystemDark } from '../../src/weight/dark-mode';
import { firstView } from '../../src/weight/first-view';

const css =
  '@layer utilities{.flex{display:flex}@media screen{.flex:where([data-theme=dark],[data-theme=dark] *){display:block}}@media screen and (prefers-color-scheme:dark){.flex:where(:root:not([data-theme=light]),:root:not([data-theme=light]) *){display:block}}@media (width>=40rem){.flex{display:grid}}}';

describe('withoutSystemDark', () => {
  it('drops the prefers-color-scheme copy and keeps every other byte', () => {
    expect(withoutSystemDark(css)).toBe(
      '@layer utilities{.flex{display:flex}@media screen{.flex:where([data-theme=dark],[data-theme=dark] *){display:block}}@media (width>=40rem){.flex{display:grid}}}',
    );
  });

  it('leaves a sheet without such rules untouched, and a dark query that is not the copy', () => {
    const other = '@media (prefers-color-scheme:dark){img{opacity:.9}}.a{color:red}';
    expect(withoutSystemDark(other)).toBe(other);
    expect(withoutSystemDark('.a{color:red}')).toBe('.a{color:red}');
  });
});

describe('the first view', () => {
  it('does not count the stylesheet in <noscript>', () => {
    const root = mkdtempSync(join(tmpdir(), 'first-view-'));
    mkdirSync(join(root, '_astro'));
    writeFileSync(join(root, '_astro', 'page.css'), '.a{color:red}');
    writeFileSync(join(root, '_astro', 'all.css'), css.repeat(20));
    writeFileSync(join(root, 'index.html'), `<!doctype html><html><head><link rel="stylesheet" href="/_astro/page.css">${noJsLink('/_astro/all.css')}</head><body></body></html>`);
    const view = firstView(root, '/');
    expect(view.files.map((f) => f.path)).toEqual(['/', '/_astro/page.css']);
  });
});
