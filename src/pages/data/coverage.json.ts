/** /data/coverage.json: entries per municipality, in total and per theme (src/coverage/export.ts); the numbers of /overblik/. */
import type { APIRoute } from 'astro';
import { coverageFileResponse } from '../../coverage';

export const GET: APIRoute = () => coverageFileResponse('json');
