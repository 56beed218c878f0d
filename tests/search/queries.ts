/**
 * Real Danish queries and the page (or the anchor on a document page) each must find among the
 * first ten results of the search page. Used by tests/search/queries.test.ts and
 * scripts/bench-search.ts (recall@10).
 *
 * `top` tightens the rank where the issue asks for it: an initiative's own page is the best hit
 * for its initiative (rank 1), before the document that lists it.
 *
 * The first 50 queries are the original set (issue 7); the rest were added for issue 14: single
 * words, inflections, spellings without æ/ø/å, multi-word queries, natural questions, typos,
 * synonyms and queries scoped to a municipality or theme. No query of the original set may rank
 * its page lower than its limit.
 */
export interface SearchCase {
  query: string;
  /** What the query exercises. */
  kind: 'single' | 'plural' | 'definite' | 'compound' | 'spelling' | 'synonym' | 'abbreviation' | 'multi' | 'question' | 'typo' | 'scoped' | 'anchor' | 'name';
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

  // ---- Added for issue 14 ------------------------------------------------------------------

  // Single words: the entry that is about the word, first.
  { query: 'rollemodelkorps', kind: 'single', page: '/indsatser/hilleroed-2012-indsats-13/', top: 1 },
  { query: 'nulenergihuse', kind: 'single', page: '/cases/kl-2016-roskilde-nulenergihuse/', top: 1 },
  { query: 'skoleboost', kind: 'single', page: '/cases/kl-2016-hedensted-skoleboost/', top: 1 },
  { query: 'brobygningsforløb', kind: 'single', page: '/indsatser/hilleroed-2015-2018-indsats-5/', top: 1 },
  { query: 'kontingentfri', kind: 'single', page: '/indsatser/kerteminde-2016-moedet-med-andre-medborgere-1/', top: 1 },
  { query: 'iværksætteri', kind: 'single', page: '/indsatser/kerteminde-2016-uddannelse-5/', top: 1 },
  { query: 'jobstøttementor', kind: 'single', page: '/indsatser/hilleroed-2015-2018-indsats-2/', top: 3 },
  { query: 'karaktergennemsnit', kind: 'single', page: '/maal/hilleroed-2015-2018-maal-6/', top: 1 },
  { query: 'bydelsmødre', kind: 'single', page: '/indsatser/hilleroed-2015-2018-indsats-7/', top: 3 },
  { query: 'mentor', kind: 'single', page: '/indsatser/hilleroed-2015-2018-indsats-2/', top: 5 },

  // Inflections.
  { query: 'sagsbehandleren', kind: 'definite', page: '/indsatser/kerteminde-2016-moedet-med-det-officielle-danske-system-1/', top: 3 },
  { query: 'praktikanterne', kind: 'definite', page: '/indsatser/hilleroed-2012-indsats-14/', top: 3 },
  { query: 'oplæringsstillingerne', kind: 'definite', page: '/indsatser/hilleroed-2012-indsats-20/', top: 3 },
  { query: 'velkomstordningen', kind: 'definite', page: '/indsatser/kerteminde-2016-bosaetning-3/', top: 3 },
  { query: 'boligforholdene', kind: 'definite', page: '/indsatser/kerteminde-2016-bosaetning-2/', top: 3 },

  // Without æ, ø and å.
  { query: 'staerk fra start', kind: 'spelling', page: '/cases/kl-2016-koege-staerk-fra-start/', top: 1 },
  { query: 'Halsnaes', kind: 'spelling', page: '/cases/kl-2016-halsnaes-helbredsvurdering/', top: 3 },
  { query: 'skoleboost flygtningeborn', kind: 'spelling', page: '/cases/kl-2016-hedensted-skoleboost/', top: 1 },
  { query: 'aeldre borgere indvandrerbaggrund', kind: 'spelling', page: '/indsatser/hilleroed-2015-2018-indsats-8/', top: 3 },
  { query: 'selvforsoergelse', kind: 'spelling', page: '/maal/hoeje-taastrup-2006-maal-selvforsoergelse-2/', top: 5 },
  { query: 'oplaeringsstillinger', kind: 'spelling', page: '/indsatser/hilleroed-2012-indsats-20/', top: 3 },

