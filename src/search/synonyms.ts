/**
 * The search synonyms, content an editor extends: content/synonyms.yaml (schema:
 * src/collections/schemas/synonym.ts), published with the open data as /data/synonyms.json. The
 * index step reads them from the built site, so it indexes exactly what the site publishes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SynonymGroup } from '../collections/schemas';
import type { SynonymGroups } from './keywords';

/** Where the open data puts the synonyms, relative to the site root. */
export const SYNONYMS_FILE = 'data/synonyms.json';

/** A group's words and abbreviations as the index uses them: lowercase words ("ptsd"). */
export const groupWords = (g: Pick<SynonymGroup, 'words' | 'abbreviations'>): string[] => [...g.words, ...g.abbreviations.map((a) => a.toLowerCase())];

/** The synonym groups of a built site (none when it publishes no synonyms, e.g. a corpus without the file). */
export function readSynonyms(root: string): SynonymGroups {
  const file = join(root, SYNONYMS_FILE);
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const list = (Array.isArray(data) ? data : ((data as { entries?: unknown[] }).entries ?? [])) as SynonymGroup[];
  return list.map((g) => groupWords({ words: g.words, abbreviations: g.abbreviations ?? [] }));
}
