/** The compare page's UI strings, handed from the page (src/i18n/da.json) to its browser script. */
export interface CompareStrings {
  documents: string;
  goals: string;
  initiatives: string;
  cases: string;
  nothing: string;
  figure: string;
  deadline: string;
  tooFew: string;
  unknown: string;
  showing: string;
  failed: string;
}