  // Several words: every word first, then most of them (issue 14's first row among them).
  { query: 'boligplacering af flygtninge', kind: 'multi', page: '/indsatser/kerteminde-2016-bosaetning-1/', top: 5 },
  { query: 'boligplacering af flygtninge', kind: 'multi', page: '/indsatser/hilleroed-2012-indsats-7/', top: 5 },
  { query: 'gratis buskort integrationsperioden', kind: 'multi', page: '/indsatser/kerteminde-2016-bosaetning-6/', top: 1 },
  { query: 'sund kost skoler', kind: 'multi', page: '/indsatser/hoeje-taastrup-2006-boern-og-unge-1/', top: 3 },
  { query: 'frivillige flygtningegrupper', kind: 'multi', page: '/cases/kl-2016-frivillige-flygtningegrupper/', top: 1 },
  { query: 'piger foreningslivet', kind: 'multi', page: '/indsatser/hoeje-taastrup-2006-fritid-og-kultur-2b/', top: 1 },
  { query: 'kampagne praktikpladser flygtninge', kind: 'multi', page: '/indsatser/kerteminde-2016-job-og-erhvervsmuligheder-3/', top: 1 },
  { query: 'traumatiserede flygtningefamilier roskilde', kind: 'multi', page: '/cases/kl-2016-roskilde-traumer/', top: 1 },
  { query: 'ældre etniske træningsforløb', kind: 'multi', page: '/indsatser/hilleroed-2012-indsats-5/', top: 1 },
  { query: 'fast sagsbehandler', kind: 'multi', page: '/indsatser/kerteminde-2016-moedet-med-det-officielle-danske-system-1/', top: 1 },
  { query: 'kompetenceudvikling folkeskolen', kind: 'multi', page: '/indsatser/hilleroed-2015-2018-indsats-4/', top: 1 },
  { query: 'beskæftigelse efterkommere', kind: 'multi', page: '/maal/hilleroed-2015-2018-maal-3/', top: 3 },
  { query: 'information integration hjemmeside', kind: 'multi', page: '/indsatser/kerteminde-2016-moedet-med-det-officielle-danske-system-2/', top: 3 },
  { query: 'frivillig café flygtninge', kind: 'multi', page: '/indsatser/kerteminde-2016-moedet-med-andre-medborgere-4/', top: 5 },
  { query: '"gratis buskort"', kind: 'multi', page: '/indsatser/kerteminde-2016-bosaetning-6/', top: 1 },

  // Natural questions: question and function words never make them fail.
  { query: 'hvordan modtager man flygtninge', kind: 'question', page: '/indsatser/hilleroed-2015-2018-indsats-1/', top: 5 },
  { query: 'hvordan modtager man flygtninge', kind: 'question', page: '/maal/hilleroed-2015-2018-maal-7/', top: 5 },
  { query: 'hvordan modtager man flygtninge', kind: 'question', page: '/indsatser/hilleroed-2012-indsats-1/', top: 5 },
  { query: 'hvordan får flygtninge en bolig', kind: 'question', page: '/indsatser/kerteminde-2016-bosaetning-1/', top: 5 },
  { query: 'hvad gør kommunen for ældre indvandrere', kind: 'question', page: '/indsatser/hilleroed-2015-2018-indsats-8/', top: 5 },
  { query: 'hvilke kommuner bruger mentorer', kind: 'question', page: '/indsatser/kerteminde-2016-bosaetning-4/', top: 3 },
  { query: 'hvordan hjælper frivillige flygtninge i foreningslivet', kind: 'question', page: '/indsatser/kerteminde-2016-moedet-med-andre-medborgere-5/', top: 3 },
  { query: 'hvad er fast track', kind: 'question', page: '/cases/kl-2016-vejle-fast-track/', top: 1 },
  { query: 'hvordan får flygtninge praktikpladser', kind: 'question', page: '/indsatser/kerteminde-2016-job-og-erhvervsmuligheder-3/', top: 3 },
  { query: 'hvad gør man med traumatiserede familier', kind: 'question', page: '/indsatser/hilleroed-2012-indsats-3/', top: 3 },
  { query: 'hvordan styrker man sproget i dagtilbud', kind: 'question', page: '/indsatser/hilleroed-2015-2018-indsats-3/', top: 3 },
  { query: 'hvem får en helbredsvurdering', kind: 'question', page: '/cases/kl-2016-halsnaes-helbredsvurdering/', top: 3 },
  { query: 'hvordan inddrages forældre i børns skolegang', kind: 'question', page: '/maal/hoeje-taastrup-2006-maal-boern-og-unge-3/', top: 3 },

