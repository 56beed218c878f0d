import { launchBrowser } from './tests/support/browser';
import { serveDist } from './tests/support/server';
const server = await serveDist(); const browser = await launchBrowser();
for (const w of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width: w, height: 200 } });
  await page.goto(server.url + '/kommuner/');
  await page.keyboard.press('Tab');
  await page.screenshot({ path: `/tmp/a11y-shots/skip${w}.png` });
}
await browser.close(); await server.close();
