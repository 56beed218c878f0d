/** The labels and headings the recognisers look for, in the numbering styles Danish documents use. */

/** "Mål 3: …", "Målsætning 3. …", "Delmål 2 – …" at the start of a block. */
export const GOAL_LABEL = /^(?<label>(?:Mål|Målsætning|Delmål)\s+(?<n>\d{1,2}))(?!\d)\s*[:.–-]?\s*(?<rest>.*)$/iu;
/** "3. mål: …", "3. målsætning …". */
export const GOAL_LABEL_AFTER = /^(?<label>(?<n>\d{1,2})\.\s*(?:mål|målsætning))\b\s*[:.–-]?\s*(?<rest>.*)$/iu;
/** "Indsats 4: …", "Initiativ 4. …", "Tiltag 2 – …". */
export const INITIATIVE_LABEL = /^(?<label>(?:Indsats|Initiativ|Tiltag|Handling)\s+(?<n>\d{1,2}[a-zæøå]?))(?![\d])\s*[:.;–-]?\s*(?<rest>.*)$/iu;
/** "Ad 1. …", "Ad 1) …", "Ad. 4. …", "Ad2) …". */
export const AD_LABEL = /^(?<label>Ad\.?\s*(?<n>\d{1,2}[a-zæøå]?)\)?)\.?\s*(?<rest>.*)$/u;
/** "Mål: …" (an initiative's own aim), "Formål: …". */
export const PURPOSE = /^(?:Mål|Formål)\s*:\s*(?<rest>.+)$/iu;
/** "Aktiviteter: …" introducing an activity. */
export const ACTIVITY_PREFIX = /^Aktivitet(?:er)?\s*:\s*(?<rest>.+)$/iu;

/** A heading that opens a list of goals. */
export const GOAL_HEADING = /^(?:(?:vores|politiske|overordnede|konkrete)\s+)?(?:mål|målsætninger|mål og målsætninger|målsætning|delmål)\s*:?$/iu;
/** A heading or lead-in that opens a list of initiatives. */
export const INITIATIVE_HEADING = /\b(?:indsatser|initiativer|tiltag|handlinger)\b/iu;
/** An explicit theme heading: "Tema: Uddannelse", "Indsatsområde 2: Bolig", "Fokusområde – Job". */
export const THEME_HEADING = /^(?<kind>Tema|Indsatsområde|Fokusområde|Område)\s*\d*\s*[:.–-]\s*(?<title>.+)$/iu;
/** A heading for the vision. */
export const VISION_HEADING = /^(?:vores\s+)?vision(?:en)?\s*:?$/iu;

/** Headings that structure a part rather than name it. */
export const STRUCTURAL = /^(?:strategi(?:er)?|handleplan(?:er)?(?: og succeskriterier)?|succeskriteri(?:er|e|um)|indsatser|initiativer|indsatsområder|fokusområder|temaer|vision|forord|indledning|indhold|resultatmål)\s*:?$/iu;
export const ACTION_PLAN = /^(?:handleplan(?:er)?(?: og succeskriterier)?|aktiviteter|handlinger)\s*:?$/iu;
export const CRITERIA = /^succeskriteri(?:er|e|um)\s*:?$/iu;
export const STRATEGY = /^strategi(?:er)?\s*:?$/iu;

/** Logic-model columns: a table header cell → the initiative field it fills. */
export type ColumnKind = 'resources' | 'activities' | 'outputs' | 'indicators' | 'goals';
export function columnKind(header: string): ColumnKind | undefined {
  const h = header.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^(rammer|ressourcer|input)/.test(h)) return 'resources';
  if (/^aktivitet/.test(h)) return 'activities';
  if (/^(output|leverance)/.test(h)) return 'outputs';
  if (/^(indikator|resultat)/.test(h)) return 'indicators';
  if (/^(langsigtede?t? mål|mål|effekt|outcome)/.test(h)) return 'goals';
  return undefined;
}

/** Goal references in running text: "Mål 5", "mål 1-9", "målsætning 3". */
export const GOAL_REF = /\b(?<word>[Mm]ål(?:sætning)?)\s+(?<a>\d{1,2})(?:\s*[-–]\s*(?<b>\d{1,2}))?(?![\d,.]\d)/gu;

/** Document types by a word of the title. */
export const TYPE_WORDS: Array<[RegExp, string]> = [
  [/handlingsprogram|handleprogram/i, 'handlingsprogram'],
  [/handleplan|handlingsplan/i, 'handleplan'],
  [/strategi/i, 'strategi'],
  [/politik/i, 'politik'],
  [/aftale/i, 'aftale'],
  [/katalog/i, 'katalog'],
  [/notat/i, 'notat'],
  [/beretning|rapport/i, 'beretning'],
];
