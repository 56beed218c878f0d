/**
 * The one module that reads the content collections. Pages ask it questions; they never call
 * getCollection themselves. Built once per build and cached.
 */
import { getCollection } from 'astro:content';
import { buildCatalogue, type Catalogue } from './catalogue-model';

let cached: Promise<Catalogue> | undefined;

async function load(): Promise<Catalogue> {
  const data = async <N extends Parameters<typeof getCollection>[0]>(name: N) =>
    (await getCollection(name)).map((e) => e.data);
  const [municipalities, themes, targetGroups, relatedDocuments, documents, goals, initiatives, cases] = await Promise.all([
    data('municipalities'),
    data('themes'),
    data('targetGroups'),
    data('relatedDocuments'),
    data('documents'),
    data('goals'),
    data('initiatives'),
    data('cases'),
  ]);
  return buildCatalogue({ municipalities, themes, targetGroups, relatedDocuments, documents, goals, initiatives, cases });
}

export function getCatalogue(): Promise<Catalogue> {
  return (cached ??= load());
}

export type { Catalogue } from './catalogue-model';
export type * from './catalogue-model';
