/**
 * The global stylesheet (src/styles/): its palette, its fonts as plain values, and no utility
 * made from a word of code.
 *
 * The palette in sRGB hex (src/styles/palette.css) is Tailwind's palette as an sRGB screen shows
 * it: every value is Tailwind's oklch() colour (node_modules/tailwindcss/theme.css) converted to
 * sRGB, clipped to its gamut and rounded to 8 bits, within one step per channel. A Tailwind update
 * that changes a colour fails here with the value to write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist';
import { ROOT } from '../support/real-content';

/** OKLCH (L 0–1) → sRGB bytes, clipped to the gamut (Björn Ottosson's OKLab matrices). */
function oklchToSrgb(l: number, c: number, h: number): [number, number, number] {
  const a = c * Math.cos((h * Math.PI) / 180);
  const b = c * Math.sin((h * Math.PI) / 180);
  const l3 = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m3 = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s3 = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l3 - 3.3077115913 * m3 + 0.2309699292 * s3,
    -1.2684380046 * l3 + 2.6097574011 * m3 - 0.3413193965 * s3,
    -0.0041960863 * l3 - 0.7034186147 * m3 + 1.707614701 * s3,
  ];
  const encode = (x: number) => {
    const v = Math.min(1, Math.max(0, x));
    return Math.round(255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055));
  };
  return linear.map(encode) as [number, number, number];
}

const hex = (rgb: number[]) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const declarations = (css: string, value: string) =>
  new Map([...css.matchAll(new RegExp(`--color-([a-z]+-\\d+):\\s*(${value})\\s*;`, 'g'))].map((m) => [m[1]!, m[2]!]));

const tailwindTheme = readFileSync(join(createRequire(join(ROOT, 'package.json')).resolve('tailwindcss/package.json'), '..', 'theme.css'), 'utf8');
const tailwind = declarations(tailwindTheme, 'oklch\\([^)]*\\)');
const ours = declarations(readFileSync(join(ROOT, 'src/styles/palette.css'), 'utf8'), '#[0-9a-f]{6}');

describe('src/styles/palette.css', () => {
  it('holds whole Tailwind colour families', () => {
    expect(ours.size).toBeGreaterThanOrEqual(11);
    const families = new Set([...ours.keys()].map((k) => k.split('-')[0]!));
    for (const family of families) {
      const shades = [...tailwind.keys()].filter((k) => k.startsWith(`${family}-`));
      expect(shades.filter((k) => !ours.has(k)), family).toEqual([]);
    }
  });

  it('gives each colour as Tailwind’s oklch() value shows on an sRGB screen', () => {
    const wrong: string[] = [];
    for (const [name, value] of ours) {
      const m = /^oklch\(([\d.]+)% ([\d.]+) ([\d.]+)\)$/.exec(tailwind.get(name) ?? '');
      if (!m) {
        wrong.push(`${name}: not a colour of Tailwind's theme.css`);
        continue;
      }
      const expected = oklchToSrgb(Number(m[1]) / 100, Number(m[2]), Number(m[3]));
      const actual = [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));
      if (actual.some((v, i) => Math.abs(v - expected[i]!) > 1)) wrong.push(`src/styles/palette.css: --color-${name} is ${value}; write ${hex(expected)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('is read by the stylesheet after Tailwind, so that its values win', () => {
    const global = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
    expect(global.indexOf('@import "./palette.css";')).toBeGreaterThan(global.indexOf('@import "tailwindcss";'));
  });
});

describe('the built stylesheets', () => {
  it('declare the colours of those families in hex, none in oklch()', () => {
    const families = [...new Set([...ours.keys()].map((k) => k.split('-')[0]!))].join('|');
    const sheets = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    const wrong = sheets.flatMap((f) => [...readFileSync(join(DIST, '_astro', f), 'utf8').matchAll(new RegExp(`--color-(?:${families})-\\d+:oklch\\([^)]*\\)`, 'g'))].map((m) => `${f}: ${m[0]}`));
    expect(wrong).toEqual([]);
  });
});

describe('the utilities Tailwind makes', () => {
  it('include no "filter" utility: the word is in many scripts (Array.filter) and no page’s class', () => {
    const sheets = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    const wrong = sheets.filter((f) => /(^|[}\s,])\.filter\{|--tw-blur/.test(readFileSync(join(DIST, '_astro', f), 'utf8')));
    expect(wrong).toEqual([]);
  });
});

describe('the page fonts', () => {
  /** A font stack without quotes and spaces after commas, as the minified sheets write it. */
  const stack = (value: string) => value.replace(/["']/g, '').split(',').map((f) => f.trim()).join(',');
  const global = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
  const sans = stack(/--font-sans:\s*([^;]+);/.exec(global)![1]!);
  const mono = stack(/--font-mono:\s*([^;]+);/.exec(tailwindTheme)![1]!);

  it('are the site’s sans stack and Tailwind’s monospace stack, written once, with no fallback stack', () => {
    const sheets = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    const wrong: string[] = [];
    for (const f of sheets) {
      const css = readFileSync(join(DIST, '_astro', f), 'utf8');
      const html = /(?:^|[{}])html,:host\{[^}]*font-family:([^;}]+)/.exec(css)?.[1];
      const code = /code,kbd,samp,pre\{[^}]*font-family:([^;}]+)/.exec(css)?.[1];
      if (html !== undefined && stack(html) !== sans) wrong.push(`${f}: html font-family ${html}`);
      if (code !== undefined && stack(code) !== mono) wrong.push(`${f}: code font-family ${code}`);
      if (/var\(--default-(mono-)?font-[a-z-]+,/.test(css)) wrong.push(`${f}: a font fallback stack`);
    }
    expect(sheets.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});
