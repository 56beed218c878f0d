/**
 * The search page's elements, built in a tiny DOM stub (the module only creates elements, sets
 * className/textContent/href/dataset and appends), so no browser is needed.
 */
import { describe, expect, it } from 'vitest';
import { excerpt, resultItem, type Doc } from '../../../src/search/page/dom';

class Node {
  children: (Node | string)[] = [];
  className = '';
  href = '';
  dataset: Record<string, string> = {};
  #text = '';
  constructor(readonly tag: string) {}
  set textContent(t: string) {
    this.children = [];
    this.#text = t;
  }
  get textContent(): string {
    return this.#text + this.children.map((c) => (typeof c === 'string' ? c : c.textContent)).join('');
  }
  append(...xs: (Node | string)[]) {
    this.children.push(...xs);
  }
  /** The tree as compact markup, for comparing. */
  html(): string {
    const attrs = [this.className && ` class`, this.href && ` href="${this.href}"`, ...Object.entries(this.dataset).map(([k, v]) => ` data-${k}="${v}"`)].join('');
    return `<${this.tag}${attrs}>${this.#text}${this.children.map((c) => (typeof c === 'string' ? c : c.html())).join('')}</${this.tag}>`;
  }
}
const doc = { createElement: (tag: string) => new Node(tag) } as unknown as Doc;
const html = (x: unknown) => (x as Node).html();

describe('search page elements', () => {
  it('marks matched words of an excerpt, with the keywords they matched through', () => {
    const p = excerpt(doc, [{ text: 'Hjælp', marked: false }, { text: 'beskæftigelse', marked: true, via: ['job'] }, { text: 'nu', marked: false }], 'x');
    expect(html(p)).toBe('<p class>Hjælp <mark class data-via="job">beskæftigelse</mark> nu</p>');
  });

  it('builds a result: kicker, heading link, excerpt, document, sub-results', () => {
    const li = resultItem(doc, {
      kicker: 'Dokument · Kerteminde Kommune',
      title: { href: '/dokumenter/k/?highlight=bolig', text: 'Integrationspolitik' },
      excerpt: [{ text: 'egnede', marked: false }, { text: 'boliger', marked: true }, { text: 'til', marked: false }, { text: 'alle', marked: false }],
      subs: [{ link: { href: '/dokumenter/k/?highlight=bolig#b-1', text: '1: Egnede boliger' } }],
    });
    expect(html(li)).toBe(
      '<li class><p class>Dokument · Kerteminde Kommune</p><h3 class><a href="/dokumenter/k/?highlight=bolig">Integrationspolitik</a></h3>' +
        '<p class>egnede <mark class>boliger</mark> til alle</p>' +
        '<ul class><li><a href="/dokumenter/k/?highlight=bolig#b-1">1: Egnede boliger</a></li></ul></li>',
    );
  });
});
