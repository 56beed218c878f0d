/**
 * Every URL the site builds, in one place. URLs are made from explicit, stable ids only.
 */
import { REGISTRY, type CollectionName, type CollectionSpec } from '../collections/registry';

/** The page of an entry of a collection with pages: the registry's urlPrefix + id. */
const page = (collection: CollectionName, id: string): string => `${(REGISTRY[collection] as CollectionSpec).urlPrefix!}${id}/`;

export const urls = {
  home: () => '/',
  municipalities: () => '/kommuner/',
  municipality: (id: string) => page('municipalities', id),
  documents: () => '/dokumenter/',
  /** The list of every initiative, paginated: /indsatser/, /indsatser/2/ … (src/lists/). */
  initiatives: () => '/indsatser/',
  /** The list of every goal, paginated like the initiatives. */
  goals: () => '/maal/',
  /** The list of every success criterion of every initiative, paginated (entries, not deadlines). */
  criteria: () => '/succeskriterier/',
  document: (id: string) => page('documents', id),
  goal: (id: string) => page('goals', id),
  initiative: (id: string) => page('initiatives', id),
  cases: () => '/cases/',
  case: (id: string) => page('cases', id),
  themes: () => '/temaer/',
  theme: (id: string) => page('themes', id),
  related: () => '/relaterede-dokumenter/',
  about: () => '/om/',
  /** The open-data page; the files themselves are /data/<name>.json and .csv. */
  data: () => '/data/',
  accessibility: () => '/tilgaengelighed/',
  /** The search page; a search is a link: /soeg/?q=bolig&kommune=hilleroed. */
  search: () => '/soeg/',
  /** Page n of a paginated list whose first page is `first`: /indsatser/ (n = 1), /indsatser/2/ … */
  listPage: (first: string, n: number) => (n <= 1 ? first : `${first}${n}/`),
  /** The compare page; a comparison is a link: /sammenlign/?kommuner=hilleroed,hoeje-taastrup. */
  compare: (ids: readonly string[] = []) => (ids.length ? `/sammenlign/?kommuner=${ids.join(',')}` : '/sammenlign/'),
  /** One municipality's entries for the compare page. */
  municipalityDigest: (id: string) => `/data/kommuner/${id}.json`,
  /** Every target with a deadline, by year (src/follow-up/). */
  deadlines: () => '/frister/',
  /** The status rules. */
  statusRules: () => '/om/status/',
  nationalGoals: () => '/nationale-maal/',
  nationalGoal: (id: string) => `/nationale-maal/${id}/`,
  /** Anchor of an entry on its document page (the entry id is unique and stable). */
  inDocument: (documentId: string, entryId: string) => `${page('documents', documentId)}#${entryId}`,
};
