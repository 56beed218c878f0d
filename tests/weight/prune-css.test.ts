/**
 * Pruning a stylesheet for a page type (src/weight/prune-css.ts): a rule goes only when no page
 * of the type and none of its scripts could make it match; variables go only when nothing kept
 * reads them.
 */
import { describe, expect, it } from 'vitest';
import { pruneStylesheet, rulePossible } from '../../src/weight/prune-css';
import { scanPage } from '../../src/weight/scan';
import { Usage } from '../../src/weight/usage';

/** The usage of one page's markup and scripts. */
function usageOf(html: string, ...scripts: string[]): Usage {
  const usage = new Usage();
  scanPage(html, usage);
  for (const s of scripts) usage.addScript(s);
  return usage;
}

const page = usageOf(
  '<html class="x"><body><header class="flex text-white [.js_&amp;]:flex"><a id="top" href="/">Hjem</a></header><details class="group"><summary>Mere</summary></details></body></html>',
  'e.className=`sr-only`;document.documentElement.classList.add("js");document.createElement("mark")',
);

describe('which rules a page type can use', () => {
  it('keeps a rule of a class, element or id on the pages, and drops one that is on none', () => {
    expect(rulePossible('.flex', page)).toBe(true);
    expect(rulePossible('.grid', page)).toBe(false);
    expect(rulePossible('a', page)).toBe(true);
    expect(rulePossible('table', page)).toBe(false);
    expect(rulePossible('#top', page)).toBe(true);
    expect(rulePossible('#bottom', page)).toBe(false);
  });

  it('reads Tailwind’s escaped class names as the HTML writes them (entities decoded)', () => {
    expect(rulePossible('.\\[\\.js_\\&\\]\\:flex', page)).toBe(true);
    expect(rulePossible('.js .\\[\\.js_\\&\\]\\:flex', page)).toBe(true);
  });

  it('keeps the pseudo-elements of date fields and spin buttons only where such an input can be', () => {
    const search = usageOf('<form><input type="search" name="q"><input name="x"></form>');
    for (const rule of ['::-webkit-datetime-edit', '::-webkit-datetime-edit-year-field', '::-webkit-date-and-time-value', '::-webkit-inner-spin-button', '::-webkit-outer-spin-button']) {
      expect(rulePossible(rule, search), rule).toBe(false);
    }
    // Other pseudo-elements of inputs stay (the search box's own, placeholders).
    expect(rulePossible('::-webkit-search-decoration', search)).toBe(true);
    expect(rulePossible('::placeholder', search)).toBe(true);
    const date = usageOf("<input TYPE='Date'>");
    expect(rulePossible('::-webkit-datetime-edit-day-field', date)).toBe(true);
    expect(rulePossible('::-webkit-inner-spin-button', date)).toBe(true);
    const number = usageOf('<input type=number>');
    expect(rulePossible('::-webkit-outer-spin-button', number)).toBe(true);
    expect(rulePossible('::-webkit-datetime-edit', number)).toBe(false);
    // A script that names the type may make such an input.
    expect(rulePossible('::-webkit-datetime-edit', usageOf('<p>x</p>', 'i.type="month"'))).toBe(true);
  });

  it('keeps what a script can add: a class, an element; a longer name does not count for a shorter one', () => {
    expect(rulePossible('.sr-only', page)).toBe(true);
    expect(rulePossible('mark', page)).toBe(true);
    expect(rulePossible('.hidden', usageOf('<p class="x"></p>', 'e.classList.add(`hidden-on-print`)'))).toBe(false);
  });

  it('assumes every state, attribute, media and theme possible', () => {
    expect(rulePossible('.text-white:hover', page)).toBe(true);
    expect(rulePossible('.flex:where([data-theme=dark],[data-theme=dark] *)', page)).toBe(true);
    expect(rulePossible('.flex:where(:root:not([data-theme=light]),:root:not([data-theme=light]) *)', page)).toBe(true);
    expect(rulePossible('.group:is([open] *) > summary', page)).toBe(true);
    expect(rulePossible(':focus-visible', page)).toBe(true);
    expect(rulePossible('[hidden]:where(:not([hidden=until-found]))', page)).toBe(true);
  });

  it('needs one alternative of :is(), :where() and :has(); :not() never removes a rule', () => {
    expect(rulePossible(':is(.grid, .flex)', page)).toBe(true);
    expect(rulePossible(':is(.grid, table)', page)).toBe(false);
    expect(rulePossible('.flex:has(> table)', page)).toBe(false);
    expect(rulePossible('.flex:not(.grid)', page)).toBe(true);
  });

  it('keeps a selector list when one of its selectors can match', () => {
    expect(rulePossible('table, .flex', page)).toBe(true);
    expect(rulePossible('table, .grid', page)).toBe(false);
  });
});

describe('pruning a stylesheet', () => {
  const css = [
    '@layer theme, base, utilities;',
    '@layer theme{:root,:host{--color-a:red;--color-b:blue;--font:var(--font-x);--font-x:serif;--unused:1px}}',
    '@layer base{html{font-family:var(--font)}table{border-collapse:collapse}}',
    '@layer utilities{.flex{display:flex}.grid{display:grid;color:var(--color-b)}.text-white{color:var(--color-a);--tw-x:1}',
    '@media (min-width:40rem){.grid{display:block}}@media screen{.flex:where([data-theme=dark],[data-theme=dark] *){display:block}}}',
    '@property --tw-x{syntax:"*";inherits:false}@property --tw-y{syntax:"*";inherits:false}',
    '@keyframes spin{to{transform:rotate(360deg)}}',
  ].join('');
  const result = pruneStylesheet(css, page);

  it('drops the rules no page can use and the blocks they leave empty', () => {
    expect(result.css).not.toContain('.grid');
    expect(result.css).not.toContain('table');
    expect(result.css).not.toContain('min-width:40rem');
    expect(result.rulesDropped).toBe(3);
  });

  it('keeps the rest exactly as written: layer order, dark mode, keyframes', () => {
    expect(result.css.startsWith('@layer theme, base, utilities;')).toBe(true);
    expect(result.css).toContain('.flex{display:flex}');
    expect(result.css).toContain('@media screen{.flex:where([data-theme=dark],[data-theme=dark] *){display:block}}');
    expect(result.css).toContain('@keyframes spin{to{transform:rotate(360deg)}}');
  });

  it('keeps the variables kept rules read, directly or through another variable, and drops the others', () => {
    expect(result.css).toContain('--color-a:red');
    expect(result.css).toContain('--font:var(--font-x)');
    expect(result.css).toContain('--font-x:serif');
    expect(result.css).not.toContain('--color-b');
    expect(result.css).not.toContain('--unused');
    expect(result.css).toContain('@property --tw-x');
    expect(result.css).not.toContain('@property --tw-y');
  });

  it('changes nothing when the pages use everything', () => {
    const all = usageOf('<html><table class="flex grid text-white"></table></html>', 'e.style.setProperty("--tw-y", 1); f(`--color-b --unused`)');
    expect(pruneStylesheet(css, all).css).toBe(css);
  });
});
