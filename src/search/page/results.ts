/**
 * A search result as the page shows it (pure, no DOM): the kicker ("Indsats · Hillerød Kommune ·
 * 2015–2018"), the title and its link, the excerpt without the title, the document it is in, and
 * on a document page the goals, initiatives and cases the query matched in it.
 * src/search/page/dom.ts turns it into elements.
 */
import { excerptWords, stripKeywords, withoutTitle, type ExcerptWord } from '../markers';
import type { ResultData, SubResult } from './pagefind';

/** How many words of the query and the excerpts' marks go to the target page's highlighter. */
const HIGHLIGHT_WORDS = 12;
/** An excerpt shorter than this (after the title is taken out) is left out. */
const MIN_EXCERPT_WORDS = 4;
/** Sub-results a document result offers at most. */
const MAX_SUBS = 3;

export interface ResultLink {
  href: string;
  text: string;
}

export interface ResultView {
  /** The result matches some of the query's terms, not all (it follows those that match all). */
  partial?: boolean;
  /** "Indsats · Hillerød Kommune · 2015–2018", or undefined. */
  kicker?: string | undefined;
  title: ResultLink;
  excerpt?: ExcerptWord[] | undefined;
  /** "I dokumentet: …" */
  document?: string | undefined;
  subs: { link: ResultLink; excerpt?: ExcerptWord[] | undefined }[];
}

/** What the view needs from the page: filter labels (as the chips say them) and the UI words. */
export interface ResultContext {
  /** The label of a filter value as its chip says it ("indsats" → "Indsats"); the value itself when no chip has it. */
  label: (key: string, value: string) => string;
  /** "I dokumentet" */
  inDocument: string;
  /** "{name} Kommune" for a municipality's own entry. */
  municipalityName: (name: string) => string;
}

/** A result link, with the searched words for the highlighter on the target page. */
export function resultHref(url: string, highlight: string): string {
  const [path, hash] = url.split('#');
  return `${path}${highlight ? `?highlight=${encodeURIComponent(highlight)}` : ''}${hash ? `#${hash}` : ''}`;
}

/** The words to highlight on the target page: the query's and those the excerpt marked, lowercase, at most 12. */
export function highlightWords(query: string, words: readonly ExcerptWord[]): string {
  const marked = words.filter((w) => w.marked).map((w) => w.text.replace(/[^\p{L}\p{N}-]/gu, ''));
  return [...new Set([...query.split(/\s+/), ...marked].filter(Boolean).map((w) => w.toLowerCase()))].slice(0, HIGHLIGHT_WORDS).join(' ');
}

/** The sub-results worth showing: anchored ones, the three with the most weight, in page order. */
export function bestSubResults(subs: readonly SubResult[]): SubResult[] {
  const weight = (x: SubResult) => x.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  return subs
    .filter((x) => x.anchor?.id)
    .map((x, i) => ({ x, i, w: weight(x) }))
    .sort((a, b) => b.w - a.w)
    .slice(0, MAX_SUBS)
    .sort((a, b) => a.i - b.i)
    .map((e) => e.x);
}

/** Who a result is from: "Hillerød Kommune" for a municipality's own entry, else as recorded ("KL"). */
export function who(d: Pick<ResultData, 'meta' | 'filters'>, ctx: ResultContext): string | undefined {
  const name = d.meta.kommune;
  const only = d.filters.kommune?.length === 1 ? ctx.label('kommune', d.filters.kommune[0]!) : undefined;
  return name && name === only ? ctx.municipalityName(name) : name;
}

/** A word that ends a sentence (or a list item's heading: "Formål:"), not an abbreviation ("fx.", "m.fl."). */
const endsSentence = (w: string) => /[.!?:]["»«”)]*$/u.test(w) && !/^(\p{L}{1,3}\.)+$/u.test(w.replace(/["»«”)]+$/u, ''));

/**
 * Pagefind's excerpt is a window of words around the matches, cut anywhere. Trimmed to whole
 * sentences: the broken sentence before the first match and the one after the last match are
 * left out, where whole sentences with the matches remain (at least MIN_EXCERPT_WORDS words).
 */
export function sentences(words: readonly ExcerptWord[]): ExcerptWord[] {
  const first = words.findIndex((w) => w.marked);
  if (first === -1) return [...words];
  const last = words.findLastIndex((w) => w.marked);
  let start = 0;
  for (let i = first - 1; i >= 0; i--) {
    if (endsSentence(words[i]!.text)) {
      start = i + 1;
      break;
    }
  }
  let end = words.length;
  for (let i = last; i < words.length; i++) {
    if (endsSentence(words[i]!.text)) {
      end = i + 1;
      break;
    }
  }
  const out = words.slice(start, end);
  return out.length >= MIN_EXCERPT_WORDS ? out : [...words];
}

/** An excerpt without the title it would repeat, in whole sentences, or undefined when too little is left. */
function body(words: ExcerptWord[], title: string): ExcerptWord[] | undefined {
  const rest = sentences(withoutTitle(words, title));
  return rest.length >= MIN_EXCERPT_WORDS ? rest : undefined;
}

/** The view of one result for the query `query` (as typed); `partial` when it matches only some of the terms. */
export function resultView(d: ResultData, query: string, ctx: ResultContext, partial = false): ResultView {
  const words = excerptWords(d.excerpt);
  const highlight = highlightWords(query, words);
  const type = d.filters.type?.[0];
  const kicker = [type ? ctx.label('type', type) : undefined, who(d, ctx), d.meta.periode].filter(Boolean).join(' · ');
  const title = stripKeywords(d.meta.title ?? d.url);
  // A document page: offer the goals, initiatives and sections the query matched in it.
  const subs = d.url.startsWith('/dokumenter/') ? bestSubResults(d.sub_results) : [];
  return {
    ...(partial ? { partial } : {}),
    kicker: kicker || undefined,
    title: { href: resultHref(d.url, highlight), text: title },
    // The title is shown above: an excerpt that only repeats it is left out.
    excerpt: body(words, title),
    document: d.meta.dokument ? `${ctx.inDocument}: ${d.meta.dokument}` : undefined,
    subs: subs.map((sub) => {
      const subTitle = stripKeywords(sub.title);
      return { link: { href: resultHref(sub.url, highlight), text: subTitle }, excerpt: body(excerptWords(sub.excerpt), subTitle) };
    }),
  };
}