  // Typos: the corrected query is searched at once.
  { query: 'intergration', kind: 'typo', page: '/maal/hilleroed-2015-2018-maal-8/' },
  { query: 'rundbordsamtaler', kind: 'typo', page: '/indsatser/kerteminde-2016-uddannelse-3/', top: 1 },
  { query: 'speeddateing', kind: 'typo', page: '/indsatser/kerteminde-2016-job-og-erhvervsmuligheder-4/', top: 1 },
  { query: 'venskabsfamilje', kind: 'typo', page: '/indsatser/hilleroed-2015-2018-indsats-6/', top: 3 },
  { query: 'helbredsvurdring', kind: 'typo', page: '/cases/kl-2016-halsnaes-helbredsvurdering/', top: 1 },
  { query: 'nulenergiehuse', kind: 'typo', page: '/cases/kl-2016-roskilde-nulenergihuse/', top: 1 },
  { query: 'skolebost', kind: 'typo', page: '/cases/kl-2016-hedensted-skoleboost/', top: 1 },
  { query: 'mødregruper', kind: 'typo', page: '/indsatser/hilleroed-2012-indsats-4/', top: 3 },
  { query: 'iværksæteri', kind: 'typo', page: '/indsatser/kerteminde-2016-uddannelse-5/', top: 3 },
  { query: 'bydelsmødere', kind: 'typo', page: '/indsatser/hilleroed-2015-2018-indsats-7/', top: 3 },
  { query: 'integrationskordinator', kind: 'typo', page: '/indsatser/kerteminde-2016-uddannelse-1/', top: 3 },
  { query: 'sagsbehanlder', kind: 'typo', page: '/indsatser/kerteminde-2016-moedet-med-det-officielle-danske-system-1/', top: 3 },
  { query: 'rollemodelkors', kind: 'typo', page: '/indsatser/hilleroed-2012-indsats-13/', top: 1 },
  { query: 'brobygingsforløb', kind: 'typo', page: '/indsatser/hilleroed-2015-2018-indsats-5/', top: 1 },
  { query: 'velkomsordning', kind: 'typo', page: '/indsatser/kerteminde-2016-bosaetning-3/', top: 3 },
  { query: 'karaktergenemsnit', kind: 'typo', page: '/maal/hilleroed-2015-2018-maal-6/', top: 1 },
  { query: 'gratis buskrot', kind: 'typo', page: '/indsatser/kerteminde-2016-bosaetning-6/', top: 1 },

  // Synonyms and abbreviations (content/synonyms.yaml).
  { query: 'helbredsundersøgelse', kind: 'synonym', page: '/cases/kl-2016-halsnaes-helbredsvurdering/', top: 5 },
  { query: 'helbredstjek', kind: 'synonym', page: '/cases/kl-2016-halsnaes-helbredsvurdering/', top: 5 },
  { query: 'PTSD', kind: 'abbreviation', page: '/cases/kl-2016-roskilde-traumer/', top: 5 },
  { query: 'udlændinge beskæftigelse', kind: 'synonym', page: '/maal/hilleroed-2015-2018-maal-4/', top: 5 },
  { query: 'daginstitution læseindsats', kind: 'synonym', page: '/indsatser/hilleroed-2015-2018-indsats-3/', top: 3 },
  { query: 'støtteperson', kind: 'synonym', page: '/indsatser/kerteminde-2016-bosaetning-4/' },
  { query: 'klub piger', kind: 'synonym', page: '/indsatser/hoeje-taastrup-2006-fritid-og-kultur-2b/', top: 3 },
  { query: 'socialrådgiver', kind: 'synonym', page: '/indsatser/kerteminde-2016-moedet-med-det-officielle-danske-system-1/' },
  { query: 'handlingsplan tosprogsområdet', kind: 'synonym', page: '/indsatser/hoeje-taastrup-2006-boern-og-unge-2/', top: 3 },
  { query: 'pensionister indvandrerbaggrund', kind: 'synonym', page: '/indsatser/hilleroed-2015-2018-indsats-8/', top: 3 },

  // Scoped to a municipality or a theme (a filter, or the name in the query).
  { query: 'mentor', kind: 'scoped', page: '/indsatser/hilleroed-2015-2018-indsats-2/', top: 3, filters: { kommune: ['hilleroed'] } },
  { query: 'danskundervisning', kind: 'scoped', page: '/maal/hoeje-taastrup-2006-maal-selvforsoergelse-1/', top: 3, filters: { kommune: ['hoeje-taastrup'] } },
  { query: 'frivillige', kind: 'scoped', page: '/indsatser/kerteminde-2016-moedet-med-andre-medborgere-5/', top: 3, filters: { kommune: ['kerteminde'] } },
  { query: 'flygtninge', kind: 'scoped', page: '/indsatser/hilleroed-2012-indsats-7/', top: 3, filters: { tema: ['bolig'] } },
  { query: 'rygning', kind: 'scoped', page: '/maal/hilleroed-2015-2018-maal-9/', top: 1, filters: { tema: ['sundhed'] } },
  { query: 'praktikpladser', kind: 'scoped', page: '/indsatser/hilleroed-2012-indsats-18/', top: 3, filters: { kommune: ['hilleroed'], type: ['indsats'] } },
  { query: 'flygtninge', kind: 'scoped', page: '/cases/kl-2016-roskilde-traumer/', filters: { region: ['sjaelland'], type: ['case'] } },
  { query: 'kerteminde buskort', kind: 'scoped', page: '/indsatser/kerteminde-2016-bosaetning-6/', top: 1 },
  { query: 'høje-taastrup ældre sundhed', kind: 'scoped', page: '/maal/hoeje-taastrup-2006-maal-aeldre-1/', top: 3 },
  { query: 'sundhed hillerød', kind: 'scoped', page: '/maal/hilleroed-2015-2018-maal-9/', top: 5 },
  { query: 'unge', kind: 'scoped', page: '/maal/hilleroed-2015-2018-maal-1/', filters: { tema: ['uddannelse'], kommune: ['hilleroed'] } },

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
