/**
 * Deadlines, values and baselines in Danish sentences: "Inden udgangen af 2018", "i løbet af 2007",
 * "senest medio 2007", "I 2013 ligger Hillerød Kommune 1,8 procentpoint under landsgennemsnittet",
 * "mindst 30 mentorordninger", "falder fra 14,2 % til ca. 12 %".
 */

export interface DraftDeadline {
  year: number;
  text: string;
}

export interface DraftTarget {
  text: string;
  value?: number;
  unit?: string;
  comparator?: 'mindst' | 'højst' | 'ca.' | 'præcis';
  deadline?: DraftDeadline;
}

export interface DraftBaseline {
  value: number;
  year: number;
  text: string;
}

const YEAR = '((?:19|20)\\d{2})';
/** Deadline phrases, most specific first. */
const DEADLINES = [
  `(?:inden|ved|senest ved) udgangen af (?:(?:\\d\\.|første|andet|tredje|fjerde) (?:kvartal|halvår|halvdel af) )?${YEAR}`,
  `(?:inden|senest|i løbet af|fra og med|senest medio|medio|ultimo|primo|i første halvdel af|i anden halvdel af) ${YEAR}`,
  `(?:inden udgangen af|i|ved) \\d\\. kvartal ${YEAR}`,
  `(?:hvert år i )?${YEAR}\\s*[-–]\\s*${YEAR}`,
  `\\bi ${YEAR}`,
];

/** The deadline a sentence states, or undefined. */
export function findDeadline(sentence: string): DraftDeadline | undefined {
  for (const pattern of DEADLINES) {
    const m = new RegExp(pattern, 'iu').exec(sentence);
    if (m) {
      const years = m.slice(1).filter(Boolean).map(Number);
      return { year: Math.max(...years), text: m[0] };
    }
  }
  return undefined;
}

const NUMBER = '(\\d+(?:[.,]\\d+)?)';
const UNIT = '(procentpoint|pct\\.?-?point|%|pct\\.?|procent|karakterpoint|kr\\.?|borgere|personer|unge|elever|flygtninge|\\p{L}+)';

/** Parse "1,8" / "1.437" as a number (Danish decimal comma). */
export function danishNumber(text: string): number {
  return /,/.test(text) ? Number(text.replace(/\./g, '').replace(',', '.')) : Number(text);
}

/** The value a target sentence aims at ("til ca. 12 %", "mindst 30 mentorordninger", "40 etniske iværksættere"). */
export function findValue(sentence: string): Pick<DraftTarget, 'value' | 'unit' | 'comparator'> | undefined {
  const patterns: Array<[RegExp, DraftTarget['comparator'] | undefined]> = [
    [new RegExp(`\\btil (ca\\.|mindst|højst)?\\s*${NUMBER}\\s*${UNIT}`, 'iu'), undefined],
    [new RegExp(`\\b(mindst|min\\.|minimum|højst|maks\\.|maksimalt|ca\\.|cirka)\\s+${NUMBER}\\s*${UNIT}`, 'iu'), undefined],
    [new RegExp(`\\bmed ${NUMBER}\\s*${UNIT}`, 'iu'), 'præcis'],
    [new RegExp(`^(?:at\\s+)?${NUMBER}\\s*${UNIT}`, 'iu'), 'præcis'],
  ];
  for (const [pattern, fixed] of patterns) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const parts = m.slice(1);
    const hasWord = parts.length === 3;
    const word = hasWord ? parts[0] : undefined;
    const value = danishNumber(parts[hasWord ? 1 : 0]!);
    const unit = parts[hasWord ? 2 : 1]!;
    if (/^(19|20)\d{2}$/.test(String(value)) && !/[%]/.test(unit)) continue;
    const comparator = fixed ?? comparatorOf(word);
    return { value, unit: unit.toLowerCase() === 'pct.' || unit.toLowerCase() === 'procent' ? '%' : unit, ...(comparator && comparator !== 'præcis' ? { comparator } : {}) };
  }
  return undefined;
}

function comparatorOf(word: string | undefined): DraftTarget['comparator'] | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w.startsWith('mindst') || w.startsWith('min')) return 'mindst';
  if (w.startsWith('højst') || w.startsWith('maks')) return 'højst';
  if (w.startsWith('ca') || w.startsWith('cirka')) return 'ca.';
  return undefined;
}

/**
 * A baseline: a sentence that gives a year and a number in the past or present tense ("I 2013
 * ligger … 1,8 procentpoint under …", "… (54 %) … i 2013"). "under"/"lavere" makes it negative.
 */
export function findBaseline(sentence: string): DraftBaseline | undefined {
  const year = /\b(?:i|in)\s+((?:19|20)\d{2})\b/i.exec(sentence);
  if (!year) return undefined;
  if (/\b(skal|vil|bør)\b/i.test(sentence)) return undefined;
  const m = new RegExp(`${NUMBER}\\s*(procentpoint|%|karakterpoint)\\s*(under|over|lavere|højere)?`, 'iu').exec(sentence);
  if (!m) return undefined;
  const value = danishNumber(m[1]!) * (m[3] && /under|lavere/i.test(m[3]) ? -1 : 1);
  return { value, year: Number(year[1]), text: sentence.trim() };
}

/** Split a text into sentences (at ". " before a capital letter or a digit). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A target for a success criterion or indicator: its deadline and value where stated. */
export function targetOf(text: string): DraftTarget | undefined {
  const deadline = findDeadline(text);
  const value = findValue(text);
  if (!deadline && !value) return undefined;
  return { text, ...(value ?? {}), ...(deadline ? { deadline } : {}) };
}
