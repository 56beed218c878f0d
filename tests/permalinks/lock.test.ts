/**
 * The permalink lock (issue #5): a locked address that would no longer be built fails the check
 * with a message that says what to add, unless a redirect is declared; the lock only grows.
 * Runs the real command (scripts/permalinks.ts) on throw-away copies of the content.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/permalinks/cli';
import { buildPermalinks, checkLock, formatLock, parseLock, LOCK_FILE } from '../../src/permalinks/model';
import { permalinkInputFromCatalogue, readPermalinkInput } from '../../src/permalinks/input';
import { copyContent, type ContentCopy } from '../support/content-copy';
import { catalogueFrom, ROOT } from '../support/real-content';

const LOCK = join(ROOT, LOCK_FILE);
const DOC = 'hilleroed-integrationshandlingsprogram-2015-2018';
const OLD = 'hilleroed-2015-2018-indsats-4';
const NEW = 'hilleroed-2015-2018-indsats-4-kompetenceudvikling';
const INITIATIVES = `documents/${DOC}/initiatives.yaml`;

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, { out: (t) => (out += t), err: (t) => (err += t) }, {}, ROOT);
  return { code, out, err };
}

let copy: ContentCopy | undefined;
afterEach(() => {
  copy?.remove();
  copy = undefined;
});

/** A copy of the content in which Hillerød's Indsats 4 got a new id. */
function renamed(): ContentCopy {
  copy = copyContent();
  copy.replace(INITIATIVES, `- id: ${OLD}\n`, `- id: ${NEW}\n`);
  return copy;
}

