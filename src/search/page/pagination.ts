/** The result list's pages: ten results at a time, with "Vis flere resultater (n mere)". */

export const PAGE_SIZE = 10;

/** The next page of a list of `total` results of which `shown` are on screen. */
export function nextPage(total: number, shown: number): { from: number; to: number; left: number } {
  const to = Math.min(total, shown + PAGE_SIZE);
  return { from: shown, to, left: total - to };
}

/** How many the "more" button promises: the next page, at most PAGE_SIZE. */
export const moreCount = (left: number) => Math.min(left, PAGE_SIZE);
