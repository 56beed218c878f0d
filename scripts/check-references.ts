/**
 * Content check (first version: schema validation with file:line). The reference rules are
 * added by issue #3.
 */
import { join } from 'node:path';
import { ContentReadError, loadContentFiles } from '../src/lib/content-files';
import { validateEntries } from '../src/lib/validate';

const contentDir = process.argv[2] ?? process.env.CATALOGUE_CONTENT_DIR ?? join(process.cwd(), 'content');
try {
  const loaded = loadContentFiles(contentDir);
  const { findings, valid } = validateEntries(loaded.entries);
  for (const f of findings) console.log(`${f.position.path}:${f.position.line}:${f.position.col}  error  ${f.message}  [schema]`);
  const counts = Object.entries(valid).map(([k, v]) => `${v.length} ${k}`).join(', ');
  console.log(`${findings.length} error(s) in ${loaded.files.length} files (${counts})`);
  process.exit(findings.length > 0 ? 1 : 0);
} catch (err) {
  if (err instanceof ContentReadError) {
    console.error(`${err.message}  [read]`);
    process.exit(2);
  }
  console.error(`checker failed: ${(err as Error).message}`);
  process.exit(2);
}
