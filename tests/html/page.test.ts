/** src/html/page.ts: the one reader of built HTML, a real parser queried with CSS selectors. */
import { describe, expect, it } from 'vitest';
import { readerText, parseHtml } from '../../src/html/page';

const PAGE = `<!DOCTYPE html><html lang="da" data-redirect-to="/ny/?a=1&amp;b=2"><head>
<meta charset="utf-8"><meta property="og:url" content="https://katalog.example.dk/x/"><meta name="description" content="Om &quot;x&quot;">
<link rel="canonical" href="https://katalog.example.dk/x/?a=1&amp;b=2"><link rel="stylesheet" href="/_astro/a.css">
<script type="module" src="/_astro/a.js"></script>
<script>const s = '<a href="/not-a-link/">'; // </div></script>
</head><body>
<!-- <a href="/commented-out/" id="commented"> -->
<h1 id="top">Bo&shy;lig\u00ADpolitik <small>2016</small></h1>
<p title="a > b" data-x='single "quoted"' hidden>Tekst &amp; mere
  på to linjer</p>
<ul><li id="a">En<li id="b">To <a href="/maal/x/#m&#229;l">link</a></ul>
<h2>Uden id</h2>
<img src="/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x" alt="">
<textarea><a href="/in-textarea/"></textarea>
</body></html>`;

describe('parseHtml', () => {
  const page = parseHtml(PAGE);

  it('finds elements by CSS selector with decoded attribute values', () => {
    expect(page.selectOne('link[rel=canonical]')?.attr('href')).toBe('https://katalog.example.dk/x/?a=1&b=2');
    expect(page.selectOne('html')?.attr('data-redirect-to')).toBe('/ny/?a=1&b=2');
    expect(page.selectOne('meta[name=description]')?.attr('content')).toBe('Om "x"');
    const p = page.selectOne('p[hidden]')!;
    expect(p.attr('title')).toBe('a > b');
    expect(p.attr('data-x')).toBe('single "quoted"');
    expect(p.has('hidden')).toBe(true);
    expect(p.attr('hidden')).toBe('');
    expect(page.selectOne('section')).toBeUndefined();
  });

  it('reads links, ids and sources only from elements: not from comments, scripts or textarea text', () => {
    expect(page.links()).toEqual(['https://katalog.example.dk/x/?a=1&b=2', '/_astro/a.css', '/maal/x/#mål']);
    expect([...page.ids()]).toEqual(['top', 'a', 'b']);
    expect(page.srcs()).toEqual(['/_astro/a.js', '/a.png', '/a-1x.png', '/a-2x.png']);
    expect(page.metaUrls()).toEqual(['https://katalog.example.dk/x/']);
  });

  it('follows the HTML rules for elements without an end tag', () => {
    // <li> closes the previous <li>; </ul> closes the last one.
    expect(page.select('ul > li').map((li) => li.text)).toEqual(['En', 'To link']);
    expect(page.selectOne('li#b a')?.closest('li')?.attr('id')).toBe('b');
    expect(page.selectOne('li#a')?.next?.attr('id')).toBe('b');
    expect(page.selectOne('li#b')?.previous?.attr('id')).toBe('a');
    expect(page.selectOne('li#b a')?.parent?.name).toBe('li');
  });

  it('gives text as a reader sees it, and headings with level, text and id', () => {
    expect(page.selectOne('p')!.text).toBe('Tekst & mere på to linjer');
    expect(page.selectOne('p')!.textContent).toBe('Tekst & mere\n  på to linjer');
    expect(page.headings()).toEqual([
      { level: 1, text: 'Boligpolitik 2016', id: 'top' },
      { level: 2, text: 'Uden id' },
    ]);
    expect(readerText(' a\u00AD b \n c ')).toBe('a b c');
  });

  it('gives an element\'s markup exactly as written', () => {
    const h1 = page.selectOne('h1')!;
    expect(h1.source).toBe('<h1 id="top">Bo&shy;lig\u00ADpolitik <small>2016</small></h1>');
    expect(h1.startTag).toBe('<h1 id="top">');
    expect(h1.innerSource).toBe('Bo&shy;lig\u00ADpolitik <small>2016</small>');
    expect(page.selectOne('small')!.children).toEqual([]);
    expect(page.selectOne('img')!.startTag).toBe('<img src="/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x" alt="">');
  });

  it('queries inside an element', () => {
    const ul = page.selectOne('ul')!;
    expect(ul.links()).toEqual(['/maal/x/#mål']);
    expect(ul.select('li').length).toBe(2);
    expect(ul.selectOne('h1')).toBeUndefined();
  });
});
