/**
 * The one module that reads the content collections. Pages ask it questions; they never call
 * getCollection themselves. Built once per build and cached.
 */
import { getCollection } from 'astro:content';
import { buildCatalogue, type Catalogue } from './model';

let cached: Promise<Catalogue> | undefined;

async function load(): Promise<Catalogue> {
  const data = <T>(entries: { data: T }[]) => entries.map((e) => e.data);
  const [municipalities, themes, targetGroups, relatedDocuments, documents, goals, initiatives, cases] = await Promise.all([
    getCollection('municipalities').then(data),
    getCollection('themes').then(data),
    getCollection('targetGroups').then(data),
    getCollection('relatedDocuments').then(data),
    getCollection('documents').then(data),
    getCollection('goals').then(data),
    getCollection('initiatives').then(data),
    getCollection('cases').then(data),
  ]);
  return buildCatalogue({ municipalities, themes, targetGroups, relatedDocuments, documents, goals, initiatives, cases });
}

export function getCatalogue(): Promise<Catalogue> {
  return (cached ??= load());
}

export type { Catalogue } from './model';
export type * from './model';
