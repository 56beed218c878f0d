/** Short descriptive strings about entries (kickers, meta lines), derived from the catalogue. */
import type { Catalogue } from './model';
import type { CatalogueDocument } from '../collections/schemas';
import { municipalityName } from './labels';

/** "Hillerød Kommune · Handlingsprogram" or "KL · Katalog". */
export function documentKicker(c: Catalogue, d: CatalogueDocument): string {
  const m = d.municipality ? c.municipality(d.municipality) : undefined;
  const who = m ? municipalityName(m) : (d.municipality ?? d.publisher ?? '');
  return `${who} · ${c.documentTypeLabel(d.type)}`;
}

/** Who issued a document, for breadcrumbs and headings. */
export function issuerName(c: Catalogue, d: CatalogueDocument): string {
  return d.municipality ? (c.municipality(d.municipality)?.name ?? d.municipality) : (d.publisher ?? '');
}

/** The year a document belongs to, for sorting: its period, adoption, date or source date. */
export function documentYear(d: CatalogueDocument): number {
  return d.period?.from ?? d.adopted?.year ?? Number(d.adopted?.date?.slice(0, 4) ?? d.dated?.slice(0, 4) ?? d.source.date?.slice(0, 4) ?? 0);
}
