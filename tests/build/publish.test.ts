/**
 * `npm run build` publishes all or nothing: a failure at any step (content folder, check,
 * permalinks, astro build, search index) leaves the previous output folder byte-identical and no
 * half-built folder behind (also of the astro build that runs beside the checks); a failure inside
 * astro build names the content file and line.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingFiles, publish, REQUIRED_FILES, stagingDirFor } from '../../src/build/publish';
import { describeAstroFailure, parseAstroFailure } from '../../src/build/trace';
import { contentDir, contentDirProblem, lockFileFor } from '../../src/collections/content-dir';
import { copyContent, type ContentCopy } from '../support/content-copy';
import { ROOT } from '../support/real-content';

/** Every file under `dir` with the hash of its bytes, sorted: equal snapshots mean byte-identical folders. */
function snapshot(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const path = join(d, name);
      return statSync(path).isDirectory() ? walk(path) : [`${relative(dir, path)} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`];
    });
  return walk(dir).sort();
}

// Inside the project (Astro keeps its temporary server chunks inside an output folder only when
// that folder is under the working directory), in the ignored .astro/ folder.
const work = join(ROOT, '.astro', 'test-builds', `publish-${process.pid}`);
const out = join(work, 'site');
let before: string[];
const copies: ContentCopy[] = [];

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(out, 'kommuner', 'hilleroed'), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>Den sidste gode udgave</title>');
  writeFileSync(join(out, 'kommuner', 'hilleroed', 'index.html'), '<!doctype html><title>Hillerød</title>');
  before = snapshot(out);
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  for (const c of copies) c.remove();
});

