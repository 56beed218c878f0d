/**
 * The one reader of built HTML: a page parsed by a real HTML parser (htmlparser2, into a
 * domhandler tree with source positions) and queried with CSS selectors (css-select), so no
 * module or test has to take a page apart with regular expressions.
 *
 *   const page = parseHtml(html);
 *   page.selectOne('link[rel~=canonical]')?.attr('href');
 *   page.links();  page.ids();  page.headings();
 *
 * Attribute values and text are decoded (`&amp;` → `&`); `source` gives an element's markup
 * exactly as written. For editing a page at exact positions without a tree, see ./scan.ts.
 */
import { is, selectAll, selectOne } from 'css-select';
import { DomHandler, isTag, type AnyNode, type Document, type Element, type ParentNode } from 'domhandler';
import { textContent } from 'domutils';
import { Parser } from 'htmlparser2';

/** How the tree is built: positions on, so an element can give its source. */
const HANDLER_OPTIONS = { withStartIndices: true, withEndIndices: true } as const;

/** A heading of a page (h1–h6). */
export interface Heading {
  level: number;
  /** Its text, whitespace collapsed. */
  text: string;
  /** Its id, if it has one. */
  id?: string;
}

/** Text as a reader sees it: soft hyphens removed, runs of whitespace collapsed into one space, trimmed. */
export const readerText = (text: string): string => text.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();

abstract class Queryable {
  /** @param source the HTML the tree was parsed from (for `source` of an element). */
  protected constructor(
    protected readonly nodes: ParentNode | AnyNode[],
    readonly html: string,
  ) {}

  /** Every element matching a CSS selector, in document order. */
  select(selector: string): HtmlElement[] {
    return selectAll<AnyNode, Element>(selector, this.nodes).map((e) => new HtmlElement(e, this.html));
  }

  /** The first element matching a CSS selector, or undefined. */
  selectOne(selector: string): HtmlElement | undefined {
    const e = selectOne<AnyNode, Element>(selector, this.nodes);
    return e ? new HtmlElement(e, this.html) : undefined;
  }

  /** The values of an attribute on every element that has it, in document order ("href" → every link target). */
  attrs(name: string): string[] {
    return this.select(`[${name}]`).map((e) => e.attr(name)!);
  }

  /** Every id inside (for a page: on the page). */
  ids(): Set<string> {
    return new Set(this.attrs('id'));
  }

  /** The target of every element with an href (links, stylesheets, icons …), as written, decoded. */
  links(): string[] {
    return this.attrs('href');
  }

  /** Every src="" and each URL of every srcset="". */
  srcs(): string[] {
    return [...this.attrs('src'), ...this.attrs('srcset').flatMap((set) => set.split(',').map((c) => c.trim().split(/\s+/)[0]!))];
  }

  /** The content of every <meta> whose content is an absolute http(s) URL (og:url, og:image …). */
  metaUrls(): string[] {
    return this.select('meta[content]')
      .map((m) => m.attr('content')!)
      .filter((c) => /^https?:/.test(c));
  }

  /** Every heading h1–h6 in document order. */
  headings(): Heading[] {
    return this.select('h1, h2, h3, h4, h5, h6').map((h) => {
      const id = h.attr('id');
      return { level: Number(h.name.slice(1)), text: h.text, ...(id === undefined ? {} : { id }) };
    });
  }

  /** The text inside, as written (entities decoded, whitespace kept). */
  get textContent(): string {
    return textContent(this.nodes as AnyNode | AnyNode[]);
  }

  /** The text inside as a reader sees it (see readerText). */
  get text(): string {
    return readerText(this.textContent);
  }
}

/** An element of a parsed page. */
export class HtmlElement extends Queryable {
  constructor(
    readonly node: Element,
    html: string,
  ) {
    super(node, html);
  }

  /** Lowercase tag name. */
  get name(): string {
    return this.node.name;
  }

  /** An attribute's decoded value; undefined when absent ("" for a boolean attribute). */
  attr(name: string): string | undefined {
    return this.node.attribs[name];
  }

