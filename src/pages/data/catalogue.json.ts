/** /data/catalogue.json: every entry of the catalogue, references resolved (src/lib/open-data/). */
import type { APIRoute } from 'astro';
import { dataFileResponse } from '../../lib/open-data';

export const GET: APIRoute = () => dataFileResponse('catalogue.json');
