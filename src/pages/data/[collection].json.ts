/** /data/<collection>.json: one collection as a JSON array (the same entries as in catalogue.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFileResponse, type DataFileName } from '../../open-data';
import { COLLECTION_KEYS, COLLECTIONS } from '../../open-data/schema';

export const getStaticPaths = (() => COLLECTION_KEYS.map((key) => ({ params: { collection: COLLECTIONS[key].file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => dataFileResponse(`${params.collection}.json` as DataFileName);
