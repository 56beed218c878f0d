// temporary helper (not committed): node .shot-tmp.ts <path> <width> <scheme> <height> <out> [theme]
import { launchBrowser } from './tests/support/browser';
import { serveDist } from './tests/support/server';
const [path, width, scheme, height, out, theme] = process.argv.slice(2);
const server = await serveDist();
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme as 'light' | 'dark' });
if (theme) await ctx.addInitScript((t) => localStorage.setItem('theme', t), theme);
const page = await ctx.newPage();
await page.goto(server.url + path);
await page.screenshot({ path: out });
await browser.close(); await server.close();
