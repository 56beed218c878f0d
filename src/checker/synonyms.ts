/**
 * Synonym rules (content/synonyms.yaml): a group none of whose words or abbreviations occurs in
 * the catalogue finds nothing (warning: it may be written ahead of the content that needs it),
 * and a word in two groups is ambiguous (error: the index would use one group only).
 */
import { foldDigraph, stem } from '../search/fold';
import type { CheckContext } from './model';

const WORD = /\p{L}+/gu;

/** Every word (folded, lowercase) of every text of the catalogue's entries other than the synonyms. */
function catalogueWords(ctx: CheckContext): string[] {
  const words = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const w of v.match(WORD) ?? []) words.add(foldDigraph(w));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const [collection, entries] of Object.entries(ctx.valid)) if (collection !== 'synonyms') for (const e of entries as { data: unknown }[]) walk(e.data);
  return [...words];
}

export function checkSynonyms(ctx: CheckContext): void {
  const groups = ctx.valid.synonyms;
  if (!groups.length) return;
  const words = catalogueWords(ctx);
  const exact = new Set(words);
  // A word occurs as itself, inflected or inside a compound ("helbredsvurderingen", "boligplacering").
  const occurs = (w: string) => {
    const s = stem(foldDigraph(w));
    return words.some((x) => x.includes(s));
  };
  const owner = new Map<string, string>();
  for (const g of groups) {
    const { id, words: members, abbreviations } = g.data;
    members.forEach((w, k) => {
      const other = owner.get(w);
      if (other !== undefined && other !== id) ctx.reportAt('synonym-duplicate', g, ['words', k], `"${w}" is in synonym group "${other}" too`);
      else owner.set(w, id);
    });
    if (!members.some(occurs) && !abbreviations.some((a) => exact.has(a.toLowerCase()))) {
      ctx.reportAt(
        'synonym-not-in-catalogue',
        g,
        ['words'],
        `no word of synonym group "${id}" (${[...members, ...abbreviations].join(', ')}) occurs in the catalogue, so the group finds nothing yet`,
      );
    }
  }
}
