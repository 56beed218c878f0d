/**
 * Real Danish queries and the page (or the anchor on a document page) each must find among the
 * first ten results of the search page. Used by tests/search/queries.test.ts and
 * scripts/bench-search.ts (recall@10).
 *
 * `top` tightens the rank where the issue asks for it: an initiative's own page is the best hit
 * for its initiative (rank 1), before the document that lists it.
 */
export interface SearchCase {
  query: string;
  /** What the query exercises. */
  kind: 'plural' | 'definite' | 'compound' | 'spelling' | 'synonym' | 'multi' | 'anchor' | 'name';
  /** The page that must be among the results: a path ("/indsatser/…/") … */
  page: string;
  /** … or, on a document page, the anchor a result must offer ("/dokumenter/…/#<entry id>"). */
  anchor?: string;
  /** The page must rank at or above this (default 10). */
  top?: number;
  /** The page must rank above this one when both are shown (an entry above its document page). */
  above?: string;
  /** Filters set with the query (URL parameters). */
  filters?: Record<string, string[]>;
}

const kert = '/dokumenter/kerteminde-integrationspolitik-2016/';
const hil12 = '/dokumenter/hilleroed-integrationshandlingsprogram-2012/';
const hil15 = '/dokumenter/hilleroed-integrationshandlingsprogram-2015-2018/';
const htk = '/dokumenter/hoeje-taastrup-integrationspolitik-2006/';
const kl = '/dokumenter/kl-kommunale-veje-til-god-integration-2016/';

