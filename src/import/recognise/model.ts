/**
 * What the import drafts: plain objects in the shape of the content schemas
 * (src/collections/schemas/), each entry marked `draft: true`, plus the review list.
 */
import type { DraftBaseline, DraftDeadline, DraftTarget } from './targets';

export interface DraftSource {
  file: string;
  place: string;
  lines: [number, number];
}

export interface DraftNote {
  kind: 'truncated' | 'source-error' | 'unclear' | 'editorial';
  text: string;
}

export interface DraftMeasure {
  description: string;
  unit: string;
  baseline?: DraftBaseline;
  target?: DraftTarget;
}

export interface DraftGoal {
  id: string;
  number?: number;
  label?: string;
  title: string;
  group?: string;
  section?: string;
  text: string;
  details: string[];
  measures: DraftMeasure[];
  deadline?: DraftDeadline;
  source: DraftSource;
  notes: DraftNote[];
}

export interface DraftGoalRef {
  goal?: number;
  from?: number;
  to?: number;
  citedAs: string;
  quote?: string;
  note?: string;
}

export interface DraftListItem {
  label?: string;
  text: string;
}

export interface DraftCriterion {
  label?: string;
  text: string;
  target?: DraftTarget;
}

export interface DraftInitiative {
  id: string;
  number?: string;
  label?: string;
  title: string;
  titleIsEditorial?: boolean;
  section?: string;
  text: string[];
  purpose?: string;
  strategy?: string;
  resources: DraftListItem[];
  activities: DraftListItem[];
  outputs: DraftListItem[];
  indicators: DraftListItem[];
  successCriteria: DraftCriterion[];
  targets: DraftTarget[];
  goals: DraftGoalRef[];
  goalsText: string[];
  source: DraftSource;
  notes: DraftNote[];
}

export interface DraftSection {
  id: string;
  kind: 'tema' | 'indsatsomraade' | 'afsnit';
  title: string;
  intro?: string;
}

export interface DraftDocument {
  id: string;
  municipality: string;
  title: string;
  subtitle?: string;
  type: string;
  summary: string;
  period?: { from: number; to?: number };
  adopted?: { date?: string; year?: number; by?: string; text?: string };
  dated?: string;
  vision: string[];
  sections: DraftSection[];
  goalsHeading?: string;
  source: DraftSource & { kind: 'dokument' };
  notes: DraftNote[];
}

/** Something the import could not place or is unsure of, with the source lines to look at. */
export interface ReviewItem {
  lines: [number, number];
  /** What to do or check, in Danish. */
  what: string;
  /** The entry it concerns, if any. */
  entry?: string;
  /** The source text (shortened). */
  excerpt?: string;
}

export interface ImportDraft {
  document: DraftDocument;
  goals: DraftGoal[];
  initiatives: DraftInitiative[];
  review: ReviewItem[];
}
