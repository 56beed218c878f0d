/**
 * `npm run bench:cms`: how long opening a document's initiatives file in the editing interface
 * (/admin/) takes, in the browser test harness: a dev server on a copy of the content
 * (tests/support/dev-server.ts) and a Chromium of its own. For RUNS runs (default 3) it opens the
 * file and measures, in the page, from the click on the file to the form being ready (its
 * "Tilføj indsats" button shown) and the main thread's long tasks (> 50 ms) in that time; it
 * prints every run, the median, the form's size and the load average.
 *
 *   npm run bench:cms [-- --doc <document id>] [-- --profile]   (--profile: where the time goes, by source file)
 */
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { launchBrowser } from '../tests/support/browser';
import { copyContent } from '../tests/support/content-copy';
import { startDev } from '../tests/support/dev-server';
import { decapDist } from '../src/cms/integration';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const DOC = arg('--doc') ?? 'hilleroed-integrationshandlingsprogram-2015-2018';
const RUNS = Number(process.env.RUNS ?? 3);
const PROFILE = args.includes('--profile');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

/** Self time by original source file (Decap's bundle has source maps), biggest first. */
function bySource(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): [string, number][] {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const maps = new Map<string, SourceMapConsumer | null>();
  const out = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    let where = url ? url.replace(/^.*\//, '') : `(${functionName || 'native'})`;
    const file = /\/admin\/decap\/([^?#]+)$/.exec(url)?.[1];
    if (file) {
      if (!maps.has(file)) {
        try {
          maps.set(file, new SourceMapConsumer(JSON.parse(readFileSync(join(decapDist(), `${file}.map`), 'utf8'))));
        } catch {
          maps.set(file, null);
        }
      }
      const pos = maps.get(file)?.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
      if (pos?.source) where = pos.source.replace(/^.*node_modules\//, '').replace(/^webpack:\/\/[^/]*\//, '');
    }
    out.set(where, (out.get(where) ?? 0) + ms);
  }
  return [...out].sort((a, b) => b[1] - a[1]);
}

async function main() {
  const copy = copyContent('catalogue-bench-cms-');
  const dev = await startDev(copy.content);
  const browser = await launchBrowser();
  try {
    const times: number[] = [];
    const blocked: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      context.setDefaultTimeout(600_000);
      const page = await context.newPage();
      await page.goto(`${dev.url}/admin/`);
      await page.getByRole('button', { name: 'Log ind' }).click();
      await page.goto(`${dev.url}/admin/#/collections/initiatives`);
      const link = page.locator(`a[href$="/collections/initiatives/entries/${DOC}"]`);
      await link.waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { __long: number[] };
        w.__long = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
      });
      const cdp = PROFILE && run === 1 ? await context.newCDPSession(page) : undefined;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
        await cdp.send('Profiler.start');
      }
      const start = await page.evaluate(() => performance.now());
      await link.click();
      await page.getByRole('button', { name: 'Tilføj indsats', exact: true }).waitFor({ state: 'visible' });
      const { end, long, fields } = await page.evaluate(() => ({
        end: performance.now(),
        long: (window as unknown as { __long: number[] }).__long,
        fields: document.querySelectorAll('input, textarea, select, [class*="-control"]').length,
      }));
      const ms = end - start;
      times.push(ms);
      blocked.push(long.reduce((a, b) => a + b, 0));
      console.log(
        `run ${run}: ${(ms / 1000).toFixed(1)} s to the form, main thread blocked ${(blocked.at(-1)! / 1000).toFixed(1)} s in ${long.length} long tasks (longest ${(Math.max(0, ...long) / 1000).toFixed(1)} s); ${fields} form controls; load ${load()}`,
      );
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        const total = bySource(profile as never);
        console.log('where the main thread spent the time (self time by source file, top 15):');
        for (const [where, t] of total.slice(0, 15)) console.log(`  ${(t / 1000).toFixed(2).padStart(7)} s  ${where}`);
      }
      await context.close();
    }
    console.log(`median of ${RUNS}: ${(median(times) / 1000).toFixed(1)} s to the form, ${(median(blocked) / 1000).toFixed(1)} s blocked (${DOC}); load ${load()}`);
  } finally {
    await browser.close();
    await dev.stop();
    copy.remove();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
