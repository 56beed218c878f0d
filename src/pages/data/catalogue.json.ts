/** /data/catalogue.json: every entry of the catalogue, references resolved (src/open-data/). */
import type { APIRoute } from 'astro';
import { dataFileResponse } from '../../open-data';

export const GET: APIRoute = () => dataFileResponse('catalogue.json');