describe('the committed lock', () => {
  it('holds every address the site builds now, and every one of them leads to a page', () => {
    const result = run(['check', '--strict']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/all \d+ locked addresses lead to a page/);
  });

  it('is sorted, one address per line, and holds every entry page and document anchor', () => {
    const { lines, problems } = parseLock(readFileSync(LOCK, 'utf8'));
    expect(problems).toEqual([]);
    const urls = lines.map((l) => l.url);
    expect(urls).toEqual([...urls].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain('/kommuner/hilleroed/');
    expect(urls).toContain(`/dokumenter/${DOC}/`);
    expect(urls).toContain(`/indsatser/${OLD}/`);
    expect(urls).toContain(`/dokumenter/${DOC}/#${OLD}`);
    expect(urls).toContain('/dokumenter/kerteminde-integrationspolitik-2016/#uddannelse');
    expect(urls).toContain('/');
    expect(urls.filter((u) => u.startsWith('/kommuner/') && u !== '/kommuner/')).toHaveLength(98);
  });
});

describe('renaming an id', () => {
  it('without a redirect fails, naming the address and what to add where', () => {
    const c = renamed();
    const result = run(['check', '--content', c.content, '--lock', LOCK]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`^${LOCK_FILE}:\\d+  error  /indsatser/${OLD}/ is in ${LOCK_FILE} but no initiative has the id "${OLD}" any more`, 'm'));
    expect(result.err).toContain(`redirectFrom: [${OLD}]`);
    expect(result.err).toContain(`in content/documents/${DOC}/initiatives.yaml`);
    // The new id is the one new initiative address: the message names it.
    expect(result.err).toContain(`probably "${NEW}"`);
    // The anchor on the document page breaks too, and the same fix keeps it working.
    expect(result.err).toContain(`the same fix also keeps /dokumenter/${DOC}/#${OLD} working`);
    expect(result.err).toMatch(/permalinks: 1 problem\b/);
  });

  it('with redirectFrom on the renamed entry passes, through a redirect for the page and the anchor', () => {
    const c = renamed();
    c.replace(INITIATIVES, `- id: ${NEW}\n`, `- id: ${NEW}\n  redirectFrom: [${OLD}]\n`);
    const result = run(['check', '--content', c.content, '--lock', LOCK]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/\(2 through a redirect\)/);

    const model = buildPermalinks(readPermalinkInput(c.content, ROOT).input);
    expect(model.pageRedirects.get(`/indsatser/${OLD}/`)?.to).toBe(`/indsatser/${NEW}/`);
    expect(model.pageRedirects.get(`/indsatser/${OLD}/`)?.where).toMatch(new RegExp(`${INITIATIVES}:\\d+$`));
    expect(model.anchorAliases.get(`/dokumenter/${DOC}/`)?.get(OLD)?.to).toBe(`/dokumenter/${DOC}/#${NEW}`);
  });

  it('with only a page redirect in content/redirects.yaml still fails for the anchor on the document page', () => {
    const c = renamed();
    c.write('redirects.yaml', `- from: /indsatser/${OLD}/\n  to: /indsatser/${NEW}/\n`);
    const result = run(['check', '--content', c.content, '--lock', LOCK]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`/dokumenter/${DOC}/#${OLD} is in ${LOCK_FILE} but the anchor #${OLD} is no longer on /dokumenter/${DOC}/`);
    expect(result.err).toContain(`redirectFrom: [${OLD}]`);
    expect(result.err).not.toContain(`/indsatser/${OLD}/ is in`);
  });

  it('of a removed entry passes with a page rule and an anchor rule in content/redirects.yaml', () => {
    copy = copyContent();
    const text = readFileSync(join(copy.content, INITIATIVES), 'utf8');
    const start = text.indexOf(`- id: ${OLD}\n`);
    const end = text.indexOf('\n- id: ', start + 1);
    copy.write(INITIATIVES, text.slice(0, start) + text.slice(end + 1));
    copy.write(
      'redirects.yaml',
      `# Indsats 4 removed\n- from: /indsatser/${OLD}/\n  to: /dokumenter/${DOC}/\n- from: /dokumenter/${DOC}/#${OLD}\n  to: /dokumenter/${DOC}/#indsatser\n`,
    );
    const result = run(['check', '--content', copy.content, '--lock', LOCK]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
  });

  it('of a whole document (folder and id) passes with redirectFrom on the document; its anchors follow', () => {
    copy = copyContent();
    const old = 'hilleroed-integrationshandlingsprogram-2012';
    const renamedDoc = 'hilleroed-integrationshandlingsprogram-2012-2013';
    copy.move(`documents/${old}`, `documents/${renamedDoc}`);
    copy.replace(`documents/${renamedDoc}/document.yaml`, `id: ${old}\n`, `id: ${renamedDoc}\n`);
    const without = run(['check', '--content', copy.content, '--lock', LOCK]);
    expect(without.code).toBe(1);
    expect(without.err).toContain(`/dokumenter/${old}/ is in ${LOCK_FILE} but no document has the id "${old}"`);
    expect(without.err).toContain(`in content/documents/${renamedDoc}/document.yaml`);
    expect(without.err).toMatch(/the same fix also keeps \/dokumenter\/hilleroed-integrationshandlingsprogram-2012\/#/);

    copy.replace(`documents/${renamedDoc}/document.yaml`, `id: ${renamedDoc}\n`, `id: ${renamedDoc}\nredirectFrom: [${old}]\n`);
    const withRedirect = run(['check', '--content', copy.content, '--lock', LOCK]);
    expect(withRedirect.err).toBe('');
    expect(withRedirect.code).toBe(0);
  });

  it('makes `npm run build` stop before astro build, with the message', () => {
    const c = renamed();
    const result = spawnSync('npm', ['run', 'build'], {
      cwd: ROOT,
      env: { ...process.env, CATALOGUE_CONTENT_DIR: c.content, CI: '' },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(new RegExp(`/indsatser/${OLD}/ is in \\S*${LOCK_FILE}`));
    expect(result.stderr).toContain(`redirectFrom: [${OLD}]`);
    expect(result.stdout).not.toContain('[build] Complete!');
  }, 120_000);
});

describe('declarations that cannot work', () => {
  it('rejects an old id that is still in use, a redirect to nowhere and a loop', () => {
    copy = copyContent();
    copy.replace(INITIATIVES, `- id: ${OLD}\n`, `- id: ${OLD}\n  redirectFrom: [hilleroed-2015-2018-indsats-5]\n`);
    copy.write(
      'redirects.yaml',
      ['- from: /indsatser/gone/', '  to: /indsatser/nowhere/', '- from: /a/', '  to: /b/', '- from: /b/', '  to: /a/', '- from: Indsatser', '  to: /'].join('\n') + '\n',
    );
    const result = run(['check', '--content', copy.content, '--lock', LOCK]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('/indsatser/hilleroed-2015-2018-indsats-5/ is redirected, but the site still builds a page there');
    expect(result.err).toContain('/indsatser/gone/ redirects to /indsatser/nowhere/, which is not built');
    expect(result.err).toMatch(/\/a\/ redirects to \/b\/, which is part of a redirect loop/);
    expect(result.err).toMatch(/content\/redirects\.yaml:7  error  from: must be an address listed in permalinks\.lock\.txt/);
  });
});

describe('permalinks:update', () => {
  it('adds new addresses, keeps old ones (even ones no longer built) and sorts', () => {
    copy = copyContent();
    // A lock that holds exactly what the real content builds now.
    const lock = join(copy.dir, 'lock.txt');
    writeFileSync(lock, formatLock(buildPermalinks(readPermalinkInput(join(ROOT, 'content'), ROOT).input).lockable));
    // An address published earlier and kept alive by a redirect must stay in the lock.
    copy.replace(INITIATIVES, `- id: ${OLD}\n`, `- id: ${NEW}\n  redirectFrom: [${OLD}]\n`);
    const result = run(['update', '--content', copy.content, '--lock', lock]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/added 2 addresses .* none removed/);
    const urls = parseLock(readFileSync(lock, 'utf8')).lines.map((l) => l.url);
    expect(urls).toContain(`/indsatser/${OLD}/`);
    expect(urls).toContain(`/indsatser/${NEW}/`);
    expect(urls).toContain(`/dokumenter/${DOC}/#${NEW}`);
    expect(urls).toEqual([...urls].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    // Running it again changes nothing.
    const again = run(['update', '--content', copy.content, '--lock', lock]);
    expect(again.out).toMatch(/added 0 addresses/);
  });

  it('checkLock reports addresses the lock does not hold yet', () => {
    const model = buildPermalinks(readPermalinkInput(join(ROOT, 'content'), ROOT).input);
    const lines = parseLock(formatLock(model.lockable)).lines.filter((l) => l.url !== '/om/');
    const report = checkLock(model, lines);
    expect(report.unlocked).toEqual(['/om/']);
    expect(report.failures).toEqual([]);
  });

  it('a lock that is behind passes with a note, and fails with --strict (as in CI)', () => {
    copy = copyContent();
    const model = buildPermalinks(readPermalinkInput(copy.content, ROOT).input);
    const behind = join(copy.dir, 'behind.txt');
    writeFileSync(behind, formatLock(model.lockable.filter((u) => u !== '/om/')));
    const relaxed = run(['check', '--content', copy.content, '--lock', behind]);
    expect(relaxed.code).toBe(0);
    expect(relaxed.out).toContain('note: 1 address the site builds is not in');
    expect(relaxed.out).toContain('    /om/\n');
    const strict = run(['check', '--strict', '--content', copy.content, '--lock', behind]);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('error: 1 address the site builds is not in');
    expect(strict.err).toContain('Run "npm run permalinks:update"');
  });
});

describe('the build and the check agree', () => {
  it('compute the same addresses and redirects from the catalogue as from the content files', () => {
    copy = copyContent();
    copy.replace(INITIATIVES, `- id: ${OLD}\n`, `- id: ${NEW}\n  redirectFrom: [${OLD}]\n`);
    copy.replace('documents/kerteminde-integrationspolitik-2016/document.yaml', '  - id: uddannelse\n', '  - id: uddannelse\n    redirectFrom: [skole]\n');
    copy.write('redirects.yaml', '- from: /temaer/integration/\n  to: /temaer/medborgerskab/\n');
    const fromFiles = buildPermalinks(readPermalinkInput(copy.content, ROOT).input);
    const fromCatalogue = buildPermalinks(permalinkInputFromCatalogue(catalogueFrom(copy.content), ROOT, copy.content));
    expect(fromCatalogue.lockable).toEqual(fromFiles.lockable);
    const redirects = (m: typeof fromFiles) => [...m.pageRedirects.values()].map((r) => `${r.from} → ${r.to}`).sort();
    const aliases = (m: typeof fromFiles) => [...m.anchorAliases].flatMap(([page, map]) => [...map.values()].map((r) => `${page}: ${r.from} → ${r.to}`)).sort();
    expect(redirects(fromCatalogue)).toEqual(redirects(fromFiles));
    expect(redirects(fromFiles)).toHaveLength(2);
    expect(aliases(fromCatalogue)).toEqual(aliases(fromFiles));
    expect(aliases(fromFiles)).toHaveLength(2);
    expect(fromFiles.problems).toEqual([]);
  });
});
