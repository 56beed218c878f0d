/** ASCII ids made from Danish names: the generated corpus's and the import assistant's. */
import { foldDigraph } from '../search/fold';

/** Danish text to an ASCII slug: æ→ae, ø→oe, å→aa, other accents dropped ("Høje-Taastrup" → "hoeje-taastrup"). */
export function slugify(text: string): string {
  return foldDigraph(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
