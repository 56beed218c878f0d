/**
 * src/search/indexed-text.ts: a built page as Pagefind reads it, read with the HTML parser
 * (src/html/scan.ts), so the keywords are written at exact places and every other byte stays.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/page';
import { decodeIndexText, encodeIndexText, joinSegments, readIndexText, slimForIndex, type IndexText } from '../../src/search/indexed-text';
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

  it('slims a built page to what Pagefind reads: no head, icons, classes or soft hyphens, the same text', () => {
    for (const p of pages.filter((x) => x.page.select('[data-pagefind-body]').length).slice(0, 40)) {
      const slim = slimForIndex(p.html);
      const again = parseHtml(slim);
      expect(again.select('head, svg, [class]'), p.url).toEqual([]);
      expect(slim, p.url).not.toMatch(/\u00AD|&shy;/i);
      const body = (page: typeof again) => page.selectOne('[data-pagefind-body]')!.textContent.replace(/\u00AD/g, '');
      const withoutIcons = parseHtml(p.html.replace(/\u00AD|&shy;/gi, ''));
      for (const svg of withoutIcons.select('[data-pagefind-body] svg')) svg.node.children = [];
      expect(body(again), p.url).toBe(body(withoutIcons));
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
