/**
 * Only a script's strings can put a name on a page (src/weight/script-strings.ts, used by
 * src/weight/usage.ts): a method call `.filter(` keeps no `.filter` rule; a class added with
 * classList.add("x") or written in a template literal does.
 */
import { describe, expect, it } from 'vitest';
import { rulePossible } from '../../src/weight/prune-css';
import { stringContents } from '../../src/weight/script-strings';
import { Usage } from '../../src/weight/usage';

const withScript = (text: string) => {
  const usage = new Usage();
  usage.addScript(text);
  return usage;
};

describe('stringContents', () => {
  it('gives the contents of string and template literals, escapes read, and nothing of the code', () => {
    const text = stringContents('const a=[1,2].filter(x=>x>1);el.classList.add("js");e.className=`sr-only ${a?\'open\':"shut"}`;t("\\u0073hown")');
    expect(text.split('\n')).toEqual(['js', 'sr-only ', 'open', 'shut', '', 'shown']);
  });

  it('tells a regular expression from a division, and leaves the regular expression out', () => {
    expect(stringContents('const r=/"hidden"/g, n=a/2/b;x("kept")')).toBe('kept');
  });

  it('counts the whole text of a script whose tokens it cannot read (an unterminated string)', () => {
    const broken = 'el.classList.add("open);\nshow(`x`)';
    expect(stringContents(broken)).toBe(broken);
  });

  it('reads a classic script too (theme-init.js is not a module)', () => {
    expect(stringContents('with (o) { root.classList.add(\'js\'); }')).toBe('js');
  });
});

describe('what a script can add to a page type', () => {
  it('a method call .filter( keeps no .filter rule; classList.add("x") and a template literal keep theirs', () => {
    const usage = withScript('const v=list.filter(Boolean).map(hidden=>hidden);el.classList.add("x");el.innerHTML=`<mark class="hit">${v}</mark>`;');
    expect(rulePossible('.filter', usage)).toBe(false);
    expect(rulePossible('.hidden', usage)).toBe(false);
    expect(rulePossible('.x', usage)).toBe(true);
    expect(rulePossible('.hit', usage)).toBe(true);
    expect(rulePossible('mark', usage)).toBe(true);
  });

  it('a custom property named in a string keeps its registration', () => {
    expect(withScript('el.style.setProperty("--tw-y","1")').mentions('--tw-y')).toBe(true);
    expect(withScript('let tw=1; tw-y').mentions('tw-y')).toBe(false);
  });
});
