/** /data/kommuner/<id>.json: one municipality's entries by theme, for the compare page (src/compare/digest.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../catalogue/catalogue';
import { municipalityDigest } from '../../../compare/digest';

export const getStaticPaths = (async () => {
  const c = await getCatalogue();
  return c.municipalities.map((m) => ({ params: { id: m.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(`${JSON.stringify(municipalityDigest(await getCatalogue(), params.id!))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
