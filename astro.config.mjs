// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import contentDev from './src/dev/content-dev.ts';
import cms from './src/cms/integration.ts';
import headers from './src/build/headers.ts';
import permalinks from './src/permalinks/integration.ts';
import sitemap from './src/build/sitemap.ts';
import lazyModule from './src/weight/lazy-module.ts';

/** The public base URL of the site: one setting (env SITE_URL overrides it at build time). */
const site = process.env.SITE_URL ?? 'https://integrationskataloget.dk';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Four pages rendered at a time: with one, astro build waited for each page's folder and file
  // to be written (10 % of its time idle in a --cpu-prof of the national corpus). Measured on the
  // national corpus (src/bench/astro-build.mjs, load 5–8, one run each): 97.3 s and 97.8 s with
  // one, 69.6 s and 84.0 s with four; pages are the same (every page is rendered on its own).
  build: { format: 'directory', concurrency: 4 },
  integrations: [mdx(), contentDev(), cms(), headers(), permalinks(), sitemap()],
  vite: { plugins: [tailwindcss(), lazyModule()] },
  devToolbar: { enabled: false },
});