export const SEARCH_CASES: SearchCase[] = [
  // Plural and definite forms (Danish stemming).
  { query: 'hurtig modtagelse af flygtningene', kind: 'definite', page: '/maal/hilleroed-2015-2018-maal-7/', top: 3 },
  { query: 'rundbordssamtalerne', kind: 'definite', page: '/indsatser/kerteminde-2016-uddannelse-3/', top: 1, above: kert },
  { query: 'flygtningefamilierne', kind: 'definite', page: '/cases/kl-2016-roskilde-traumer/', top: 1, above: kl },
  { query: 'boligerne', kind: 'definite', page: '/indsatser/kerteminde-2016-bosaetning-1/' },
  { query: 'venskabsfamilien', kind: 'definite', page: '/indsatser/hilleroed-2015-2018-indsats-6/', top: 3, above: hil15 },
  { query: 'praktikpladserne', kind: 'definite', page: '/indsatser/kerteminde-2016-job-og-erhvervsmuligheder-3/' },
  { query: 'mentorer', kind: 'plural', page: '/indsatser/kerteminde-2016-bosaetning-4/' },
  { query: 'helbredsvurderinger', kind: 'plural', page: '/cases/kl-2016-halsnaes-helbredsvurdering/', top: 1 },
  { query: 'iværksættere', kind: 'plural', page: '/indsatser/kerteminde-2016-uddannelse-5/', top: 3 },

  // Compounds: the tail of a compound finds it.
  { query: 'koordinator', kind: 'compound', page: '/indsatser/kerteminde-2016-uddannelse-1/', top: 3 },
  { query: 'afklaring', kind: 'compound', page: '/indsatser/kerteminde-2016-uddannelse-4/' },
  { query: 'familie', kind: 'compound', page: '/indsatser/hilleroed-2015-2018-indsats-6/' },
  { query: 'stimulering', kind: 'compound', page: '/indsatser/hilleroed-2015-2018-indsats-3/', top: 3, above: hil15 },
  { query: 'buskort', kind: 'compound', page: '/indsatser/kerteminde-2016-bosaetning-6/', top: 1 },
  { query: 'kort', kind: 'compound', page: '/indsatser/kerteminde-2016-bosaetning-6/' },
  { query: 'indsats foreningslivet', kind: 'compound', page: '/indsatser/hoeje-taastrup-2006-fritid-og-kultur-2b/' },
  { query: 'boligplacering', kind: 'compound', page: '/temaer/bolig/' },
  { query: 'mødre', kind: 'compound', page: '/indsatser/hilleroed-2012-indsats-4/' },

  // Spelling: æ/ø/å as ae/oe/aa or bare vowels, and back.
  { query: 'Hilleroed', kind: 'spelling', page: '/kommuner/hilleroed/', top: 1 },
  { query: 'Hillerod', kind: 'spelling', page: '/kommuner/hilleroed/', top: 1 },
  { query: 'smaaboern', kind: 'spelling', page: '/maal/hoeje-taastrup-2006-maal-boern-og-unge-1/', top: 1 },
  { query: 'born', kind: 'spelling', page: '/temaer/boern-og-skole/' },
  { query: 'aeldreplejen', kind: 'spelling', page: '/indsatser/hilleroed-2012-indsats-14/', top: 1 },
  { query: 'moedregrupper', kind: 'spelling', page: '/indsatser/hilleroed-2012-indsats-4/', top: 3 },
  { query: 'Hoeje-Taastrup', kind: 'spelling', page: '/kommuner/hoeje-taastrup/' },
  { query: 'Tåstrupgård', kind: 'spelling', page: '/indsatser/hoeje-taastrup-2006-boligsocial-2/', top: 1 },
  { query: 'Koege', kind: 'spelling', page: '/cases/kl-2016-koege-staerk-fra-start/' },

  // Synonyms from the municipal lexicon.
  { query: 'asylansøgere helbredsvurdering', kind: 'synonym', page: '/cases/kl-2016-halsnaes-helbredsvurdering/', top: 1 },
  { query: 'asylansøgere', kind: 'synonym', page: '/temaer/modtagelse/' },
  { query: 'job indvandrere', kind: 'synonym', page: '/maal/hilleroed-2015-2018-maal-4/' },
  { query: 'sport', kind: 'synonym', page: '/maal/hilleroed-2015-2018-maal-8/' },
  { query: 'nydanskere ungdomsuddannelse', kind: 'synonym', page: '/maal/hilleroed-2015-2018-maal-2/' },
  { query: 'rådgivning boligforhold', kind: 'synonym', page: '/indsatser/kerteminde-2016-bosaetning-2/', top: 1 },
  { query: 'velkomst flygtninge', kind: 'synonym', page: '/indsatser/hilleroed-2012-indsats-1/' },

  // Several words.
  { query: 'speeddating virksomheder', kind: 'multi', page: '/indsatser/kerteminde-2016-job-og-erhvervsmuligheder-4/', top: 1, above: kert },
  { query: 'fast track vejle', kind: 'multi', page: '/cases/kl-2016-vejle-fast-track/', top: 1 },
  { query: 'læseindsats dagtilbud', kind: 'multi', page: '/indsatser/hilleroed-2015-2018-indsats-3/', top: 1 },
  { query: 'gratis buskort', kind: 'multi', page: '/indsatser/kerteminde-2016-bosaetning-6/', top: 1 },
  { query: 'rygning børn', kind: 'multi', page: '/maal/hilleroed-2015-2018-maal-9/', top: 3 },
  { query: 'almen praksis bydelsmødre', kind: 'multi', page: '/indsatser/hilleroed-2015-2018-indsats-7/', top: 1 },
  { query: 'hillerød bolig', kind: 'multi', page: '/indsatser/hilleroed-2012-indsats-7/' },
  { query: 'bolig', kind: 'multi', page: '/indsatser/hilleroed-2012-indsats-8/', filters: { kommune: ['hilleroed'] } },

  // Anchors: a document page offers the goal, initiative or case the query matched in it.
  { query: 'rundbordssamtaler', kind: 'anchor', page: kert, anchor: 'kerteminde-2016-uddannelse-3' },
  { query: 'speeddating', kind: 'anchor', page: kert, anchor: 'kerteminde-2016-job-og-erhvervsmuligheder-4' },
  { query: 'nulenergihuse', kind: 'anchor', page: kl, anchor: 'kl-2016-roskilde-nulenergihuse' },
  { query: 'rygning', kind: 'anchor', page: hil15, anchor: 'hilleroed-2015-2018-maal-9' },
  { query: 'street art', kind: 'anchor', page: hil12, anchor: 'hilleroed-2012-indsats-17' },
  { query: 'FrameWork', kind: 'anchor', page: htk, anchor: 'hoeje-taastrup-2006-fritid-og-kultur-1a' },
  { query: 'omsorg', kind: 'anchor', page: htk, anchor: 'hoeje-taastrup-2006-maal-aeldre-1' },
  { query: 'traumatiserede familier', kind: 'anchor', page: hil12, anchor: 'hilleroed-2012-indsats-3' },
];

/** A case as a search page URL (/soeg/?q=…&kommune=…). */
export function caseUrl(c: SearchCase): string {
  const p = new URLSearchParams({ q: c.query });
  for (const [k, vs] of Object.entries(c.filters ?? {})) for (const v of vs) p.append(k, v);
  return `/soeg/?${p}`;
}

/** What one result list shows: each result's page and the anchors it offers, in rank order. */
export interface ShownResult {
  page: string;
  anchors: string[];
  /** It matches some of the query's words, not all. */
  partial?: boolean;
}

/** The rank (1-based) at which a case is found in the shown results, or undefined. */
export function rankOf(c: SearchCase, shown: ShownResult[]): number | undefined {
  const i = shown.findIndex((r) => r.page === c.page && (!c.anchor || r.anchors.includes(c.anchor)));
  return i === -1 ? undefined : i + 1;
}

/** What is wrong with where a case was found (rank limit, order), or undefined. */
export function rankProblem(c: SearchCase, shown: ShownResult[]): string | undefined {
  const rank = rankOf(c, shown);
  if (rank === undefined) return 'not in the first ten';
  if (c.top !== undefined && rank > c.top) return `rank ${rank}, wanted ≤ ${c.top}`;
  const other = c.above ? shown.findIndex((r) => r.page === c.above) + 1 : 0;
  if (other > 0 && other < rank) return `rank ${rank}, below ${c.above} (rank ${other})`;
  return undefined;
}
