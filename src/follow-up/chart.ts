/**
 * A measure's way from baseline through its follow-ups to its target, as an SVG drawn at build
 * time (no chart library, no script in the browser). Pure: returns the SVG markup, the legend and
 * the rows of the table that stands beside it with the same figures.
 *
 * The SVG is an image with a name and a description (`role="img"`, `<title>`, `<desc>`), axis
 * labels (the unit on the y axis, "År" on the x axis), the deadline as a dashed vertical line with
 * its label, the target as a diamond at the deadline, the baseline as an open circle and each
 * follow-up as a filled circle, joined by a line; a thin dashed line shows the pace needed from the
 * baseline to the target. Colours are Tailwind classes with dark variants, no inline style (CSP).
 */
import da from '../i18n/da.json';

type Key = keyof typeof da;
const t = (key: string) => da[`followUpChart.${key}` as Key];

const numberFmt = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
/** 1.8 → "1,8", −1.8 → "−1,8" (a real minus sign). */
export const formatValue = (n: number) => numberFmt.format(n).replace('-', '−');

/** One point of a follow-up. `generated` marks values a generator made up (test corpus only). */
export interface ChartFollowUp {
  year: number;
  value: number;
  generated?: boolean;
  source?: string;
}

export interface ChartInput {
  /** Unique within the page: the ids of `<title>` and `<desc>` are made from it. */
  id: string;
  /** What is measured, for the title. */
  description: string;
  unit: string;
  baseline?: { value: number; year: number };
  followUps: readonly ChartFollowUp[];
  target: { value: number; year: number };
}

export interface ChartRow {
  kind: 'baseline' | 'followUp' | 'target';
  /** "Udgangspunkt", "Opfølgning", "Mål". */
  label: string;
  year: number;
  value: number;
  /** "25 procentpoint". */
  valueText: string;
  generated?: boolean;
  source?: string;
}

export interface LegendItem {
  kind: 'baseline' | 'followUp' | 'target' | 'deadline' | 'needed';
  label: string;
  /** A small SVG symbol (14 × 14) of the mark. */
  symbol: string;
}

export interface Chart {
  svg: string;
  legend: LegendItem[];
  rows: ChartRow[];
  /** The chart in one sentence (also the SVG's <desc>). */
  summary: string;
}

/** A narrow drawing (360 wide), so its 13-unit text stays about 11 px on a 375 px phone. */
const W = 360;
const H = 220;
const M = { left: 52, right: 14, top: 20, bottom: 44 };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r = (n: number) => Math.round(n * 10) / 10;

/** Up to about `count` round tick values covering [lo, hi] (steps of 1, 2 or 5 × 10^n). */
export function niceTicks(lo: number, hi: number, count = 4): number[] {
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Number(v.toFixed(10)));
  if (ticks[ticks.length - 1]! < hi) ticks.push(Number((ticks[ticks.length - 1]! + step).toFixed(10)));
  return ticks;
}

/** Years to label on the x axis: every year, or every 2nd/5th/10th when the span is long (the drawing is narrow). */
export function yearTicks(first: number, last: number): number[] {
  const span = last - first;
  const step = span <= 6 ? 1 : span <= 12 ? 2 : span <= 30 ? 5 : 10;
  const years: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) years.push(y);
  if (!years.includes(first)) years.unshift(first);
  if (!years.includes(last)) years.push(last);
  return years;
}

const SYMBOLS = {
  baseline: '<circle cx="7" cy="7" r="5" class="fill-white stroke-slate-700 dark:fill-slate-900 dark:stroke-slate-200" stroke-width="2"/>',
  followUp: '<circle cx="7" cy="7" r="5" class="fill-brand-600 dark:fill-brand-300"/>',
  target: '<path d="M7 1 L13 7 L7 13 L1 7 Z" class="fill-accent-700 dark:fill-amber-300"/>',
  deadline: '<line x1="7" x2="7" y1="0" y2="14" class="stroke-slate-700 dark:stroke-slate-300" stroke-width="2" stroke-dasharray="3 2"/>',
  needed: '<line x1="0" x2="14" y1="10" y2="4" class="stroke-slate-500 dark:stroke-slate-400" stroke-width="1.5" stroke-dasharray="4 3"/>',
};
const symbol = (kind: keyof typeof SYMBOLS) => `<svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false">${SYMBOLS[kind]}</svg>`;

