/**
 * The built output fits its Content-Security-Policy: every page carries the policy in a <meta>
 * before anything it governs, nothing is inline (script, style element, style attribute, event
 * handler, javascript: URL), every script and stylesheet is a file of the site, and dist/_headers
 * sends the same policy as a header. The browser tests (tests/e2e/) then run under it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta } from '../../src/build/csp';
import { builtPages, DIST, fileFor } from '../support/dist';

const pages = builtPages();

describe('Content-Security-Policy', () => {
  it('is the first thing in every page head after the charset', () => {
    const wrong = pages.filter((p) => {
      // The head's elements in order: the charset, then the policy, before any script, link or style.
      const head = p.page.select('head > *');
      const policies = p.page.select('meta[http-equiv=Content-Security-Policy i]');
      const at = head.findIndex((e) => e.name === 'meta' && e.attr('http-equiv') === 'Content-Security-Policy' && e.attr('content') === cspMeta);
      const firstResource = head.findIndex((e) => ['script', 'link', 'style'].includes(e.name));
      return at < 0 || policies.length !== 1 || !head[0]?.has('charset') || (firstResource >= 0 && firstResource < at);
    });
    expect(wrong.map((p) => p.url)).toEqual([]);
  });

  it('is strict: only the site itself, WebAssembly for search, nothing inline or eval', () => {
    const d = Object.fromEntries(cspMeta.split('; ').map((x) => [x.split(' ')[0], x.split(' ').slice(1)]));
    expect(d['default-src']).toEqual(["'self'"]);
    expect(d['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(d['style-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(cspMeta).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
    // frame-ancestors is ignored (with a console error) in a <meta>: header only.
    expect(cspMeta).not.toContain('frame-ancestors');
    expect(cspHeader).toContain("frame-ancestors 'none'");
  });

  it('has nothing inline on any page', () => {
    const inline: string[] = [];
    for (const p of pages) {
      for (const s of p.page.select('script')) {
        if (!s.attr('src') || s.textContent.trim()) inline.push(`${p.url}: inline ${s.startTag}`);
      }
      if (p.page.select('style').length) inline.push(`${p.url}: <style> element`);
      if (p.page.select('[style]').length) inline.push(`${p.url}: style="" attribute`);
      for (const e of p.page.select('*')) {
        const handlers = Object.keys(e.attributes).filter((a) => /^on[a-z]+$/.test(a));
        if (handlers.length) inline.push(`${p.url}: ${handlers.join(', ')} event handler on <${e.name}>`);
      }
      const urls = [...p.page.attrs('href'), ...p.page.attrs('src'), ...p.page.attrs('action'), ...p.page.attrs('formaction')];
      if (urls.some((u) => /^\s*javascript:/i.test(u))) inline.push(`${p.url}: javascript: URL`);
    }
    expect(inline.slice(0, 20)).toEqual([]);
  });

  it('loads every script and stylesheet from the site itself, and the files exist', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const p of pages) {
      const refs = [
        ...p.page.select('script[src]').map((s) => s.attr('src')!),
        ...p.page.select('link[rel~=stylesheet i]').map((l) => l.attr('href') ?? ''),
      ];
      for (const ref of refs) {
        checked++;
        if (!ref.startsWith('/') || ref.startsWith('//')) bad.push(`${p.url}: ${ref} is not the site's own`);
        else if (!fileFor(ref)) bad.push(`${p.url}: ${ref} does not exist`);
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(pages.length * 2);
  });

  it('is sent as a header by dist/_headers, for every path', () => {
    const file = join(DIST, '_headers');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^\/\*\n(?:\s+.+\n)*?\s+Content-Security-Policy: (.+)\n/m);
    expect(text).toContain(`  Content-Security-Policy: ${cspHeader}\n`);
    expect(text).toContain('  X-Content-Type-Options: nosniff\n');
  });
});
