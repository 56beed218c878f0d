// Runs `astro build` through Astro's JavaScript API so the benchmark can give each corpus its own
// output folder and its own cache folder (the CLI has --outDir but no --cacheDir), and so
// concurrent builds in the same checkout do not share a content cache.
//   node src/bench/astro-build.mjs <outDir> <cacheDir>
// The content folder comes from CATALOGUE_CONTENT_DIR, as for `npm run build`.
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir) {
  console.error('usage: node src/bench/astro-build.mjs <outDir> <cacheDir>');
  process.exit(2);
}
await build({ outDir, cacheDir });
