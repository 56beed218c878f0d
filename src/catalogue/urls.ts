/**
 * Every URL the site builds, in one place. URLs are made from explicit, stable ids only.
 */
import { foldDigraph } from '../search/fold';

export const urls = {
  home: () => '/',
  municipalities: () => '/kommuner/',
  municipality: (id: string) => `/kommuner/${id}/`,
  documents: () => '/dokumenter/',
  document: (id: string) => `/dokumenter/${id}/`,
  goal: (id: string) => `/maal/${id}/`,
  initiative: (id: string) => `/indsatser/${id}/`,
  cases: () => '/cases/',
  case: (id: string) => `/cases/${id}/`,
  themes: () => '/temaer/',
  theme: (id: string) => `/temaer/${id}/`,
  related: () => '/relaterede-dokumenter/',
  about: () => '/om/',
  /** The open-data page; the files themselves are /data/<name>.json and .csv. */
  data: () => '/data/',
  accessibility: () => '/tilgaengelighed/',
  /** The search page; a search is a link: /soeg/?q=bolig&kommune=hilleroed. */
  search: () => '/soeg/',
  /** Anchor of an entry on its document page (the entry id is unique and stable). */
  inDocument: (documentId: string, entryId: string) => `/dokumenter/${documentId}/#${entryId}`,
};

/** Danish text to an ASCII slug: æ→ae, ø→oe, å→aa, other accents dropped ("Høje-Taastrup" → "hoeje-taastrup"). */
export function slugify(text: string): string {
  return foldDigraph(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
