/**
 * Screenshots of every page type at 375 px and 1280 px, light and dark, from the built site,
 * into screenshots/ (not committed). Run `npm run build` first, then `npm run screenshots`.
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
  status: '/om/status/',
  'nationale-maal': '/nationale-maal/',
  'nationalt-maal': '/nationale-maal/arbejde/',
};
const only = process.argv.slice(2);
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const server = await serveDist();
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
