/**
 * Security headers for the built site.
 *
 * 1. Keeps every script and stylesheet an external file, so the Content-Security-Policy can
 *    allow 'self' and nothing inline: Astro inlines small stylesheets by default
 *    (build.inlineStylesheets: 'auto') and Vite inlines small processed scripts and assets below
 *    build.assetsInlineLimit (4 KB). Both are switched off here rather than in astro.config.mjs so
 *    the reason lives next to the policy.
 * 2. Writes dist/_headers (Netlify / Cloudflare Pages format; scripts/serve.mjs applies it too)
 *    with the CSP from src/build/csp.ts and the usual hardening headers.
 *    The open data under /data/ may be read from any origin (CORS), so notebooks and tools in a
 *    browser can load it.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { cspHeader } from './csp';

export const HEADERS_FILE = `# Written by src/build/headers.ts at build time: do not edit here.
/*
  Content-Security-Policy: ${cspHeader}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()
  Cross-Origin-Opener-Policy: same-origin
/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/data/*
  Access-Control-Allow-Origin: *
`;

export default function headers(): AstroIntegration {
  return {
    name: 'integrationskataloget:headers',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          build: { inlineStylesheets: 'never' },
          vite: { build: { assetsInlineLimit: 0 } },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), HEADERS_FILE);
        logger.info('wrote _headers (Content-Security-Policy and security headers)');
      },
    },
  };
}
