/**
 * src/search/indexed-text.ts: a built page as Pagefind reads it, read with the HTML parser
 * (src/html/scan.ts), so the keywords are written at exact places and every other byte stays.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/page';
import { decodeIndexText, encodeIndexText, joinSegments, readIndexText, skippableStart, slimForIndex, type IndexText } from '../../src/search/indexed-text';
import { countWords, mapText } from '../../src/search/keywords';
import { builtPages } from '../support/dist';

const pages = builtPages();
/** A read page as plain data: runs with only the fields the search step uses. */
const normal = (read: IndexText) => ({
  ...read,
  segments: read.segments.map((s) => (typeof s === 'object' ? { text: s.text, indexed: s.indexed, context: s.context } : s)),
});

describe('reading a page for the index', () => {
  it('gives back every built page byte for byte when nothing is changed', () => {
    const changed = pages.filter((p) => joinSegments(readIndexText(p.html)) !== p.html).map((p) => p.url);
    expect(changed).toEqual([]);
    expect(pages.length).toBeGreaterThan(200);
  });

  it('slims a built page to what Pagefind reads: no head, icons, classes or soft hyphens, the same indexed text', () => {
    const indexedText = (read: IndexText) =>
      read.segments
        .filter((s) => typeof s === 'object' && s.indexed)
        .map((s) => (s as { text: string }).text)
        .join('');
    const pagefindAttributes = (page: ReturnType<typeof parseHtml>) =>
      page.select('[data-pagefind-filter], [data-pagefind-meta], [data-pagefind-sort]').map((e) => e.source.replace(/ class="[^"]*"/g, ''));
    const bodied = pages.filter((x) => x.page.select('[data-pagefind-body]').length);
    expect(bodied.length).toBeGreaterThan(100);
    for (const p of bodied) {
      const slim = slimForIndex(p.html);
      const again = parseHtml(slim);
      expect(again.select('head, svg, [class]'), p.url).toEqual([]);
      expect(slim, p.url).not.toMatch(/\u00AD|&shy;/i);
      // Pagefind indexes the same words, and reads the same filters, metadata and default title.
      const withoutIcons = p.html.replace(/\u00AD|&shy;/gi, '').replace(/<svg[\s\S]*?<\/svg>/g, '');
      expect(indexedText(readIndexText(slim)), p.url).toBe(indexedText(readIndexText(withoutIcons)));
      expect(pagefindAttributes(again), p.url).toEqual(pagefindAttributes(parseHtml(withoutIcons)));
      expect(again.selectOne('h1')?.textContent, p.url).toBe(parseHtml(withoutIcons).selectOne('h1')?.textContent);
      expect(again.selectOne('html')?.attr('lang'), p.url).toBe('da');
      // The header, menu and footer are not read by Pagefind, and not written for it.
      expect(again.select('header, footer, [aria-label="Hovedmenu"]'), p.url).toEqual([]);
    }
  });

  it('cuts a page to its data-pagefind-body elements only when Pagefind reads nothing outside them', () => {
    const page = (outside: string) =>
      `<!DOCTYPE html><html lang="da"><head><title>x</title></head><body><header><a href="/">Forside</a>${outside}</header><h1>Titel</h1><main data-pagefind-body><p>ord</p><nav>menu</nav><section data-pagefind-ignore><h2 id="k">Kilde</h2><span data-pagefind-meta="kilde">Bog</span></section></main><footer>fod</footer></body></html>`;
    const cut = slimForIndex(page(''));
    // The first h1 (Pagefind's default title) stays, before the body, where Pagefind does not index it.
    expect(cut).toBe('<!DOCTYPE html><html lang="da"><body><h1>Titel</h1><main data-pagefind-body><p>ord</p><nav></nav><section data-pagefind-ignore><h2 id="k"></h2><span data-pagefind-meta="kilde">Bog</span></section></main></body></html>');
    // A filter, meta or sort attribute, or an image (the default image), outside the body: the page is not cut.
    for (const outside of ['<data data-pagefind-filter="tema[value]" value="bolig"></data>', '<span data-pagefind-meta="forfatter">A</span>', '<img src="/a.png" alt="">']) {
      const kept = slimForIndex(page(outside));
      expect(kept, outside).toContain('<header>');
      expect(kept, outside).toContain('fod');
    }
    // The same after the body (where the reading may stop early, it must not skip them).
    const after = (html: string) => page('').replace('<footer>fod</footer>', `<footer>fod${html}</footer>`);
    for (const outside of ['<data data-pagefind-sort="aar[value]" value="2020"></data>', '<IMG src="/b.png" alt="">']) {
      expect(slimForIndex(after(outside)), outside).toContain('<header>');
    }
    expect(slimForIndex(after('<p>mere</p>'))).toBe(cut);
    // Other Pagefind attributes outside the body do not count (data-pagefind-ignore is read only inside it).
    expect(slimForIndex(page('<p data-pagefind-ignore>x</p>'))).toBe(cut);
  });

  it('reads a slimmed page from its first body element on with the same result as reading it whole', () => {
    let skipped = 0;
    for (const p of pages) {
      const whole = readIndexText(p.html, true, { skipStart: false });
      const fast = readIndexText(p.html, true);
      expect(normal(fast), p.url).toEqual(normal(whole));
      if (skippableStart(p.html)) skipped++;
    }
    // The entry pages are read from their body on.
    expect(skipped).toBeGreaterThan(pages.filter((p) => p.page.select('[data-pagefind-body]').length).length * 0.9);
    // Not where something before the body counts (an image, an open element Pagefind drops) or the
    // attribute's name is only written in another attribute's value.
    for (const html of [
      '<html lang="da"><body><img src="/a.png" alt=""><main data-pagefind-body><p>ord</p></main></body></html>',
      '<html lang="da"><body><nav><main data-pagefind-body><p>ord</p></main></nav><main data-pagefind-body><p>to</p></main></body></html>',
      '<html lang="da"><body><p title="data-pagefind-body">x</p><main data-pagefind-body><p>ord</p></main></body></html>',
    ]) {
      expect(normal(readIndexText(html, true)), html).toEqual(normal(readIndexText(html, true, { skipStart: false })));
    }
  });

  it('keeps a read page between the two passes without parsing it again', () => {
    for (const p of pages) {
      const read = readIndexText(p.html, true);
      const encoded = encodeIndexText(read);
      expect(encoded, p.url).toBeDefined();
      expect(normal(decodeIndexText(encoded!)), p.url).toEqual(normal(read));
    }
    // A page holding one of the marks is read again instead.
    expect(encodeIndexText(readIndexText('<body><p>a\u0003b</p></body>'))).toBeUndefined();
  });

  it('takes attributes from elements only, never from text or other attribute values', () => {
    // "data-pagefind-body" in the prose of a page is not a data-pagefind-body element: the whole body is indexed.
    expect([...countWords(['<body><p>Skriv data-pagefind-body på elementet</p></body>']).keys()]).toEqual(['skriv', 'data', 'pagefind', 'body', 'på', 'elementet']);
    // An attribute value that mentions data-pagefind-ignore does not make the element ignored.
    expect([...countWords(['<body><p title="se data-pagefind-ignore her">bolig</p></body>']).keys()]).toEqual(['bolig']);
    // A ">" inside an attribute value does not end the tag.
    const seen: string[] = [];
    mapText('<body><p title="a > b">ord</p></body>', (t, indexed) => (indexed && seen.push(t), t));
    expect(seen).toEqual(['ord']);
  });

  it('marks where Pagefind starts a sub-result and where the record goes, and reads the record\'s keys', () => {
    const read = readIndexText(
      '<main data-pagefind-body><data data-pagefind-filter="type[value]" value="tema"></data><data data-pagefind-sort="nyeste[value]" value="1"></data><li id="x">a</li></main>',
    );
    expect(read.hasBody).toBe(true);
    expect(read.hasType).toBe(true);
    expect([...read.sortKeys]).toEqual(['nyeste']);
    expect(read.segments.map((s) => (typeof s === 'symbol' ? s.description : typeof s === 'string' ? s : `text:${s.text}`))).toEqual([
      '<main data-pagefind-body>',
      'body',
      '<data data-pagefind-filter="type[value]" value="tema"></data><data data-pagefind-sort="nyeste[value]" value="1"></data><li id="x">',
      'part',
      'text:a',
      '</li></main>',
    ]);
  });
});
