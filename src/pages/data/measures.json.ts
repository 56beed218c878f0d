/** /data/measures.json: every measure, one row each (src/open-data/measures.ts); the same rows as measures.csv. */
import type { APIRoute } from 'astro';
import { dataFileResponse } from '../../open-data';

export const GET: APIRoute = () => dataFileResponse('measures.json');
