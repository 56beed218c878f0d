/** /data/frister/<year>.json: one deadline year's entries, for the filters of /frister/<year>/ (src/follow-up/year-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n';
import { deadlineYears } from '../../../follow-up/deadline-pages';
import { getFollowUp } from '../../../follow-up/site';
import { yearEntries } from '../../../follow-up/year-data';

export const getStaticPaths = (async () => {
  const f = await getFollowUp();
  return deadlineYears(f.rows).map((y) => ({ params: { year: String(y.year) }, props: { y } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(yearEntries(props.y, t('deadlines.noMunicipality')))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
