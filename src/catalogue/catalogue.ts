/**
 * The one module that reads the content collections (every collection of the registry). Pages ask it questions; they never call
 * getCollection themselves. Built once per build and cached.
 */
import { getCollection } from 'astro:content';
import { COLLECTION_NAMES } from '../collections/registry';
import { buildCatalogue, type Catalogue, type CatalogueInput } from './model';

let cached: Promise<Catalogue> | undefined;

async function load(): Promise<Catalogue> {
  const lists = await Promise.all(COLLECTION_NAMES.map(async (name) => [name, (await getCollection(name)).map((e) => e.data)] as const));
  return buildCatalogue(Object.fromEntries(lists) as CatalogueInput);
}

export function getCatalogue(): Promise<Catalogue> {
  return (cached ??= load());
}

export type { Catalogue } from './model';
export type * from './model';
