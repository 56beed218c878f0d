/**
 * Two projects, run one after the other:
 *   unit     – everything without a browser (content, checker, built output, server), in parallel;
 *   browser  – the tests that drive Chromium. Its globalSetup starts ONE Chromium and ONE server for
 *              dist/ for the whole run (tests/support/browser-setup.ts); at most BROWSER_WORKERS
 *              files drive it at a time, so a busy two-core machine is not asked for more.
 * Browser waits end on a state, never after a fixed time; the timeouts below only bound a failure.
 */
import { configDefaults, defineConfig } from 'vitest/config';

const BROWSER_TESTS = [
  'tests/e2e/**/*.test.ts',
  'tests/search/e2e.test.ts',
  'tests/search/queries.test.ts',
  'tests/search/issue-table.test.ts',
  'tests/lists/e2e.test.ts',
  'tests/coverage/e2e.test.ts',
  'tests/weight/computed-styles.test.ts',
  'tests/cms/admin.test.ts',
];
const BROWSER_WORKERS = Number(process.env.BROWSER_WORKERS ?? 2);

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...BROWSER_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER_TESTS,
          globalSetup: ['tests/support/browser-setup.ts'],
          maxWorkers: BROWSER_WORKERS,
          // After the unit project (a project with its own maxWorkers needs its own group).
          sequence: { groupOrder: 1 },
          testTimeout: 240_000,
          hookTimeout: 300_000,
          // expect.poll waits for a state in the page; its default of 1 s is a race under load.
          expect: { poll: { timeout: 60_000, interval: 50 } },
        },
      },
    ],
  },
});
