/**
 * The page-weight step over a built site: `tsx scripts/build-weight.ts [dist]`. Part of
 * `npm run build`, after the search index (see ./step.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lightenPages } from './step';

const root = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(root, 'index.html'))) {
  console.error(`build-weight: no built site in ${root}; run astro build first`);
  process.exit(2);
}
const started = Date.now();
try {
  const r = lightenPages(root);
  const kb = (file: string) => (gzipSync(readFileSync(join(root, file))).length / 1024).toFixed(1);
  const sizes = r.sheets.map((s) => Number(kb(s.file))).sort((a, b) => a - b);
  console.log(
    `weight: ${r.sheets.length} stylesheets for ${r.types} page types (${sizes[0] ?? 0}–${sizes.at(-1) ?? 0} KB gzip), ` +
      `${r.relinked} of ${r.pages} pages relinked, ${r.downloads} downloads written as files, in ${Date.now() - started} ms`,
  );
} catch (error) {
  console.error(`build-weight: ${(error as Error).message}`);
  process.exit(1);
}
