/** Ids for the generated corpus, made from Danish names. */
import { foldDigraph } from '../search/fold';

/** Danish text to an ASCII slug: æ→ae, ø→oe, å→aa, other accents dropped ("Høje-Taastrup" → "hoeje-taastrup"). */
export function slugify(text: string): string {
  return foldDigraph(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