/** The chart of one measure. */
export function measureChart(input: ChartInput): Chart {
  const { unit, baseline, target } = input;
  const followUps = [...input.followUps].sort((a, b) => a.year - b.year);
  const withUnit = (v: number) => `${formatValue(v)} ${unit}`;

  const rows: ChartRow[] = [];
  if (baseline) rows.push({ kind: 'baseline', label: t('baseline'), year: baseline.year, value: baseline.value, valueText: withUnit(baseline.value) });
  for (const f of followUps) rows.push({ kind: 'followUp', label: t('followUp'), year: f.year, value: f.value, valueText: withUnit(f.value), generated: f.generated, source: f.source });
  rows.push({ kind: 'target', label: t('target'), year: target.year, value: target.value, valueText: withUnit(target.value) });

  const years = rows.map((row) => row.year);
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const xTicks = yearTicks(firstYear, lastYear);
  const yTicks = niceTicks(Math.min(...rows.map((row) => row.value)), Math.max(...rows.map((row) => row.value)));
  const yLo = yTicks[0]!;
  const yHi = yTicks[yTicks.length - 1]!;

  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const pad = 0.5; // half a year of room on each side, so a point is never on the frame
  const x = (year: number) => r(M.left + ((year - firstYear + pad) / (lastYear - firstYear + 2 * pad)) * plotW);
  const y = (v: number) => r(M.top + (1 - (v - yLo) / (yHi - yLo)) * plotH);

  const noFollowUp = followUps.length === 0 ? `; ${t('noFollowUp')}` : '';
  const summary = `${rows.map((row) => `${row.label} ${row.year}: ${row.valueText}${row.generated ? ` (${t('generated')})` : ''}`).join('; ')}${noFollowUp}.`;
  const titleId = `${input.id}-title`;
  const descId = `${input.id}-desc`;

  const parts: string[] = [];
  parts.push(`<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${esc(titleId)} ${esc(descId)}" class="h-auto w-full max-w-md overflow-visible" data-follow-up-chart>`);
  parts.push(`<title id="${esc(titleId)}">${esc(`${t('title')}: ${input.description}`)}</title>`);
  parts.push(`<desc id="${esc(descId)}">${esc(summary)}</desc>`);
  // Grid and y axis (values, with the unit as the axis label).
  for (const v of yTicks) {
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(v)}" y2="${y(v)}" class="stroke-slate-200 dark:stroke-slate-700" stroke-width="1"/>`);
    parts.push(`<text x="${M.left - 8}" y="${y(v) + 4}" text-anchor="end" class="fill-slate-700 text-[13px] dark:fill-slate-300">${esc(formatValue(v))}</text>`);
  }
  if (yLo < 0 && yHi > 0) parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(0)}" y2="${y(0)}" class="stroke-slate-500 dark:stroke-slate-400" stroke-width="1.5" data-zero/>`);
  parts.push(`<text transform="translate(12 ${r(M.top + plotH / 2)}) rotate(-90)" text-anchor="middle" class="fill-slate-800 text-[13px] font-semibold dark:fill-slate-200" data-axis="y">${esc(unit)}</text>`);
  // x axis (years).
  parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${M.top + plotH}" y2="${M.top + plotH}" class="stroke-slate-700 dark:stroke-slate-300" stroke-width="1"/>`);
  for (const year of xTicks) parts.push(`<text x="${x(year)}" y="${M.top + plotH + 18}" text-anchor="middle" class="fill-slate-700 text-[13px] dark:fill-slate-300">${year}</text>`);
  parts.push(`<text x="${r(M.left + plotW / 2)}" y="${H - 6}" text-anchor="middle" class="fill-slate-800 text-[13px] font-semibold dark:fill-slate-200" data-axis="x">${esc(t('year'))}</text>`);
  // Deadline.
  const dx = x(target.year);
  parts.push(`<line x1="${dx}" x2="${dx}" y1="${M.top}" y2="${M.top + plotH}" class="stroke-slate-700 dark:stroke-slate-300" stroke-width="2" stroke-dasharray="5 4" data-deadline="${target.year}"/>`);
  parts.push(`<text x="${dx - 6}" y="${M.top + 12}" text-anchor="end" class="fill-slate-800 text-[13px] dark:fill-slate-200">${esc(`${t('deadline')} ${target.year}`)}</text>`);
  // The pace needed, baseline → target.
  if (baseline) parts.push(`<line x1="${x(baseline.year)}" y1="${y(baseline.value)}" x2="${dx}" y2="${y(target.value)}" class="stroke-slate-500 dark:stroke-slate-400" stroke-width="1.5" stroke-dasharray="4 3" data-needed/>`);
  // Baseline → follow-ups.
  const path = [...(baseline ? [baseline] : []), ...followUps].map((p) => `${x(p.year)},${y(p.value)}`);
  if (path.length > 1) parts.push(`<polyline points="${path.join(' ')}" fill="none" class="stroke-brand-600 dark:stroke-brand-300" stroke-width="2.5"/>`);
  // Marks.
  parts.push(`<path d="M${dx} ${y(target.value) - 8} L${dx + 8} ${y(target.value)} L${dx} ${y(target.value) + 8} L${dx - 8} ${y(target.value)} Z" class="fill-accent-700 dark:fill-amber-300" data-mark="target"/>`);
  if (baseline) parts.push(`<circle cx="${x(baseline.year)}" cy="${y(baseline.value)}" r="6" class="fill-white stroke-slate-700 dark:fill-slate-900 dark:stroke-slate-200" stroke-width="2" data-mark="baseline"/>`);
  for (const f of followUps) {
    parts.push(`<circle cx="${x(f.year)}" cy="${y(f.value)}" r="5.5" class="${f.generated ? 'fill-white stroke-brand-600 dark:fill-slate-900 dark:stroke-brand-300' : 'fill-brand-600 dark:fill-brand-300'}" stroke-width="2" data-mark="followUp" data-year="${f.year}"/>`);
  }
  parts.push('</svg>');

  const legend: LegendItem[] = [];
  if (baseline) legend.push({ kind: 'baseline', label: t('baseline'), symbol: symbol('baseline') });
  if (followUps.length > 0) legend.push({ kind: 'followUp', label: t('followUp'), symbol: symbol('followUp') });
  legend.push({ kind: 'target', label: t('target'), symbol: symbol('target') });
  legend.push({ kind: 'deadline', label: t('deadline'), symbol: symbol('deadline') });
  if (baseline) legend.push({ kind: 'needed', label: t('needed'), symbol: symbol('needed') });

  return { svg: parts.join(''), legend, rows, summary };
}
