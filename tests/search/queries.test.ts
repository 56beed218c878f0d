/**
 * The query set (tests/search/queries.ts) against the built index, through the real search page
 * in Chromium: recall@10 at least 0.95, every rank limit held, no console error or CSP violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newWatchedPage, openSite, type Site } from '../support/e2e';
import { runCase } from './drive';
import { rankOf, rankProblem, SEARCH_CASES } from './queries';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('Danish query set', () => {
  it('has at least 30 queries of every kind', () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(SEARCH_CASES.map((c) => c.kind));
    for (const k of ['plural', 'definite', 'compound', 'spelling', 'synonym', 'multi', 'anchor']) expect(kinds).toContain(k);
  });

  it('finds the expected page or anchor in the first ten results (recall@10 ≥ 0.95), within each rank limit', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 1280, height: 900 } });
    const missed: string[] = [];
    const tooLow: string[] = [];
    try {
      for (const c of SEARCH_CASES) {
        const shown = await runCase(page, site.url, c);
        const rank = rankOf(c, shown);
        const want = c.anchor ? `${c.page}#${c.anchor}` : c.page;
        if (rank === undefined) missed.push(`»${c.query}« (${c.kind}) → ${want}; shown: ${shown.map((r) => r.page).join(' ')}`);
        else if (rankProblem(c, shown)) tooLow.push(`»${c.query}« → ${want}: ${rankProblem(c, shown)}`);
      }
    } finally {
      await context.close();
    }
    const recall = (SEARCH_CASES.length - missed.length) / SEARCH_CASES.length;
    // Report every miss; fail below 0.95 or on any rank problem.
    expect({ recall: Number(recall.toFixed(3)), missed, tooLow }).toMatchObject({ tooLow: [] });
    expect(recall, `recall@10 ${recall.toFixed(3)}; missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    expect(problems).toEqual([]);
  });
});
