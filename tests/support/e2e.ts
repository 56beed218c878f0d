/**
 * Shared set-up for the browser tests: the run's one Chromium and one server for dist/ (started
 * by tests/support/browser-setup.ts), contexts with generous timeouts, and a watcher that turns
 * every console error, page error, Content-Security-Policy violation and failed same-site request
 * into a test failure.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export interface Site {
  browser: Browser;
  /** Base URL of the served dist/, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Detaches from the shared browser (closing this file's contexts); the browser lives on. */
  close: () => Promise<void>;
}

/**
 * How long one browser action (a navigation, a wait for a state) may take before it fails. Waits
 * end as soon as their state holds; the limit only matters when something is broken, so it is
 * set for a busy two-core machine, below the browser project's test timeout (vitest.config.ts).
 */
export const ACTION_TIMEOUT = 60_000;

/** Attaches to the shared Chromium of this test run. */
export async function connectBrowser(): Promise<Browser> {
  const endpoint = inject('browserWsEndpoint');
  if (!endpoint) throw new Error('no shared browser: browser tests run in the "browser" project of vitest.config.ts, whose globalSetup starts Chromium');
  return chromium.connect(endpoint, { timeout: ACTION_TIMEOUT });
}

/** The built site served for this run, and the shared browser. */
export async function openSite(): Promise<Site> {
  const browser = await connectBrowser();
  return { browser, url: inject('siteUrl'), close: () => browser.close() };
}

/** A new browser context whose actions wait up to ACTION_TIMEOUT. */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(ACTION_TIMEOUT);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT);
  return context;
}

/** The page types of the site, one representative URL each. */
export const PAGE_TYPES: Record<string, string> = {
  forside: '/',
  kommuner: '/kommuner/',
  overblik: '/overblik/',
  kommune: '/kommuner/hilleroed/',
  dokumenter: '/dokumenter/',
  'dokument-hilleroed-2015': '/dokumenter/hilleroed-integrationshandlingsprogram-2015-2018/',
  'dokument-hoeje-taastrup': '/dokumenter/hoeje-taastrup-integrationspolitik-2006/',
  'dokument-kerteminde': '/dokumenter/kerteminde-integrationspolitik-2016/',
  maal: '/maal/hilleroed-2015-2018-maal-4/',
  indsats: '/indsatser/hilleroed-2015-2018-indsats-4/',
  'indsats-hoeje-taastrup': '/indsatser/hoeje-taastrup-2006-boligsocial-1/',
  cases: '/cases/',
  indsatser: '/indsatser/',
  'indsatser-side-2': '/indsatser/2/',
  'maal-liste': '/maal/',
  succeskriterier: '/succeskriterier/',
  case: '/cases/kl-2016-vejle-fast-track/',
  temaer: '/temaer/',
  tema: '/temaer/modtagelse/',
  relaterede: '/relaterede-dokumenter/',
  om: '/om/',
  tilgaengelighed: '/tilgaengelighed/',
  data: '/data/',
  '404': '/findes-ikke/',
  frister: '/frister/',
  'om-status': '/om/status/',
  'nationale-maal': '/nationale-maal/',
  'nationalt-maal': '/nationale-maal/arbejde/',
};

/**
 * Records everything that went wrong on pages of a context: console errors (Chromium reports a
 * blocked script, style, worker or WebAssembly compile there), uncaught page errors,
 * `securitypolicyviolation` events, and same-origin requests that failed or answered ≥ 400
 * (other than the deliberate 404 page).
 */
export async function watchContext(context: BrowserContext, origin: string): Promise<string[]> {
  const problems: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') {
        // The deliberate 404 page is logged as a failed load of the document itself.
        if (/status of 404/.test(m.text()) && /\/findes-ikke\//.test(m.location().url)) return;
        problems.push(`${page.url()}: console ${m.type()}: ${m.text()}`);
      }
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: page error: ${e.message}`));
    page.on('requestfailed', (r) => {
      if (r.url().startsWith(origin)) problems.push(`${page.url()}: request failed: ${r.url()} ${r.failure()?.errorText}`);
    });
    page.on('response', (r) => {
      if (!r.url().startsWith(origin) || r.status() < 400) return;
      if (r.status() === 404 && r.request().resourceType() === 'document' && /\/findes-ikke\//.test(r.url())) return;
      problems.push(`${page.url()}: ${r.status()} for ${r.url()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:') && r.url() !== 'about:blank') {
        problems.push(`${page.url()}: third-party request ${r.url()}`);
      }
    });
  };
  context.on('page', watch);
  return problems;
}

/** A new context of the shared browser with a watched page in it; `problems` fills as they happen. */
export async function newWatchedPage(site: Site, options: BrowserContextOptions = {}) {
  const context = await newContext(site.browser, options);
  const problems = await watchContext(context, site.url);
  const page = await context.newPage();
  return { context, page, problems };
}
