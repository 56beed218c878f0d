/**
 * The site's Content-Security-Policy, in one place: BaseLayout puts it in a <meta> tag, the
 * headers integration (src/build/headers.ts) writes it to dist/_headers for hosts that
 * read that file (Netlify, Cloudflare Pages), and the browser tests run every page under it.
 *
 * Everything the site loads is its own: scripts and styles are external files from 'self' (no
 * inline <script>, <style> or style="" anywhere; tests/build/csp.test.ts checks the output).
 * Pagefind 1.6 (search) needs two things beyond that: it compiles its WebAssembly
 * ('wasm-unsafe-eval' — allows WebAssembly only, not eval()) and it fetches its index chunks
 * (connect-src 'self'). By default it also starts a Web Worker from /pagefind/pagefind-worker.js
 * (worker-src 'self', never blob:); the search page runs it on the main thread instead (noWorker),
 * but the policy allows Pagefind's own worker so turning that back on needs no change here.
 * Images are the site's own or data: URIs.
 */
const directives: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** Directives a <meta> policy may not carry (browsers ignore them there and warn): header only. */
const headerOnly: Record<string, string> = {
  'frame-ancestors': "'none'",
};

const serialise = (d: Record<string, string>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** The policy for <meta http-equiv="Content-Security-Policy">. */
export const cspMeta = serialise(directives);

/** The policy for the Content-Security-Policy HTTP header (adds what only a header can say). */
export const cspHeader = serialise({ ...directives, ...headerOnly });
