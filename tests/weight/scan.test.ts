/**
 * The page-weight step's one read of a page (src/weight/scan.ts): every class, element and id a
 * page can show is counted (generously), and the attributes the step rewrites are found at their
 * exact places, never inside a comment or a script's text.
 */
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../src/html/scan';
import { scanPage } from '../../src/weight/scan';
import { Usage } from '../../src/weight/usage';

function scanned(html: string | Buffer) {
  const usage = new Usage();
  return { usage, found: scanPage(html, usage) };
}

describe('the names a page uses', () => {
  it('counts classes in double, single and no quotes, with entities decoded, and every id', () => {
    const { usage } = scanned(
      `<div class="a  b"><p class='only-single [&amp;>svg]:size-4'><span class=unquoted id=plain>x</span></p><b CLASS="upper" ID='top'></b><i id="s&#248;g"></i></div>`,
    );
    expect([...usage.classes].sort()).toEqual(['[&>svg]:size-4', 'a', 'b', 'only-single', 'unquoted', 'upper']);
    expect([...usage.ids].sort()).toEqual(['plain', 'søg', 'top']);
    expect([...usage.tags].sort()).toEqual(['b', 'div', 'i', 'p', 'span']);
  });

  it('reads a value with a ">" inside its quotes as one value, and the tag after it', () => {
    const { usage } = scanned(`<div data-x="a>b" class="after"><em class='c>d'>t</em></div>`);
    expect(usage.classes.has('after')).toBe(true);
    expect(usage.classes.has('c>d')).toBe(true);
    expect(usage.tags.has('em')).toBe(true);
  });

  it('reads non-ASCII values from the page’s bytes as UTF-8', () => {
    const { usage } = scanned(Buffer.from('<p class="æble" id="mål-2">ø</p><a class="ok">', 'utf8'));
    expect([...usage.classes].sort()).toEqual(['ok', 'æble']);
    expect([...usage.ids]).toEqual(['mål-2']);
  });

  it('is generous: end tags count (they imply the element), every class attribute counts, a script’s text counts as a script', () => {
    const { usage } = scanned(`<div class="one" class="two"></br></section><script>el.classList.add("from-inline")</script>`);
    expect(usage.classes.has('two')).toBe(true);
    expect(usage.tags.has('br')).toBe(true);
    expect(usage.tags.has('section')).toBe(true);
    expect(usage.hasClass('from-inline')).toBe(true);
  });
});

describe('the places the step rewrites', () => {
  it('finds the stylesheet link whatever the order of its attributes, with the href’s exact range and the tag’s end', () => {
    const html = `<head><link href="/_astro/a.css" media="all" rel="stylesheet"><link rel=stylesheet href='/_astro/b.css'><link rel="icon" href="/_astro/c.css"><link rel="stylesheet" href="/other.css"></head>`;
    const { found } = scanned(html);
    expect(found.sheets.map((s) => s.value)).toEqual(['/_astro/a.css', '/_astro/b.css']);
    for (const s of found.sheets) {
      expect(html.slice(s.start, s.end)).toMatch(/^href=(["'])\/_astro\/[ab]\.css\1$/);
      expect(html.slice(0, s.tagEnd).endsWith('>')).toBe(true);
      expect(html.lastIndexOf('<link', s.start)).toBe(html.lastIndexOf('<', s.tagEnd - 1));
    }
  });

  it('gives the same places as the positioned HTML reader (src/html/scan.ts)', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/x.css"><script type="module" src="/_astro/s.js"></script></head><body><a href="/">x</a><a download="kilde.bib" href="data:text/plain,%40a">bib</a></body></html>`;
    const expected: { start: number; end: number }[] = [];
    scanHtml(html, {
      open(tag) {
        const href = tag.attributes.find((a) => a.name === 'href');
        if (href && (tag.name === 'link' || href.value.startsWith('data:'))) expected.push({ start: href.start, end: href.end });
      },
    });
    const { found } = scanned(html);
    expect([...found.sheets, ...found.downloads].map((p) => ({ start: p.start, end: p.end }))).toEqual(expected);
    expect(found.scripts).toEqual(['/_astro/s.js']);
  });

  it('finds a data: download with its file name, value range and byte positions', () => {
    const html = 'ø<a class="btn" download="kilde.json" href="data:application/json,%7B%7D">json</a><a download="../x" href="data:,1">no</a><a download="y.txt" href="/y.txt">file</a>';
    const bytes = Buffer.from(html, 'utf8');
    const { found } = scanned(bytes);
    expect(found.downloads).toHaveLength(1);
    const d = found.downloads[0]!;
    expect(d.name).toBe('kilde.json');
    expect(bytes.toString('utf8', d.valueStart, d.valueEnd)).toBe('data:application/json,%7B%7D');
    expect(bytes.toString('utf8', d.start, d.end)).toBe('href="data:application/json,%7B%7D"');
  });

  it('takes nothing from comments or the text of a script or style', () => {
    const html = `<!-- <link rel="stylesheet" href="/_astro/c.css"> --><script>const s = '<link rel="stylesheet" href="/_astro/s.css">';</script><style>a::after{content:"<a download=\\"x.txt\\" href=\\"data:,1\\">"}</style><link rel="stylesheet" href="/_astro/real.css">`;
    const { found } = scanned(html);
    expect(found.sheets.map((s) => s.value)).toEqual(['/_astro/real.css']);
    expect(found.downloads).toEqual([]);
  });

  it('lists scripts and module preloads on this site only', () => {
    const { found } = scanned(`<script src="/theme-init.js"></script><link rel="modulepreload" href="/_astro/m.js"><script src="//cdn.example/x.js"></script><script src="https://x/y.js"></script>`);
    expect(found.scripts.sort()).toEqual(['/_astro/m.js', '/theme-init.js']);
  });
});
