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
  build: { format: 'directory' },
  integrations: [mdx(), contentDev(), cms(), headers(), permalinks(), sitemap()],
  vite: { plugins: [tailwindcss(), lazyModule()] },
  devToolbar: { enabled: false },
});