  /** True when the element has the attribute (with or without a value). */
  has(name: string): boolean {
    return Object.hasOwn(this.node.attribs, name);
  }

  /** Every attribute with its decoded value. */
  get attributes(): Readonly<Record<string, string>> {
    return this.node.attribs;
  }

  /** The element's markup exactly as in the page, from its start tag to its end tag. */
  get source(): string {
    return this.html.slice(this.node.startIndex!, this.node.endIndex! + 1);
  }

  /** Its start tag exactly as written ("<a href=… class=…>"). */
  get startTag(): string {
    const first = this.node.children[0];
    if (first) return this.html.slice(this.node.startIndex!, first.startIndex!);
    const s = this.source;
    const close = s.lastIndexOf('</');
    return close > 0 && s.slice(close + 2, close + 2 + this.name.length).toLowerCase() === this.name ? s.slice(0, close) : s;
  }

  /** The markup between its start and end tag, exactly as in the page. */
  get innerSource(): string {
    const kids = this.node.children;
    if (!kids.length) return '';
    return this.html.slice(kids[0]!.startIndex!, kids[kids.length - 1]!.endIndex! + 1);
  }

  /** The parent element, if any. */
  get parent(): HtmlElement | undefined {
    const p = this.node.parent;
    return p && isTag(p) ? new HtmlElement(p, this.html) : undefined;
  }

  /** The element children. */
  get children(): HtmlElement[] {
    return this.node.children.filter(isTag).map((e) => new HtmlElement(e, this.html));
  }

  /** The next sibling element (text between them skipped), if any. */
  get next(): HtmlElement | undefined {
    let n = this.node.next;
    while (n && !isTag(n)) n = n.next;
    return n ? new HtmlElement(n, this.html) : undefined;
  }

  /** The previous sibling element (text between them skipped), if any. */
  get previous(): HtmlElement | undefined {
    let n = this.node.prev;
    while (n && !isTag(n)) n = n.prev;
    return n ? new HtmlElement(n, this.html) : undefined;
  }

  /** The nearest ancestor (or itself) matching a selector. */
  closest(selector: string): HtmlElement | undefined {
    for (let n: ParentNode | null = this.node; n; n = n.parent) {
      if (isTag(n) && is<AnyNode, Element>(n, selector)) return new HtmlElement(n, this.html);
    }
    return undefined;
  }
}

/** A parsed page (or fragment). */
export class HtmlPage extends Queryable {
  constructor(
    readonly document: Document,
    html: string,
  ) {
    super(document, html);
  }
}

/** Parses HTML (a page or a fragment) with the HTML parser's rules. */
export function parseHtml(html: string): HtmlPage {
  const handler = new DomHandler(undefined, HANDLER_OPTIONS);
  new Parser(handler).end(html);
  return new HtmlPage(handler.root, html);
}

/**
 * A parser that builds a tree from chunks and can be told to stop taking events (readHead in
 * ./built.ts stops after </head>). `finish()` returns the page parsed so far.
 */
export function chunkedParser(stopAfter?: (closedTag: string) => boolean): { write(chunk: string): boolean; finish(): HtmlPage } {
  let html = '';
  let stopped = false;
  // The tree handler takes every event up to the stop; then the parser pauses, so the rest of the
  // chunk (a page's body) is not even read. (A proxy that dropped the later events cost ~8× the
  // time on the national build's 7,800 heads, issue 12.)
  class Gated extends DomHandler {
    override onclosetag(): void {
      const name = (this.tagStack[this.tagStack.length - 1] as Element | undefined)?.name ?? '';
      super.onclosetag();
      if (stopAfter?.(name)) {
        stopped = true;
        parser.pause();
      }
    }
  }
  const handler = new Gated(undefined, HANDLER_OPTIONS);
  const parser = new Parser(handler);
  return {
    write(chunk) {
      if (stopped) return false;
      html += chunk;
      parser.write(chunk);
      return !stopped;
    },
    finish() {
      if (!stopped) parser.end();
      return new HtmlPage(handler.root, html);
    },
  };
}
