/**
 * The open data of this build, made once and shared by every endpoint under src/pages/data/ and
 * the Data page (which shows each file's size). The pure parts are build.ts, csv.ts and
 * schema.ts; this module only ties them to Astro.
 */
import { getCatalogue } from '../catalogue/catalogue';
import { buildOpenData, generatedAt } from './build';
import { CSV_FILES, type CsvName } from './csv';
import { measureRows } from './measures';
import { COLLECTION_KEYS, COLLECTIONS, type CatalogueExport, type CollectionKey } from './schema';

let cached: Promise<CatalogueExport> | undefined;

export function getOpenData(): Promise<CatalogueExport> {
  return (cached ??= getCatalogue().then((c) => buildOpenData(c, { site: import.meta.env.SITE ?? 'http://localhost:4321', generated: generatedAt() })));
}

/** Every data file the build writes, by its name under /data/, with what it holds. */
export type DataFileName = 'catalogue.json' | 'measures.json' | `${(typeof COLLECTIONS)[CollectionKey]['file']}.json` | `${CsvName}.csv`;

/**
 * The text of a data file. Made when asked and not kept: the files of a large catalogue are tens
 * of megabytes, and holding them for the rest of the build would cost that much memory (the
 * export tree itself shares its objects with the catalogue and is cheap to keep).
 */
export async function dataFileText(name: DataFileName): Promise<string> {
  const data = await getOpenData();
  if (name === 'catalogue.json') return JSON.stringify(data);
  if (name === 'measures.json') return JSON.stringify(measureRows(data));
  if (name.endsWith('.csv')) return CSV_FILES[name.slice(0, -4) as CsvName](data);
  const key = COLLECTION_KEYS.find((k) => `${COLLECTIONS[k].file}.json` === name);
  if (!key) throw new Error(`no data file ${name}`);
  return JSON.stringify(data[key]);
}

const sizes = new Map<DataFileName, Promise<number>>();
/** Texts made for their size and not yet written: the file's endpoint takes (and drops) it. */
const unwritten = new Map<DataFileName, Promise<string>>();

/**
 * The size in bytes of a data file (for the Data page), made once: from the text its endpoint
 * wrote, or from a text made now and kept until the endpoint writes it (each file is made once
 * per build, whichever of the two comes first; 4.6 s of a national build when made twice).
 */
export function dataFileSize(name: DataFileName): Promise<number> {
  let size = sizes.get(name);
  if (!size) {
    const text = dataFileText(name);
    unwritten.set(name, text);
    sizes.set(name, (size = text.then((t) => Buffer.byteLength(t))));
  }
  return size;
}

const TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' };

export async function dataFileResponse(name: DataFileName): Promise<Response> {
  const made = unwritten.get(name);
  unwritten.delete(name);
  const text = await (made ?? dataFileText(name));
  if (!sizes.has(name)) sizes.set(name, Promise.resolve(Buffer.byteLength(text)));
  return new Response(text, { headers: { 'Content-Type': TYPES[name.endsWith('.csv') ? 'csv' : 'json'] } });
}
