/**
 * scripts/serve.mjs (`npm start`, `npm run serve` and every browser test) on a small site in a temp
 * folder, with a secret file in sibling folders of it: no spelling of a path serves a file outside
 * the site (404), a malformed URL answers 400, and the server answers normally after every bad
 * request. HEAD, directory index and the trailing-slash 301, content types, the Danish 404 page
 * with status 404, and the headers of the site's _headers file on every answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/serve/server.mjs';
import { ROOT } from '../support/real-content';

const SECRET = 'TOPHEMMELIGT-INDHOLD';
const CSP = "default-src 'self'; script-src 'self'; object-src 'none'";
const SITE_FILES: Record<string, string> = {
  'index.html': '<!doctype html><html lang="da"><title>Forside</title><h1>Forside</h1></html>',
  '404.html': '<!doctype html><html lang="da"><title>Siden findes ikke</title><h1>Siden findes ikke</h1></html>',
  'om/index.html': '<!doctype html><html lang="da"><title>Om</title><h1>Om kataloget</h1></html>',
  'data/goals.csv': '\ufeffid;titel\nmaal-1;Mål 1\n',
  'data/goals.json': '[{"id":"maal-1"}]',
  'pagefind/wasm.da.pagefind': 'binary',
  'mod.wasm': '\0asm',
  '_astro/app.abc123.js': 'export {};',
  '_headers': [
    '# test headers',
    '/*',
    `  Content-Security-Policy: ${CSP}`,
    '  X-Content-Type-Options: nosniff',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/data/*',
    '  Access-Control-Allow-Origin: *',
    '',
  ].join('\n'),
  '_redirects': '/gammel/ /om/ 301\n',
};

const base = mkdtempSync(join(tmpdir(), 'catalogue-serve-'));
const site = join(base, 'dist');
let server: Server;
let port: number;

beforeAll(async () => {
  for (const [name, text] of Object.entries(SITE_FILES)) {
    mkdirSync(dirname(join(site, name)), { recursive: true });
    writeFileSync(join(site, name), text);
  }
  // Secrets beside the site: in a sibling whose name starts with the site's ("dist-secret", the
  // prefix check without a separator), in another sibling, and in the parent folder.
  for (const dir of ['dist-secret', 'sibling', '.']) {
    mkdirSync(join(base, dir), { recursive: true });
    writeFileSync(join(base, dir, 'secret.txt'), SECRET);
  }
  // A symbolic link inside the site that points outside it.
  symlinkSync(join(base, 'sibling', 'secret.txt'), join(site, 'link.txt'));
  server = await startServer({ dir: site, listenPort: 0, listenHost: '127.0.0.1' });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  rmSync(base, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request with the path sent exactly as given (no normalising by a URL parser). */
function get(path: string, method = 'GET', to = port): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: to, path, method, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Sends raw bytes on a socket and returns the whole answer (for request lines no client would send). */
function raw(bytes: string): Promise<string> {
  return new Promise((ok, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    let text = '';
    socket.on('data', (c) => (text += c.toString('latin1')));
    socket.on('end', () => ok(text));
    socket.on('error', fail);
  });
}

async function expectAlive(to = port) {
  const home = await get('/', 'GET', to);
  expect(home.status).toBe(200);
  expect(home.body).toContain('<h1>Forside</h1>');
}

describe('path traversal', () => {
  const attempts = [
    '/../dist-secret/secret.txt',
    '/../sibling/secret.txt',
    '/../secret.txt',
    '/..%2fdist-secret/secret.txt',
    '/..%2Fdist-secret/secret.txt',
    '/..%2fsibling/secret.txt',
    '/%2e%2e%2fdist-secret/secret.txt',
    '/%2E%2E%2Fsibling/secret.txt',
    '/%2e%2e/secret.txt',
    '/.%2e/sibling/secret.txt',
    '/..%5cdist-secret%5csecret.txt',
    '/..%5c..%5csecret.txt',
    '/..\\sibling\\secret.txt',
    '/%252e%252e%252fdist-secret/secret.txt',
    '/%252e%252e%252fsibling%252fsecret.txt',
    '/om/../../sibling/secret.txt',
    '/om/%2e%2e/%2e%2e/sibling/secret.txt',
    '//etc/passwd',
    '//' + join(base, 'sibling', 'secret.txt').slice(1),
    '/%2fetc%2fpasswd',
    '/' + encodeURIComponent(join(base, 'sibling', 'secret.txt')),
    '/..%00/sibling/secret.txt',
    '/om/index.html%00.txt',
    '/%00',
    '/link.txt',
  ];

  it.each(attempts)('%s answers 404 with the 404 page, and the server answers after it', async (path) => {
    for (const method of ['GET', 'HEAD']) {
      const answer = await get(path, method);
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(answer.body).not.toContain(SECRET);
      if (method === 'GET') expect(answer.body).toContain('Siden findes ikke');
    }
    await expectAlive();
  });

  it('serves neither the host configuration files nor anything but the files of the folder', async () => {
    for (const path of ['/_headers', '/_redirects']) expect((await get(path)).status, path).toBe(404);
    await expectAlive();
  });
});

