/** Document metadata the text shows: title, subtitle, type, period, date, adopting body. */
import { isHeading, type Block } from '../parse/blocks';
import { GOAL_HEADING, INITIATIVE_HEADING, STRUCTURAL, THEME_HEADING, TYPE_WORDS, VISION_HEADING } from './patterns';

export interface Metadata {
  title?: string;
  titleBlock?: number;
  subtitle?: string;
  subtitleBlock?: number;
  type: string;
  period?: { from: number; to?: number };
  dated?: string;
  adopted?: { date?: string; year?: number; by?: string; text?: string };
}

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "15. november 2006" / "28.01 2016" / "28.01.2016" / "2016-01-28" → ISO date, if real. */
export function isoDate(text: string): string | undefined {
  let m = /(\d{1,2})\.\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+((?:19|20)\d{2})/i.exec(text);
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[3])];
  else if ((m = /(\d{1,2})\.\s?(\d{1,2})[.\s-]\s?((?:19|20)\d{2})/.exec(text))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(text))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ADOPTED = /(?:godkendt|vedtaget|vedtog)\s+(?:af|i|på)\s+(?<by>(?:[\p{Lu}][\p{L}-]*\s+)*(?:[Bb]yråd(?:et)?|[Kk]ommunalbestyrelse(?:n)?|[\p{L}-]*[Uu]dvalg(?:et)?))(?:s møde)?\s*(?:den\s+)?(?<date>[\d.\s]+\s?(?:\p{L}+\s+)?(?:19|20)\d{2})?/u;

/** Read the metadata from the first blocks (title area) and the whole text (adoption). */
export function readMetadata(blocks: readonly Block[], pdfTitle?: string): Metadata {
  const meta: Metadata = { type: 'andet' };
  const head = blocks.slice(0, 25);
  const titleIndex = head.findIndex((b) => isHeading(b) && TYPE_WORDS.some(([re]) => re.test(b.text)) && !STRUCTURAL.test(b.text));
  const fallback = head.findIndex((b) => isHeading(b) && !STRUCTURAL.test(b.text) && b.text.length > 8);
  const index = titleIndex >= 0 ? titleIndex : fallback;
  if (index >= 0) {
    meta.title = blocks[index]!.text;
    meta.titleBlock = index;
    const next = blocks[index + 1];
    if (next && isHeading(next) && !STRUCTURAL.test(next.text) && next.text.length <= 100 && !/^(mål|indsats|initiativ|ad)/i.test(next.text) && ![GOAL_HEADING, VISION_HEADING, THEME_HEADING, INITIATIVE_HEADING].some((re) => re.test(next.text))) {
      meta.subtitle = next.text;
      meta.subtitleBlock = index + 1;
    }
  } else if (pdfTitle) meta.title = pdfTitle;
  const title = meta.title ?? '';
  meta.type = TYPE_WORDS.find(([re]) => re.test(title))?.[1] ?? 'andet';
  const range = /((?:19|20)\d{2})\s*[-–]\s*((?:19|20)?\d{2})\b/.exec(title);
  if (range) {
    const to = range[2]!.length === 2 ? Number(range[1]!.slice(0, 2) + range[2]) : Number(range[2]);
    meta.period = { from: Number(range[1]), to };
  } else {
    const year = /\b((?:19|20)\d{2})\b/.exec(title);
    if (year) meta.period = { from: Number(year[1]) };
  }
  for (const b of head) {
    const date = /\d/.test(b.text) && b.text.length < 200 ? isoDate(b.text) : undefined;
    if (date && !/(godkendt|vedtaget|besluttet)/i.test(b.text)) {
      meta.dated = date;
      break;
    }
  }
  for (const b of blocks) {
    if (b.cells) continue;
    const m = ADOPTED.exec(b.text);
    if (!m) continue;
    const sentence = b.text.slice(Math.max(0, b.text.lastIndexOf('.', m.index) + 1), m.index + m[0].length).trim();
    const date = m.groups!.date ? isoDate(m.groups!.date) : undefined;
    meta.adopted = { by: m.groups!.by!.trim(), text: sentence.replace(/^[\d\s.]+(?=\p{Lu})/u, '').trim(), ...(date ? { date } : {}) };
    break;
  }
  return meta;
}
