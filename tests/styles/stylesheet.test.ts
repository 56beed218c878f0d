/**
 * The global stylesheet (src/styles/): its palette, its fonts as plain values, and no utility
 * made from a word of code.
 *
 * The palette (src/styles/palette.css) is Tailwind's (node_modules/tailwindcss/theme.css) as every
 * screen shows it: a colour inside the sRGB gamut in hex, Tailwind's oklch() converted and rounded
 * to 8 bits (within one step per channel), any other as Tailwind's oklch(). A Tailwind update that
 * changes a colour fails here with the value to write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist';
import { ROOT } from '../support/real-content';

/** OKLCH (L 0–1) → linear sRGB, unclipped (Björn Ottosson's OKLab matrices). */
function oklchToLinearSrgb(l: number, c: number, h: number): number[] {
  const a = c * Math.cos((h * Math.PI) / 180);
  const b = c * Math.sin((h * Math.PI) / 180);
  const l3 = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m3 = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s3 = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l3 - 3.3077115913 * m3 + 0.2309699292 * s3,
    -1.2684380046 * l3 + 2.6097574011 * m3 - 0.3413193965 * s3,
    -0.0041960863 * l3 - 0.7034186147 * m3 + 1.707614701 * s3,
  ];
}
/** Linear sRGB → 8-bit sRGB (gamma encoded, clipped). */
const srgbBytes = (linear: number[]) =>
  linear.map((x) => {
    const v = Math.min(1, Math.max(0, x));
    return Math.round(255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055));
  });
/** Inside the sRGB gamut, up to half an 8-bit step. */
const inGamut = (linear: number[]) => linear.every((x) => x >= -0.5 / 255 && x <= 1 + 0.5 / 255);

const hex = (rgb: number[]) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const declarations = (css: string, value: string) =>
  new Map([...css.matchAll(new RegExp(`--color-([a-z]+-\\d+):\\s*(${value})\\s*;`, 'g'))].map((m) => [m[1]!, m[2]!]));

const tailwindTheme = readFileSync(join(createRequire(join(ROOT, 'package.json')).resolve('tailwindcss/package.json'), '..', 'theme.css'), 'utf8');
const tailwind = declarations(tailwindTheme, 'oklch\\([^)]*\\)');
const ours = declarations(readFileSync(join(ROOT, 'src/styles/palette.css'), 'utf8'), '#[0-9a-f]{6}|oklch\\([^)]*\\)');

describe('src/styles/palette.css', () => {
  it('holds whole Tailwind colour families', () => {
    expect(ours.size).toBeGreaterThanOrEqual(11);
    const families = new Set([...ours.keys()].map((k) => k.split('-')[0]!));
    for (const family of families) {
      const shades = [...tailwind.keys()].filter((k) => k.startsWith(`${family}-`));
      expect(shades.filter((k) => !ours.has(k)), family).toEqual([]);
    }
  });

  it('gives each colour as Tailwind’s: in hex where it is inside sRGB (within rounding), else Tailwind’s oklch()', () => {
    const wrong: string[] = [];
    let hexes = 0;
    for (const [name, value] of ours) {
      const theirs = tailwind.get(name) ?? '';
      const m = /^oklch\(([\d.]+)% ([\d.]+) ([\d.]+)\)$/.exec(theirs);
      if (!m) {
        wrong.push(`${name}: not a colour of Tailwind's theme.css`);
        continue;
      }
      const linear = oklchToLinearSrgb(Number(m[1]) / 100, Number(m[2]), Number(m[3]));
      const expected = srgbBytes(linear);
      const write = inGamut(linear) ? hex(expected) : theirs;
      if (value.startsWith('#')) {
        hexes++;
        const actual = [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));
        if (!inGamut(linear) || actual.some((v, i) => Math.abs(v - expected[i]!) > 1)) wrong.push(`src/styles/palette.css: --color-${name} is ${value}; write ${write}`);
      } else if (value !== theirs || inGamut(linear)) {
        wrong.push(`src/styles/palette.css: --color-${name} is ${value}; write ${write}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(hexes).toBeGreaterThan(ours.size / 2);
  });

  it('is read by the stylesheet after Tailwind, so that its values win', () => {
    const global = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
    expect(global.indexOf('@import "./palette.css";')).toBeGreaterThan(global.indexOf('@import "tailwindcss";'));
  });
});

describe('the stylesheets entry pages link', () => {
  it('write the colours of those families into the rules: they declare none that no custom CSS reads with var()', () => {
    const families = [...new Set([...ours.keys()].map((k) => k.split('-')[0]!))].join('|');
    const global = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
    const read = new Set([...global.matchAll(/var\(--color-([a-z]+-\d+)\)/g)].map((m) => m[1]!));
    const wrong: string[] = [];
    for (const url of ['/indsatser/hilleroed-2015-2018-indsats-4/', '/maal/hilleroed-2015-2018-maal-4/', '/cases/kl-2016-vejle-fast-track/']) {
      const html = readFileSync(join(DIST, url, 'index.html'), 'utf8');
      const sheet = /<link rel="stylesheet" href="([^"]+)">/.exec(html.replace(/<noscript>.*?<\/noscript>/gs, ''))?.[1];
      expect(sheet, url).toBeDefined();
      const css = readFileSync(join(DIST, sheet!), 'utf8');
      for (const m of css.matchAll(new RegExp(`--color-((?:${families})-\\d+):`, 'g'))) if (!read.has(m[1]!)) wrong.push(`${url} ${sheet}: ${m[0]}`);
    }
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
