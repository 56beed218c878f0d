/** The follow-up chart (src/follow-up/chart.ts): accessible SVG, legend and table, drawn at build time. */
import { describe, expect, it } from 'vitest';
import { measureChart, niceTicks, yearTicks, type ChartInput } from '../../src/follow-up/chart';

/**
 * A small reader of the generated SVG (the generator writes one element per tag, attributes in
 * double quotes, no nesting beyond <svg>): elements by a selector-like attribute test.
 */
interface El {
  tag: string;
  attrs: Record<string, string>;
  text: string;
  getAttribute(name: string): string | undefined;
}
function elements(svg: string): El[] {
  const out: El[] = [];
  for (const m of svg.matchAll(/<(\w+)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>(?:([^<]*)<\/\1>)?/g)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) attrs[a[1]!] = a[2] ?? '';
    const text = (m[4] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    out.push({ tag: m[1]!, attrs, text, getAttribute: (name) => attrs[name] });
  }
  return out;
}
/** `[attr]`, `[attr="value"]`, `tag`, `tag#id`. */
function select(svg: string, selector: string): El[] {
  const m = selector.match(/^(\w+)?(?:#([\w-]+))?(?:\[([\w:-]+)(?:="([^"]*)")?\])?$/)!;
  return elements(svg).filter((e) => (!m[1] || e.tag === m[1]) && (!m[2] || e.attrs.id === m[2]) && (!m[3] || (m[3] in e.attrs && (m[4] === undefined || e.attrs[m[3]] === m[4]))));
}
const parse = (svg: string) => ({
  querySelector: (sel: string) => select(svg, sel)[0] ?? null,
  querySelectorAll: (sel: string) => select(svg, sel),
});

const hilleroed4: ChartInput = {
  id: 'hilleroed-2015-2018-maal-4-m1',
  description: 'Forskel i beskæftigelsesniveau',
  unit: 'procentpoint',
  baseline: { value: 25, year: 2013 },
  followUps: [],
  target: { value: 22, year: 2018 },
};

const svgOf = (input: ChartInput) => parse(measureChart(input).svg);

describe('measureChart', () => {
  it('is an image with a name and a description that give every figure', () => {
    const chart = measureChart({ ...hilleroed4, followUps: [{ year: 2016, value: 23.5 }] });
    const svg = parse(chart.svg);
    const root = svg.querySelector('svg')!;
    expect(root.getAttribute('role')).toBe('img');
    const [titleId, descId] = root.getAttribute('aria-labelledby')!.split(' ');
    expect(svg.querySelector(`title#${titleId}`)!.text).toContain('Forskel i beskæftigelsesniveau');
    const desc = svg.querySelector(`desc#${descId}`)!.text;
    expect(desc).toBe('Udgangspunkt 2013: 25 procentpoint; Opfølgning 2016: 23,5 procentpoint; Mål 2018: 22 procentpoint.');
    expect(chart.summary).toBe(desc);
  });

  it('has both axis labels, the deadline marked and labelled, and a mark for each value', () => {
    const svg = svgOf({ ...hilleroed4, followUps: [{ year: 2015, value: 24 }, { year: 2016, value: 23 }] });
    expect(svg.querySelector('[data-axis="y"]')!.text).toBe('procentpoint');
    expect(svg.querySelector('[data-axis="x"]')!.text).toBe('År');
    expect(svg.querySelector('[data-deadline="2018"]')).not.toBeNull();
    expect(svg.querySelectorAll('text').some((n) => n.text === 'Frist 2018')).toBe(true);
    expect(svg.querySelectorAll('[data-mark="followUp"]').map((n) => n.getAttribute('data-year'))).toEqual(['2015', '2016']);
    expect(svg.querySelectorAll('[data-mark="baseline"]')).toHaveLength(1);
    expect(svg.querySelectorAll('[data-mark="target"]')).toHaveLength(1);
    expect(svg.querySelector('[data-needed]')).not.toBeNull();
  });

  it('places later years further right and higher values higher up', () => {
    const svg = svgOf({ ...hilleroed4, followUps: [{ year: 2014, value: 24 }, { year: 2016, value: 26 }] });
    const [a, b] = svg.querySelectorAll('[data-mark="followUp"]').map((n) => ({ x: Number(n.getAttribute('cx')), y: Number(n.getAttribute('cy')) }));
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(b!.y).toBeLessThan(a!.y); // 26 is above 24
    const base = svg.querySelector('[data-mark="baseline"]')!;
    expect(Number(base.getAttribute('cx'))).toBeLessThan(a!.x);
  });

  it('lists the same figures as table rows, in time order, with the unit', () => {
    const { rows } = measureChart({ ...hilleroed4, followUps: [{ year: 2016, value: 23 }, { year: 2014, value: 24.5, source: 'Integrationsbarometer' }] });
    expect(rows.map((r) => [r.label, r.year, r.valueText])).toEqual([
      ['Udgangspunkt', 2013, '25 procentpoint'],
      ['Opfølgning', 2014, '24,5 procentpoint'],
      ['Opfølgning', 2016, '23 procentpoint'],
      ['Mål', 2018, '22 procentpoint'],
    ]);
    expect(rows[1]!.source).toBe('Integrationsbarometer');
  });

  it('says plainly when no follow-up is recorded, and has no follow-up in its legend then', () => {
    const chart = measureChart(hilleroed4);
    expect(chart.summary).toMatch(/ingen opfølgning registreret\.$/);
    expect(chart.legend.map((l) => l.kind)).toEqual(['baseline', 'target', 'deadline', 'needed']);
  });

  it('marks generated values in the description and draws them open', () => {
    const chart = measureChart({ ...hilleroed4, followUps: [{ year: 2016, value: 23, generated: true }] });
    expect(chart.summary).toContain('23 procentpoint (genereret testdata)');
    expect(chart.rows[1]!.generated).toBe(true);
    expect(parse(chart.svg).querySelector('[data-mark="followUp"]')!.getAttribute('class')).toContain('fill-white');
  });

  it('draws a zero line when values cross zero, with a real minus sign on the axis', () => {
    const svg = svgOf({ ...hilleroed4, unit: 'procentpoint', baseline: { value: -1.8, year: 2013 }, target: { value: 0.5, year: 2018 } });
    expect(svg.querySelector('[data-zero]')).not.toBeNull();
    expect(svg.querySelectorAll('text').some((n) => n.text.startsWith('−'))).toBe(true);
  });

  it('works without a baseline (target only) and when every value is the same', () => {
    const only = measureChart({ ...hilleroed4, baseline: undefined });
    expect(only.rows.map((r) => r.kind)).toEqual(['target']);
    expect(parse(only.svg).querySelector('[data-needed]')).toBeNull();
    const flat = svgOf({ ...hilleroed4, baseline: { value: 6, year: 2013 }, target: { value: 6, year: 2018 } });
    for (const n of flat.querySelectorAll('[cy]')) expect(Number.isFinite(Number(n.getAttribute('cy')))).toBe(true);
  });

  it('escapes text from the content and uses no inline style (CSP)', () => {
    const { svg } = measureChart({ ...hilleroed4, id: 'x', description: 'a < b & "c"', unit: '<%>' });
    expect(svg).toContain('a &lt; b &amp; &quot;c&quot;');
    expect(svg).toContain('&lt;%&gt;');
    expect(svg).not.toMatch(/style=|<script/);
  });
});

describe('axis ticks', () => {
  it('niceTicks covers the range with round steps', () => {
    expect(niceTicks(22, 25)).toEqual([22, 23, 24, 25]);
    expect(niceTicks(-1.8, 0)).toEqual([-2, -1.5, -1, -0.5, 0]);
    const flat = niceTicks(6, 6);
    expect(flat[0]).toBeLessThan(6);
    expect(flat[flat.length - 1]).toBeGreaterThan(6);
  });
  it('yearTicks labels every year of a short span and thins a long one, keeping both ends', () => {
    expect(yearTicks(2013, 2018)).toEqual([2013, 2014, 2015, 2016, 2017, 2018]);
    const long = yearTicks(2006, 2030);
    expect(long[0]).toBe(2006);
    expect(long[long.length - 1]).toBe(2030);
    expect(long.length).toBeLessThan(10);
  });
});
