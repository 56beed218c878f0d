/** /data/coverage.csv: the overview /overblik/ as a spreadsheet, one row per municipality, one column per theme. */
import type { APIRoute } from 'astro';
import { coverageFileResponse } from '../../coverage';

export const GET: APIRoute = () => coverageFileResponse('csv');
