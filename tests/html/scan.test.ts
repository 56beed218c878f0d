/** src/html/scan.ts: a streaming read that reports every tag and text run with its exact source range. */
import { describe, expect, it } from 'vitest';
import { attributeOf, scanHtml, type ScannedCloseTag, type ScannedOpenTag } from '../../src/html/scan';

const HTML =
  '<!DOCTYPE html><div id="a" class="x > y" hidden data-v=raw title=\'q\'>Tekst &amp; mere<!-- <p id="nope"> -->' +
  '<p>en<div>to</div></p><br/><script>if (a < b) document.write("</div>")</script></div>';

function scan(html: string) {
  const events: string[] = [];
  const opens: ScannedOpenTag[] = [];
  const closes: ScannedCloseTag[] = [];
  scanHtml(html, {
    open: (t) => (opens.push(t), events.push(`<${t.name}${t.implied ? ' implied' : ''}>`)),
    close: (t) => (closes.push(t), events.push(`</${t.name}${t.implied ? ' implied' : ''}>`)),
    text: (s, e) => events.push(`text ${JSON.stringify(html.slice(s, e))}`),
  });
  return { events, opens, closes };
}

describe('scanHtml', () => {
  const { events, opens, closes } = scan(HTML);

  it('reports tags and text in order, with the parser\'s rules (implied ends, void elements, raw text)', () => {
    expect(events).toEqual([
      '<div>',
      'text "Tekst &amp; mere"',
      '<p>',
      'text "en"',
      '</p implied>', // a <div> ends an open <p> …
      '<div>',
      'text "to"',
      '</div>',
      '<p implied>', // … and the </p> left over opens and closes an empty one
      '</p>',
      '<br>',
      '</br implied>',
      '<script>',
      'text "if (a < b) document.write(\\"</div>\\")"',
      '</script>',
      '</div>',
    ]);
  });

  it('gives every start tag, end tag and attribute its exact source range', () => {
    for (const t of opens.filter((o) => !o.implied)) {
      const source = HTML.slice(t.start, t.end);
      expect(source).toMatch(new RegExp(`^<${t.name}[\\s\\S]*>$`));
      for (const a of t.attributes) expect(HTML.slice(a.start, a.end).startsWith(a.name)).toBe(true);
    }
    const div = opens[0]!;
    expect(HTML.slice(div.start, div.end)).toBe('<div id="a" class="x > y" hidden data-v=raw title=\'q\'>');
    expect(div.attributes.map((a) => HTML.slice(a.start, a.end))).toEqual(['id="a"', 'class="x > y"', 'hidden', 'data-v=raw', "title='q'"]);
    expect(div.attributes.map((a) => a.value)).toEqual(['a', 'x > y', '', 'raw', 'q']);
    expect(attributeOf(div, 'hidden')).toBe('');
    expect(attributeOf(div, 'lang')).toBeUndefined();
    for (const t of closes.filter((c) => !c.implied)) expect(HTML.slice(t.start, t.end)).toBe(`</${t.name}>`);
  });

  it('leaves comments and the doctype between the ranges it reports', () => {
    const covered: [number, number][] = [];
    scanHtml(HTML, {
      open: (t) => void (t.implied || covered.push([t.start, t.end])),
      close: (t) => void (t.implied || covered.push([t.start, t.end])),
      text: (s, e) => void covered.push([s, e]),
    });
    let at = 0;
    const gaps: string[] = [];
    for (const [s, e] of covered) {
      if (s > at) gaps.push(HTML.slice(at, s));
      at = Math.max(at, e);
    }
    expect(gaps).toEqual(['<!DOCTYPE html>', '<!-- <p id="nope"> -->']);
    expect(at).toBe(HTML.length);
  });
});