describe('malformed requests', () => {
  it.each(['/%E0%A4%A', '/%', '/%zz', '/om/%C3%28/', '/%E0%A4%A?q=1'])('%s answers 400 and the server lives on', async (path) => {
    const answer = await get(path);
    expect(answer.status).toBe(400);
    expect(answer.headers['content-security-policy']).toBe(CSP);
    await expectAlive();
  });

  it('answers 400 to a request line that is not a path, and 400 to garbage, and lives on', async () => {
    expect(await raw('GET http://example.com/ HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    expect(await raw('GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    await expectAlive();
  });

  it('answers 405 to methods other than GET and HEAD', async () => {
    const answer = await get('/', 'POST');
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    await expectAlive();
  });
});

describe('serving the site', () => {
  it('serves a folder’s index.html at its address with the trailing slash, and 301s the address without it', async () => {
    const page = await get('/om/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Om kataloget');
    const moved = await get('/om?x=1');
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe('/om/?x=1');
    expect((await get('/data')).headers.location).toBe('/data/');
  });

  it('sends the Danish 404 page with status 404 for a missing address', async () => {
    const missing = await get('/findes-ikke/');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(missing.body).toBe(SITE_FILES['404.html']);
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/data/goals.csv', 'text/csv; charset=utf-8'],
    ['/data/goals.json', 'application/json; charset=utf-8'],
    ['/mod.wasm', 'application/wasm'],
    ['/_astro/app.abc123.js', 'text/javascript; charset=utf-8'],
    ['/pagefind/wasm.da.pagefind', 'application/octet-stream'],
  ])('sends %s as %s, byte for byte', async (path, type) => {
    const answer = await get(path);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(type);
    const file = path === '/' ? 'index.html' : path.slice(1);
    expect(answer.body).toBe(SITE_FILES[file]);
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(SITE_FILES[file]!));
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    for (const path of ['/', '/data/goals.csv', '/findes-ikke/', '/om']) {
      const [head, getAnswer] = [await get(path, 'HEAD'), await get(path)];
      expect(head.status, path).toBe(getAnswer.status);
      expect(head.body).toBe('');
      for (const name of ['content-type', 'content-length', 'content-security-policy', 'location', 'etag']) {
        expect(head.headers[name], `${path} ${name}`).toBe(getAnswer.headers[name]);
      }
    }
  });

  it('sends the headers of _headers: the CSP on every answer, the rest on their paths only', async () => {
    const answers = Object.fromEntries(
      await Promise.all(['/', '/om', '/findes-ikke/', '/data/goals.csv', '/_astro/app.abc123.js', '/..%2fsibling/secret.txt'].map(async (p) => [p, await get(p)] as const)),
    );
    for (const [path, a] of Object.entries(answers)) {
      expect(a.headers['content-security-policy'], path).toBe(CSP);
      expect(a.headers['x-content-type-options'], path).toBe('nosniff');
    }
    expect(answers['/data/goals.csv']!.headers['access-control-allow-origin']).toBe('*');
    expect(answers['/']!.headers['access-control-allow-origin']).toBeUndefined();
    expect(answers['/_astro/app.abc123.js']!.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answers['/']!.headers['cache-control']).toBeUndefined();
  });

  it('answers a repeated request with 304 when the ETag matches', async () => {
    const first = await get('/om/');
    const etag = first.headers.etag!;
    expect(etag).toBeTruthy();
    const again = await new Promise<number>((ok, fail) => {
      const req = request({ host: '127.0.0.1', port, path: '/om/', headers: { 'if-none-match': etag }, agent: false }, (res) => {
        res.resume();
        ok(res.statusCode!);
      });
      req.on('error', fail);
      req.end();
    });
    expect(again).toBe(304);
  });
});

describe('npm run serve (node scripts/serve.mjs <folder> <port>)', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill();
  });

  it('serves the folder from the command line, survives a malformed URL and a traversal, and says so when there is no site', async () => {
    child = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs'), site, '0'], { env: { ...process.env, HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = createInterface({ input: child.stdout! });
    const url = await new Promise<string>((ok, fail) => {
      lines.on('line', (line) => {
        const m = /(http:\/\/\S+?)\/ /.exec(line);
        if (m) ok(m[1]!);
      });
      child!.once('exit', (code) => fail(new Error(`serve.mjs exited with ${code}`)));
    });
    const childPort = Number(new URL(url).port);
    expect((await get('/%E0%A4%A', 'GET', childPort)).status).toBe(400);
    expect((await get('/..%2fdist-secret/secret.txt', 'GET', childPort)).status).toBe(404);
    await expectAlive(childPort);
    expect(child.exitCode).toBeNull();

    const empty = mkdtempSync(join(tmpdir(), 'catalogue-serve-empty-'));
    try {
      const failed = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs'), empty, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      failed.stderr!.on('data', (c) => (err += c));
      const code = await new Promise<number | null>((ok) => failed.on('exit', ok));
      expect(code).toBe(1);
      expect(err).toContain('No built site in');
      expect(err).toContain('npm run build');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
