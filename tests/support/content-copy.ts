/** A throw-away copy of the real content folder, for tests that edit content (renames, redirects). */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from './real-content';

export interface ContentCopy {
  /** The temporary folder; the content is in `content`. */
  dir: string;
  content: string;
  /** Replace `from` (which must occur exactly once) in a file under the content folder. */
  replace(file: string, from: string, to: string): void;
  /** Replace every occurrence of `from` (at least one) in a file under the content folder. */
  replaceAll(file: string, from: string, to: string): void;
  write(file: string, text: string): void;
  /** Rename a file or folder under the content folder. */
  move(from: string, to: string): void;
  remove(): void;
}

export function copyContent(prefix = 'catalogue-content-'): ContentCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  // A content folder other than the project's carries its own permalink lock (src/collections/content-dir.ts).
  cpSync(join(ROOT, 'permalinks.lock.txt'), join(content, 'permalinks.lock.txt'));
  return {
    dir,
    content,
    replace(file, from, to) {
      const path = join(content, file);
      const text = readFileSync(path, 'utf8');
      const count = text.split(from).length - 1;
      if (count !== 1) throw new Error(`expected "${from}" once in ${file}, found it ${count} times`);
      writeFileSync(path, text.replace(from, to));
    },
    replaceAll(file, from, to) {
      const path = join(content, file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(from)) throw new Error(`expected "${from}" in ${file}`);
      writeFileSync(path, text.split(from).join(to));
    },
    write(file, text) {
      writeFileSync(join(content, file), text);
    },
    move(from, to) {
      renameSync(join(content, from), join(content, to));
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * `astro build` of a content copy into `<copy>/dist` (returned), with its own cache folder so it
 * never shares Astro's content cache with another build running at the same time. Throws with
 * Astro's output when the build fails.
 */
export function buildCopy(copy: ContentCopy): string {
  const dist = join(copy.dir, 'dist');
  const config = join(copy.dir, 'astro.config.mjs');
  writeFileSync(config, `import base from ${JSON.stringify(join(ROOT, 'astro.config.mjs'))};\nexport default { ...base, outDir: ${JSON.stringify(dist)}, cacheDir: ${JSON.stringify(join(copy.dir, 'cache'))} };\n`);
  const build = spawnSync('npx', ['astro', 'build', '--root', ROOT, '--config', relative(ROOT, config)], {
    cwd: ROOT,
    env: { ...process.env, CATALOGUE_CONTENT_DIR: copy.content, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.stdout}\n${build.stderr}`);
  return dist;
}