function build(env: Record<string, string>) {
  const result = spawnSync('npm', ['run', 'build', '--', '--out', out], {
    cwd: ROOT,
    env: { ...process.env, CI: '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The build stopped at `step`, the previous site is byte-identical and no staging folder is left. */
function expectUntouched(result: { status: number | null; output: string }, step: string) {
  expect(result.status, result.output).toBe(1);
  expect(result.output).toContain(`build: stopped at step "${step}"`);
  expect(result.output).not.toContain('build: published');
  expect(snapshot(out)).toEqual(before);
  expect(readdirSync(work).filter((n) => n !== 'site')).toEqual([]);
}

function copy(): ContentCopy {
  const c = copyContent('catalogue-build-');
  copies.push(c);
  return c;
}

describe('a failed build leaves the last good site untouched', () => {
  it('at the content step: a folder that holds no document', () => {
    const empty = mkdtempSync(join(tmpdir(), 'catalogue-empty-'));
    try {
      const result = build({ CATALOGUE_CONTENT_DIR: empty });
      expect(result.output).toContain('holds no document');
      expectUntouched(result, 'content');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 60_000);

  it('at the check step: content that is not valid YAML', () => {
    const c = copy();
    c.replace('documents/hilleroed-integrationshandlingsprogram-2015-2018/goals.yaml', '- id: hilleroed-2015-2018-maal-4\n', '- id: hilleroed-2015-2018-maal-4\n   broken: [\n');
    const result = build({ CATALOGUE_CONTENT_DIR: c.content });
    expect(result.output).toMatch(/goals\.yaml:\d+:\d+/);
    expectUntouched(result, 'check');
    // astro build, started beside the checker, was stopped unheard: none of its output is shown.
    expect(result.output).not.toContain('[build]');
  }, 60_000);

  it('at the permalinks step: a published address that would disappear', () => {
    const c = copy();
    c.replace('documents/hilleroed-integrationshandlingsprogram-2015-2018/initiatives.yaml', '- id: hilleroed-2015-2018-indsats-4\n', '- id: hilleroed-2015-2018-indsats-4-ny\n');
    const result = build({ CATALOGUE_CONTENT_DIR: c.content });
    expect(result.output).toContain('/indsatser/hilleroed-2015-2018-indsats-4/ is in');
    expectUntouched(result, 'permalinks');
    expect(result.output).not.toContain('[build]');
  }, 60_000);

  it('at the astro step: Astro refuses the configuration (SITE_URL is not a URL)', () => {
    const result = build({ SITE_URL: 'ikke en adresse' });
    expect(result.output).toMatch(/astro build failed: .*Invalid URL/);
    expect(result.output).toContain('.astro/last-build.log');
    expectUntouched(result, 'astro');
  }, 120_000);

  it('at the search step, after a complete astro build', () => {
    const result = build({ CATALOGUE_BUILD_FAIL_AT: 'search' });
    expect(result.output).toContain('[build] Complete!');
    expectUntouched(result, 'search');
  }, 300_000);
});

describe('publishing', () => {
  it('swaps the staged folder in whole, and deletes the old site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalogue-publish-'));
    try {
      const target = join(dir, 'dist');
      mkdirSync(target);
      writeFileSync(join(target, 'old.html'), 'old');
      const staged = stagingDirFor(target, 'test');
      expect(dirname(staged)).toBe(dir);
      mkdirSync(staged);
      writeFileSync(join(staged, 'index.html'), 'new');
      publish(staged, target);
      expect(readdirSync(target)).toEqual(['index.html']);
      expect(readdirSync(dir)).toEqual(['dist']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the files a complete site must have and the built dist/ has them all', () => {
    expect(missingFiles(join(ROOT, 'dist'))).toEqual([]);
    expect(missingFiles(tmpdir())).toEqual([...REQUIRED_FILES]);
  });
});

describe('the content folder is decided in one place', () => {
  it('an empty CATALOGUE_CONTENT_DIR means content/, not the project root', () => {
    expect(contentDir({ CATALOGUE_CONTENT_DIR: '' }, ROOT)).toBe(join(ROOT, 'content'));
    expect(contentDir({ CATALOGUE_CONTENT_DIR: '  ' }, ROOT)).toBe(join(ROOT, 'content'));
    expect(contentDir({}, ROOT)).toBe(join(ROOT, 'content'));
    expect(contentDir({ CATALOGUE_CONTENT_DIR: '.bench/corpus' }, ROOT)).toBe(join(ROOT, '.bench/corpus'));
  });

  it('a missing folder or one without documents cannot be built; the project content can', () => {
    expect(contentDirProblem(join(ROOT, 'no-such-folder'))).toMatch(/does not exist/);
    expect(contentDirProblem(ROOT)).toMatch(/holds no document/);
    expect(contentDirProblem(join(ROOT, 'content'))).toBeUndefined();
  });

  it('the project content uses the committed lock; another folder carries its own', () => {
    expect(lockFileFor(join(ROOT, 'content'), ROOT)).toBe(join(ROOT, 'permalinks.lock.txt'));
    expect(lockFileFor('/x/corpus', ROOT)).toBe(resolve('/x/corpus/permalinks.lock.txt'));
  });
});

describe('a failure inside astro build', () => {
  const output = readFileSync(join(ROOT, 'tests/fixtures/build/astro-render-failure.txt'), 'utf8');

  it('is read from what Astro printed: the page and the message', () => {
    expect(parseAstroFailure(output)).toEqual({ page: '/dokumenter/kerteminde-integrationspolitik-2016/', message: 'Invalid time value' });
  });

  it('is reported at the content file and line of the entry the page is made from, without a stack trace', () => {
    const text = describeAstroFailure(output, join(ROOT, 'content'), '.astro/last-build.log');
    expect(text).toMatch(/^content\/documents\/kerteminde-integrationspolitik-2016\/document\.yaml:\d+:\d+  error  building the page \/dokumenter\/kerteminde-integrationspolitik-2016\/ .*Invalid time value/);
    expect(text).not.toMatch(/^\s+at /m);
  });

  it('names the page when it is not an entry page', () => {
    const text = describeAstroFailure('[ERROR] [build] Caught error rendering /om/: TypeError: x is undefined', join(ROOT, 'content'), 'log');
    expect(text).toMatch(/^building \/om\/ failed: x is undefined/);
  });
});
