/**
 * The status rules as Danish text for readers (/om/status/) and the label of each status, from the
 * same constants the rules use (status.ts), so the page can never state other thresholds than
 * those applied.
 */
import da from '../i18n/da.json';
import { STATUS_IDS, THRESHOLDS, type StatusId, type TargetStatus } from './status';

type Key = keyof typeof da;

const percent = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 1 });

/** 0.95 → "95 %" (Danish percent, with the non-breaking space Intl writes). */
export function formatShare(ratio: number): string {
  return percent.format(ratio);
}

/** The Danish label of a status, e.g. "frist passeret – ingen opfølgning registreret". */
export function statusLabel(id: StatusId): string {
  return da[`status.${id}` as Key];
}

/** One rule as shown on /om/status/. */
export interface StatusRule {
  id: StatusId;
  label: string;
  rule: string;
}

/** Every status with its label and its rule in Danish, thresholds filled in from THRESHOLDS. */
export function statusRules(): StatusRule[] {
  const fill = (text: string) =>
    text
      .replaceAll('{onTrack}', formatShare(THRESHOLDS.onTrack))
      .replaceAll('{moderate}', formatShare(THRESHOLDS.moderate))
      .replaceAll('{limited}', formatShare(THRESHOLDS.limited));
  return STATUS_IDS.map((id) => ({ id, label: statusLabel(id), rule: fill(da[`status.rule.${id}` as Key]) }));
}

/**
 * The status as a reader sees it next to a deadline: the label, and for "ikke på rette spor" how far
 * off, for "kan ikke vurderes" why ("ikke på rette spor (for langsomt)").
 */
export function statusText(s: Pick<TargetStatus, 'status' | 'grade' | 'reason'>): string {
  const label = statusLabel(s.status);
  if (s.status === 'off-track' && s.grade) return `${label} (${da[`status.grade.${s.grade}` as Key]})`;
  if (s.status === 'not-assessable' && s.reason) return `${label}: ${da[`status.reason.${s.reason}` as Key]}`;
  return label;
}
