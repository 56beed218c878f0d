/**
 * The open data, built from the catalogue (src/catalogue/model.ts): every entry as parsed,
 * plus its page URL and every id it names resolved to a name and a URL. Pure: tests build it from
 * the content files without Astro; the endpoints in src/pages/data/ serve it.
 *
 * Relations come from the catalogue's own lookups (computed once), so building the export is
 * linear in the number of entries.
 */
import { NATURAL_ORDER, type Catalogue, type CaseEntry, type GoalEntry, type InitiativeEntry } from '../catalogue/model';
import type { CatalogueDocument, Municipality, RelatedDocument, Term } from '../collections/schemas';
import { urls } from '../catalogue/urls';
import type { CatalogueExport, CollectionKey, ExportEntry } from './schema';
import { COLLECTION_KEYS, COLLECTIONS } from './schema';
import { REGISTRY, type CollectionSpec } from '../collections/registry';

export const SCHEMA_PATH = '/data/schema/export/catalogue.schema.json';

/** The terms of reuse, short; the Data page explains them. */
export const TERMS =
  'Kildeteksterne (ordret gengivet tekst) tilhører deres udgivere: kommunerne, KL og de andre udgivere, som hver post nævner. ' +
  'Kataloget gengiver dem med kildeangivelse (fil, sted og linjer i kilden). Genbrug af ordret tekst skal ske med samme kildeangivelse og på udgivernes vilkår. ' +
  'Katalogets egne tilføjelser (ids, titler skrevet af redaktionen, resuméer, temaer, målgrupper, noter og henvisninger mellem posterne) må genbruges frit med angivelse af Integrationskataloget som kilde.';

export interface OpenDataOptions {
  /** Base URL the site is built for (astro.config.mjs `site`, env SITE_URL). */
  site: string;
  /** ISO date-time written as `generated`. */
  generated: string;
}

