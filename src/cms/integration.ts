/**
 * The editing interface of `npm run dev` (and `npm run cms`): Decap CMS at /admin/, served by the
 * dev server only. Nothing of it is part of the public build: the routes exist only as dev-server
 * middleware, and no page links to them (tests/cms/build.test.ts checks dist/).
 *
 *   /admin/                 the admin page (without Vite's client: the dev server reloads every page it
 *                           serves when content changes, which would throw away the editor's form and
 *                           the findings shown after a save)
 *   /admin/decap/<file>     Decap CMS's browser bundle, from node_modules/decap-cms/dist (no CDN)
 *   /admin/config.json      the configuration, generated from the registry and schemas (src/cms/config.ts)
 *   /admin/api/v1/          the local backend: reads and writes the content folder (src/cms/backend.ts)
 *   /admin/findings/?path=  the checker's findings for one content file (src/cms/findings.ts)
 *
 * The dev server listens on localhost only unless told otherwise (astro dev --host), and the
 * backend writes only the collections' YAML files inside the content folder.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import { contentDir } from '../collections/content-dir';
import da from '../i18n/da.json';
import { BackendRefusal, LocalBackend } from './backend';
import { ADMIN_PATH, BACKEND_PATH, cmsConfig } from './config';
import { findingsFor } from './findings';

/** The folder of Decap CMS's prebuilt browser bundle (decap-cms.js and its chunks). */
export function decapDist(): string {
  return join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}

/** The admin page. */
export function adminHtml(): string {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${da['cms.pageTitle']}</title>
<style>
  #cms-findings { position: fixed; right: 1rem; bottom: 1rem; z-index: 10000; max-width: min(40rem, calc(100vw - 2rem)); max-height: 50vh; overflow: auto;
    background: #fff; color: #1a1a1a; border: 2px solid #1a1a1a; border-left-width: 0.5rem; border-radius: 4px; padding: 0.75rem 1rem; font: 15px/1.45 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); }
  #cms-findings[data-state="error"] { border-color: #b00020; }
  #cms-findings[data-state="warning"] { border-color: #8a5a00; }
  #cms-findings[data-state="ok"] { border-color: #1b6e20; }
  #cms-findings h2 { font-size: 1rem; margin: 0 0 0.25rem; }
  #cms-findings ul { margin: 0.25rem 0; padding-left: 1.25rem; }
  #cms-findings li span { color: #444; }
  #cms-findings button { font: inherit; padding: 0.25rem 0.75rem; border: 1px solid #1a1a1a; border-radius: 4px; background: #f2f2f2; color: #1a1a1a; cursor: pointer; }
  #cms-findings button:focus-visible { outline: 3px solid #005fcc; outline-offset: 2px; }
</style>
<script>window.CMS_MANUAL_INIT = true;</script>
</head>
<body>
<script src="${ADMIN_PATH}decap/decap-cms.js"></script>
<script type="module" src="/src/cms/browser/admin.ts"></script>
</body>
</html>
`;
}

/** The JSON body of a request. */
async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function send(res: ServerResponse, status: number, body: string, type: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}
const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/**
 * The admin's request handler (connect middleware), for a content folder. Requests outside
 * /admin/ go on to the site.
 */
export function adminMiddleware(dir: string) {
  const backend = new LocalBackend(dir);
  const dist = decapDist();
  return async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/admin') return void (res.writeHead(301, { Location: ADMIN_PATH }), res.end());
    if (!path.startsWith(ADMIN_PATH)) return next();
    try {
      if (path === ADMIN_PATH || path === `${ADMIN_PATH}index.html`) {
        return send(res, 200, adminHtml(), 'text/html; charset=utf-8');
      }
      if (path === `${ADMIN_PATH}config.json`) return sendJson(res, 200, cmsConfig(dir).config);
      if (path === BACKEND_PATH && req.method === 'POST') {
        const body = (await jsonBody(req)) as { action?: string; params?: Record<string, unknown> };
        return sendJson(res, 200, backend.handle(body));
      }
      if (path === `${ADMIN_PATH}findings/`) return sendJson(res, 200, findingsFor(dir, url.searchParams.get('path') ?? ''));
      if (path.startsWith(`${ADMIN_PATH}decap/`)) {
        const file = normalize(join(dist, decodeURIComponent(path.slice(`${ADMIN_PATH}decap/`.length))));
        if (file.startsWith(dist + sep) && existsSync(file)) {
          const ext = file.slice(file.lastIndexOf('.'));
          return send(res, 200, readFileSync(file, 'utf8'), TYPES[ext] ?? 'application/octet-stream');
        }
      }
      return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    } catch (err) {
      if (err instanceof BackendRefusal || err instanceof SyntaxError) return sendJson(res, 422, { error: err.message });
      return sendJson(res, 500, { error: (err as Error).message });
    }
  };
}

/** The Astro integration: the admin in the dev server, nothing in the build. */
export default function cms(): AstroIntegration {
  return {
    name: 'integrationskataloget:cms',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(adminMiddleware(contentDir()));
        logger.info(`editing interface (Decap CMS): ${ADMIN_PATH} on this server`);
      },
    },
  };
}
