/** Breadcrumb trails: Forside › Kommuner › <kommune> › <dokument> › <entry>. */
import type { Crumb } from '../components/Breadcrumbs.astro';
import { t } from '../i18n';
import type { Catalogue } from './model';
import type { CatalogueDocument } from '../collections/schemas';
import { urls } from './urls';

export function crumbsForDocument(c: Catalogue, d: CatalogueDocument, last = false): Crumb[] {
  const m = d.municipality ? c.municipality(d.municipality) : undefined;
  const head: Crumb[] = m
    ? [{ label: t('nav.municipalities'), href: urls.municipalities() }, { label: m.name, href: urls.municipality(m.id) }]
    : [{ label: t('nav.documents'), href: urls.documents() }];
  return [...head, last ? { label: d.title } : { label: d.title, href: urls.document(d.id) }];
}

export function crumbsForEntry(c: Catalogue, documentId: string, label: string): Crumb[] {
  const d = c.document(documentId);
  return d ? [...crumbsForDocument(c, d), { label }] : [{ label }];
}