export function buildOpenData(c: Catalogue, options: OpenDataOptions): CatalogueExport {
  const abs = (path: string) => new URL(path, options.site).href;

  const municipalityLink = (id: string | undefined) => {
    const m = id ? c.municipality(id) : undefined;
    return m ? { id: m.id, name: m.name, code: m.code, url: abs(urls.municipality(m.id)) } : null;
  };
  const documentLink = (id: string) => ({ id, title: c.document(id)?.title ?? id, url: abs(urls.document(id)) });
  const goalLink = (g: GoalEntry) => ({ id: g.id, ...(g.label ? { label: g.label } : {}), title: g.title, url: abs(urls.goal(g.id)) });
  const initiativeLink = (i: InitiativeEntry) => ({ id: i.id, ...(i.label ? { label: i.label } : {}), title: i.title, url: abs(urls.initiative(i.id)) });
  const caseLink = (x: CaseEntry) => ({ id: x.id, title: x.title, url: abs(urls.case(x.id)) });
  const relatedUrl = (id: string) => abs(`${urls.related()}#${id}`);
  const relatedLink = (r: RelatedDocument) => ({ id: r.id, title: r.title, url: relatedUrl(r.id) });
  const themeLinks = (ids: readonly string[]) =>
    ids.map((id) => ({ id, label: c.theme(id)?.label ?? id, url: abs(urls.theme(id)) }));
  const targetGroupRefs = (ids: readonly string[]) => ids.map((id) => ({ id, label: c.targetGroup(id)?.label ?? id }));
  const sectionLinks = (documentId: string, ids: readonly (string | undefined)[]) => {
    const d = c.document(documentId);
    return ids.flatMap((id) => {
      const s = id ? d?.sections.find((x) => x.id === id) : undefined;
      return s ? [{ id: s.id, title: s.title, url: abs(urls.inDocument(documentId, s.id)) }] : [];
    });
  };
  const municipalityOfDocument = (documentId: string) => municipalityLink(c.document(documentId)?.municipality);

  const municipalities = c.municipalities.map((m: Municipality) => ({
    ...m,
    url: abs(urls.municipality(m.id)),
    regionLabel: c.regionLabel(m.region),
    links: {
      documents: c.documentsOfMunicipality(m.id).map((d) => documentLink(d.id)),
      cases: c.casesOfMunicipality(m.id).map(caseLink),
      relatedDocuments: c.relatedOfMunicipality(m.id).map(relatedLink),
    },
  }));

  const themes = c.themes.map((t: Term) => ({ ...t, url: abs(urls.theme(t.id)), counts: c.themeCounts(t.id) }));
  const targetGroups = c.targetGroups.map((t: Term) => ({ ...t }));

  const documents = c.documents.map((d: CatalogueDocument) => ({
    ...d,
    url: abs(urls.document(d.id)),
    typeLabel: c.documentTypeLabel(d.type),
    links: {
      municipality: municipalityLink(d.municipality),
      themes: themeLinks(d.themes),
      sections: sectionLinks(d.id, d.sections.map((s) => s.id)),
      goals: c.goalsOfDocument(d.id).map(goalLink),
      initiatives: c.initiativesOfDocument(d.id).map(initiativeLink),
      cases: c.casesOfDocument(d.id).map(caseLink),
      relatedDocuments: c.relatedListedIn(d.id).map(relatedLink),
    },
  }));

  const goals = c.goals.map((g) => ({
    ...g,
    url: abs(urls.goal(g.id)),
    links: {
      document: documentLink(g.document),
      municipality: municipalityOfDocument(g.document),
      section: sectionLinks(g.document, [g.section])[0] ?? null,
      themes: themeLinks(g.themes),
      targetGroups: targetGroupRefs(g.targetGroups),
      initiatives: uniqueById(c.initiativesServing(g.id).map((s) => initiativeLink(s.initiative))),
    },
  }));

  const initiatives = c.initiatives.map((i) => {
    const resolved = c.goalsServedBy(i.id);
    const goalRefs = i.goals.map((ref, k) => ({
      ...ref,
      document: resolved[k]?.document ?? ref.document ?? i.document,
      resolved: (resolved[k]?.goals ?? []).map(goalLink),
    }));
    return {
      ...i,
      url: abs(urls.initiative(i.id)),
      goals: goalRefs,
      links: {
        document: documentLink(i.document),
        municipality: municipalityOfDocument(i.document),
        sections: sectionLinks(i.document, [i.section, ...i.sections]),
        themes: themeLinks(i.themes),
        targetGroups: targetGroupRefs(i.targetGroups),
        goals: uniqueById(goalRefs.flatMap((r) => r.resolved)),
      },
    };
  });

  const cases = c.cases.map((x) => ({
    ...x,
    url: abs(urls.case(x.id)),
    links: {
      document: documentLink(x.document),
      municipalities: x.municipalities.flatMap((id) => municipalityLink(id) ?? []),
      themes: themeLinks(x.themes),
      targetGroups: targetGroupRefs(x.targetGroups),
    },
  }));

  const relatedDocuments = c.relatedDocuments.map((r) => ({
    ...r,
    url: relatedUrl(r.id),
    links: { listedIn: documentLink(r.listedIn), municipality: municipalityLink(r.municipality) },
  }));

  // A fixed order, whatever order the content layer hands the entries in: municipalities by
  // their code; documents, goals, initiatives and cases in the catalogue's one order (by document,
  // section and number, numbers as numbers: "Mål 2" before "Mål 10"; catalogue-model.ts); the
  // taxonomies and related documents by id, numbers compared as numbers.
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => NATURAL_ORDER.compare(a.id, b.id));
  const collections = {
    municipalities: municipalities.sort((a, b) => a.code.localeCompare(b.code)),
    themes: byId(themes),
    targetGroups: byId(targetGroups),
    documents,
    goals,
    initiatives,
    cases,
    relatedDocuments: byId(relatedDocuments),
  } as Partial<Record<CollectionKey, { id: string }[]>>;
  // A collection without links of its own (a newer one) is published as parsed, with its page's URL.
  for (const key of COLLECTION_KEYS) {
    if (collections[key]) continue;
    const prefix = (REGISTRY[key] as CollectionSpec).urlPrefix;
    const entries = (c as unknown as Record<string, { id: string }[]>)[key] ?? [];
    collections[key] = byId(entries.map((e) => (prefix ? { ...e, url: abs(`${prefix}${e.id}/`) } : { ...e })));
  }
  const all = collections as { [K in CollectionKey]: ExportEntry<K>[] };
  return {
    $schema: abs(SCHEMA_PATH),
    name: 'Integrationskataloget',
    description: 'Danske kommuners integrationspolitikker og handlingsprogrammer, deres mål, indsatser og cases.',
    site: abs('/'),
    generated: options.generated,
    terms: TERMS,
    counts: Object.fromEntries(COLLECTION_KEYS.map((k) => [k, all[k].length])) as Record<CollectionKey, number>,
    ...all,
  };
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => !seen.has(x.id) && (seen.add(x.id), true));
}

/** The build time written into the files: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds. */
export function generatedAt(env: Record<string, string | undefined> = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now()).toISOString();
}

/** The file name of each collection under /data/. */
export const collectionFile = (key: CollectionKey) => COLLECTIONS[key].file;
