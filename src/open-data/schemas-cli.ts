/**
 * Writes the JSON Schema files generated from the zod schemas (src/open-data/schema.ts):
 *
 *   public/data/schema/content/*.schema.json   for editors (content/*.yaml; see content/README.md)
 *   public/data/schema/export/*.schema.json    for the open-data files the build writes under /data/
 *
 *   npm run schemas            write them (after changing anything in src/collections/schemas/)
 *   npm run schemas -- --check exit 1 if a committed file differs from what the schemas give
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { allJsonSchemas, editorSettings } from './schema';

const ROOT = join(import.meta.dirname, '..', '..');
export const SCHEMA_DIR = join(ROOT, 'public', 'data', 'schema');
/** The editor settings that attach the schemas to the content files (VS Code's YAML extension). */
export const EDITOR_SETTINGS = join(ROOT, '.vscode', 'settings.json');
const check = process.argv.includes('--check');

const wanted = new Map(Object.entries(allJsonSchemas()).map(([path, schema]) => [path, `${JSON.stringify(schema, null, 2)}\n`]));
const present = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.json')).map((p) => p.split('\\').join('/')) : [];

const stale: string[] = [];
for (const [path, text] of wanted) {
  const file = join(SCHEMA_DIR, path);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
const settings = `${JSON.stringify(editorSettings(), null, 2)}\n`;
if ((existsSync(EDITOR_SETTINGS) ? readFileSync(EDITOR_SETTINGS, 'utf8') : undefined) !== settings) {
  stale.push(relative(SCHEMA_DIR, EDITOR_SETTINGS));
  if (!check) mkdirSync(dirname(EDITOR_SETTINGS), { recursive: true }), writeFileSync(EDITOR_SETTINGS, settings);
}
const extra = present(SCHEMA_DIR).filter((p) => !wanted.has(p));
if (!check) for (const p of extra) rmSync(join(SCHEMA_DIR, p));

const shown = relative(process.cwd(), SCHEMA_DIR);
if (check) {
  if (stale.length + extra.length > 0) {
    console.error(`${shown}: out of date (${[...stale, ...extra.map((p) => `${p} (no longer generated)`)].join(', ')})\n  run: npm run schemas`);
    process.exit(1);
  }
  console.log(`${shown}: ${wanted.size} JSON Schema files up to date`);
} else {
  console.log(`${shown}: ${wanted.size} JSON Schema files, ${stale.length} written, ${extra.length} removed`);
}
