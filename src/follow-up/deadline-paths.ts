/**
 * getStaticPaths of the deadline years (src/pages/frister/[year]/[...page].astro): one path per
 * page of deadlinePages() (PAGE_SIZE rows a page; page 1 at /frister/<year>/, page n at
 * /frister/<year>/<n>/), the same pages the permalink lock is told about.
 */
import { deadlinePages, deadlineYears } from './deadline-pages';
import { getFollowUp } from './site';

/** Every page of every deadline year. */
export async function deadlineYearPaths() {
  const f = await getFollowUp();
  return deadlinePages(deadlineYears(f.rows)).map((page) => ({
    params: { year: String(page.year.year), page: page.n === 1 ? undefined : String(page.n) },
    props: { page },
  }));
}
