/** /data/goals.csv, /data/initiatives.csv and /data/measures.csv: for spreadsheets (UTF-8 with BOM, ";", decimal comma). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFileResponse, type DataFileName } from '../../open-data';
import { CSV_FILES, type CsvName } from '../../open-data/csv';

export const getStaticPaths = (() => (Object.keys(CSV_FILES) as CsvName[]).map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => dataFileResponse(`${params.table}.csv` as DataFileName);
