// Serves a built folder on http://localhost:<port> (default dist, 4321) as a static host would:
// the files of the folder and nothing else, a directory's index.html (301 to the trailing slash),
// the site's 404 page with status 404, and the headers of <folder>/_headers (CSP included).
//
// Files are sent by sirv (lukeed/sirv, the static server of `vite preview`) in its production
// mode, which lists the folder once at start and serves only files on that list. In front of it,
// every request is answered from an exact list of the folder's files, so no spelling of a path
// (../, %2e%2e%2f, ..%5c, %252e…, //etc/passwd, %00) can reach a file outside it, and a
// malformed escape answers 400 instead of stopping the server. Plain JavaScript on purpose:
// `node scripts/serve.mjs` runs under the machine's Node 20 as well as the project's Node 24.
import { createServer } from 'node:http';
import { createReadStream, existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import sirv from 'sirv';

const TEXT = '; charset=utf-8';
/** Content-Type by extension; text types carry their charset. Anything else is a download. */
export const CONTENT_TYPES = {
  '.html': `text/html${TEXT}`, '.css': `text/css${TEXT}`, '.js': `text/javascript${TEXT}`, '.mjs': `text/javascript${TEXT}`,
  '.json': `application/json${TEXT}`, '.xml': `application/xml${TEXT}`, '.txt': `text/plain${TEXT}`, '.csv': `text/csv${TEXT}`,
  '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json',
};
/** Read by the host, never served. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);
const contentType = (file) => CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * The rules of <dir>/_headers (Netlify / Cloudflare Pages format: a path pattern, `*` matching
 * anything, then indented "Name: value" lines), so serving locally sends what a host would.
 * @param {string} dir
 * @returns {{ pattern: RegExp, headers: Record<string, string> }[]}
 */
export function readHeaderRules(dir) {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: {} });
    } else if (rules.length && line.includes(':')) {
      const i = line.indexOf(':');
      rules[rules.length - 1].headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

/**
 * Every regular file and folder under `dir`, as URL paths ("/om/index.html", "/om"). Symbolic
 * links are left out, so a link inside the folder cannot lead out of it.
 * @param {string} dir
 */
export function listSite(dir) {
  const files = new Set();
  const dirs = new Set();
  const walk = (abs, url) => {
    for (const name of readdirSync(abs)) {
      const stats = lstatSync(join(abs, name));
      const path = `${url}/${name}`;
      if (stats.isDirectory()) {
        dirs.add(path);
        walk(join(abs, name), path);
      } else if (stats.isFile()) files.add(path);
    }
  };
  walk(dir, '');
  return { files, dirs };
}

/**
 * Starts the server. Resolves with the listening node:http Server (port 0 picks a free port).
 * @param {{ dir?: string, listenPort?: number, listenHost?: string }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer({ dir = 'dist', listenPort = 4321, listenHost = 'localhost' } = {}) {
  const root = resolve(dir);
  const rules = readHeaderRules(root);
  const { files, dirs } = listSite(root);
  const notFoundPage = files.has('/404.html') ? join(root, '404.html') : undefined;
  const send = sirv(root, { dev: false, etag: true, extensions: [], dotfiles: false });

  const plain = (res, status, text, headers = {}) => {
    res.writeHead(status, { 'content-type': `text/plain${TEXT}`, ...headers }).end(`${text}\n`);
  };

  const server = createServer((req, res) => {
    const raw = req.url ?? '';
    const pathname = raw.split(/[?#]/, 1)[0];
    const search = raw.slice(pathname.length).split('#', 1)[0];
    for (const rule of rules) if (rule.pattern.test(pathname)) for (const [k, v] of Object.entries(rule.headers)) res.setHeader(k, v);

    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD' });
    if (!pathname.startsWith('/')) return plain(res, 400, 'Bad Request');
    let path;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      return plain(res, 400, 'Bad Request: malformed %-escape in the URL');
    }

    // Only exact paths of the listed files are served: anything else is not found. The host's
    // configuration files are not part of the site (Netlify and Cloudflare do not serve them).
    if (!path.endsWith('/') && dirs.has(path)) return plain(res, 301, 'Moved Permanently', { location: `${pathname}/${search}` });
    const file = path.endsWith('/') ? `${path}index.html` : path;
    if (!files.has(file) || HOST_FILES.has(file)) {
      if (!notFoundPage) return plain(res, 404, 'Not Found');
      res.writeHead(404, { 'content-type': contentType(notFoundPage) });
      return createReadStream(notFoundPage).pipe(res);
    }
    res.setHeader('content-type', contentType(file));
    // Hand sirv the exact file (it decodes once more, so give it the encoded form).
    req.url = encodeURI(file);
    send(req, res, () => plain(res, 404, 'Not Found'));
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(listenPort, listenHost, () => ok(server));
  });
}

/**
 * `node scripts/serve.mjs [dir] [port]`: serve a built site (HOST and PORT from the environment).
 * @param {string[]} args
 */
export async function main(args) {
  const dir = resolve(args[0] ?? 'dist');
  const port = Number(args[1] ?? process.env.PORT ?? 4321);
  const host = process.env.HOST ?? 'localhost';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`No built site in ${dir}: run "npm run build" first.`);
    process.exit(1);
  }
  const server = await startServer({ dir, listenPort: port, listenHost: host });
  const { port: listening } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`Integrationskataloget: http://${host}:${listening}/ (serving ${dir}; Ctrl+C stops)`);
}
