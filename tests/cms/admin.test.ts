/**
 * The editing interface in Chromium, on a copy of the content (never content/): `npm run dev`
 * serves Decap CMS at /admin/; an editor adds an initiative to a document, points it at one of the
 * document's goals, and saves. The initiatives file gains exactly that entry (the rest of the file
 * is unchanged), the checker's findings for the file are shown, `npm run check` passes, the new
 * page appears in the running dev server, and the admin made no request outside the dev server.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { connectBrowser, newContext } from '../support/e2e';
import { copyContent, type ContentCopy } from '../support/content-copy';
import { startDev, type DevServer } from '../support/dev-server';
import { ROOT } from '../support/real-content';

const DOC = 'hilleroed-integrationshandlingsprogram-2015-2018';
const INITIATIVES = `documents/${DOC}/initiatives.yaml`;
const ID = 'hilleroed-2015-2018-indsats-9';
/** The CMS renders a whole list file as one form: on a busy two-core machine that takes a while. */
const UI_TIMEOUT = 240_000;

let copy: ContentCopy;
let dev: DevServer;
let context: BrowserContext;
let page: Page;
const elsewhere: string[] = [];

beforeAll(async () => {
  copy = copyContent('catalogue-cms-e2e-');
  dev = await startDev(copy.content);
  const browser = await connectBrowser();
  context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(UI_TIMEOUT);
  page = await context.newPage();
  page.on('request', (r) => {
    if (!r.url().startsWith(dev.url) && !r.url().startsWith('data:')) elsewhere.push(r.url());
  });
}, 300_000);

afterAll(async () => {
  await context?.close();
  await dev?.stop();
  copy?.remove();
});

/** The last field with this name in the form (the one of the entry just added: it comes last). */
const last = (name: string) => page.locator(`[id^="${name}-field-"]`).last();

describe('the editing interface (npm run dev, /admin/)', () => {
  it('adds an initiative that serves a goal of its document; the file, the checker and the site agree', async () => {
    const before = readFileSync(join(copy.content, INITIATIVES), 'utf8');

    await page.goto(`${dev.url}/admin/`);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.goto(`${dev.url}/admin/#/collections/initiatives/entries/${DOC}`);
    await page.getByRole('button', { name: 'Tilføj indsats', exact: true }).click();
    await last('id').fill(ID);
    await last('number').fill('9');
    await last('label').fill('Indsats 9');
    await last('title').fill('Ny indsats fra redigeringen');
    await page.getByRole('button', { name: 'Tilføj mål', exact: true }).last().click();
    // The form speaks Danish (src/cms/danish.ts): the reference's fields carry Danish names.
    expect(await page.locator('label[for^="citedAs-field-"]').last().textContent()).toContain('Henvisningen i kilden');
    // The goal is picked from the document's own goals, by number and title.
    await last('goal').click();
    await page.keyboard.type('Mål 3');
    await page.locator('[id*="-option-"]', { hasText: /^Mål 3 Højere beskæftigelse/ }).first().click();
    await last('citedAs').fill('Mål 3');
    await last('file').fill('001_6aabdc5b922a8d1d.txt');
    await last('place').fill('Indsats 9');
    await page.getByRole('button', { name: 'Publicer', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publicer nu' }).click();

    // The checker's findings for the saved file, shown to the editor.
    const panel = page.locator('#cms-findings');
    await expect.poll(() => panel.getAttribute('data-state'), { timeout: UI_TIMEOUT }).toMatch(/^(ok|warning)$/);
    expect(await panel.innerText()).toContain(`content/${INITIATIVES}: 0 fejl`);

    // The file: the old text unchanged, then the new entry in the files' style.
    const after = readFileSync(join(copy.content, INITIATIVES), 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after.slice(before.trimEnd().length)).toBe(
      [
        '',
        '',
        `- id: ${ID}`,
        '  number: "9"',
        '  label: "Indsats 9"',
        '  title: "Ny indsats fra redigeringen"',
        '  goals:',
        '    - goal: 3',
        '      citedAs: "Mål 3"',
        '  source:',
        '    file: 001_6aabdc5b922a8d1d.txt',
        '    place: "Indsats 9"',
        '',
      ].join('\n'),
    );

    // npm run check passes on the edited content.
    const check = spawnSync('npx', ['tsx', 'scripts/check-references.ts'], {
      cwd: ROOT,
      env: { ...process.env, CATALOGUE_CONTENT_DIR: copy.content },
      encoding: 'utf8',
    });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);

    // The new page, in the running dev server.
    const site = await context.newPage();
    const heading = async () => {
      const response = await site.goto(`${dev.url}/indsatser/${ID}/`);
      return response?.ok() ? ((await site.locator('h1').textContent()) ?? '').replaceAll('\u00ad', '') : '';
    };
    await expect.poll(heading, { timeout: UI_TIMEOUT, interval: 1000 }).toContain('Ny indsats fra redigeringen');
    expect(await site.locator('main').innerText()).toMatch(/Mål 3/);

    expect(elsewhere).toEqual([]);
  }, 900_000);
});
