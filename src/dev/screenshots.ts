/**
 * Screenshots of every page type at 375 px and 1280 px, light and dark, from the built site,
 * into screenshots/ (not committed). Run `npm run build` first, then `npm run screenshots`.
 * `npm run screenshots -- NAME …` takes only the named pages; `-- --dist DIR` shoots another
 * build (e.g. the national corpus of `npm run bench`, .bench/out/large) and `-- --page NAME=PATH`
 * adds a page of that build (/frister/2017/3/ exists only at national scale).
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../../tests/support/browser';
import { serveDist } from '../../tests/support/server';

const pages: Record<string, string> = {
  forside: '/',
  kommuner: '/kommuner/',
  overblik: '/overblik/',
  kommune: '/kommuner/hilleroed/',
  dokument: '/dokumenter/hilleroed-integrationshandlingsprogram-2015-2018/',
  'dokument-ht': '/dokumenter/hoeje-taastrup-integrationspolitik-2006/',
  maal: '/maal/hilleroed-2015-2018-maal-4/',
  indsats: '/indsatser/hilleroed-2015-2018-indsats-4/',
  'indsats-ht': '/indsatser/hoeje-taastrup-2006-boligsocial-1/',
  case: '/cases/kl-2016-vejle-fast-track/',
  temaer: '/temaer/',
  tema: '/temaer/modtagelse/',
  indsatser: '/indsatser/',
  'indsatser-2': '/indsatser/2/',
  maalliste: '/maal/',
  succeskriterier: '/succeskriterier/',
  cases: '/cases/',
  dokumenter: '/dokumenter/',
  relaterede: '/relaterede-dokumenter/',
  om: '/om/',
  soeg: '/soeg/?q=venskabsfamilie',
  data: '/data/',
  tilgaengelighed: '/tilgaengelighed/',
  '404': '/findes-ikke/',
  frister: '/frister/',
  'frister-aar': '/frister/2018/',
  'frister-filter': '/frister/2008/?kommune=hoeje-taastrup&status=overdue',
  status: '/om/status/',
  'nationale-maal': '/nationale-maal/',
  'nationalt-maal': '/nationale-maal/arbejde/',
  sammenlign: '/sammenlign/?kommuner=hilleroed,hoeje-taastrup',
};
const args = process.argv.slice(2);
/** The values of an option given as `--name value` (any number of times), taken out of `args`. */
const option = (name: string) => {
  const values: string[] = [];
  for (let i = args.indexOf(name); i >= 0; i = args.indexOf(name)) values.push(args.splice(i, 2)[1] ?? '');
  return values;
};
const dist = option('--dist')[0];
const added = option('--page').map((x) => x.split('=') as [string, string]);
for (const [name, path] of added) pages[name] = path;
/** Pages named on the command line (and pages added with --page); none named: every page. */
const only = [...args, ...added.map(([name]) => name)];
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const server = await serveDist(dist);
const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(pages)) {
        if (only.length && !only.includes(name)) continue;
        await page.goto(server.url + path);
        // The search page renders its results after Pagefind answers.
        if (path.startsWith('/soeg/')) await page.waitForSelector('[data-search-results] li', { timeout: 10_000 });
        // The comparison page builds its columns from the municipalities' data files.
        if (path.startsWith('/sammenlign/')) await page.waitForSelector('[data-compare-results] section', { timeout: 10_000 });
        // A filtered deadline year lists its matches after reading the year's data.
        if (path.startsWith('/frister/') && path.includes('?')) await page.waitForSelector('[data-deadline-results]:not([hidden]) li', { timeout: 10_000 });
        await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: true });
      }
      await context.close();
    }
  }
  console.log(`Screenshots written to ${out}/`);
} finally {
  await browser.close();
  await server.close();
}
