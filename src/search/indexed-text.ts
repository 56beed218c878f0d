/**
 * A built page as Pagefind reads it, from one scan with the HTML reader (src/html/scan.ts): its
 * markup exactly as written (optionally slimmed), cut into the text runs Pagefind indexes or not,
 * so keywords can be written into the text (keywords.ts) while every other byte stays as it was.
 *
 * What Pagefind indexes: the text inside data-pagefind-body (or the whole body when a page has
 * none), except inside data-pagefind-ignore and the chrome Pagefind drops (its REMOVE_SELECTORS).
 */
import { scanHtml } from '../html/scan';

/** Elements whose text Pagefind never indexes (its REMOVE_SELECTORS), and textarea (raw text). */
const NOT_INDEXED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template', 'title', 'textarea']);

/** A run of text between two tags, as written (entities not decoded). */
export interface TextRun {
  text: string;
  /** Pagefind indexes it. */
  indexed: boolean;
  /** Inside an element with data-search-context (words a page is found by but does not show). */
  context: boolean;
  /** The weight Pagefind gives the text: its heading's (HEADING_WEIGHTS), else 1. */
  weight: number;
}

/** Pagefind's default weight of the words of each heading level (h1 7 … h6 2); other text weighs 1. */
export const HEADING_WEIGHTS: Readonly<Record<string, number>> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };

/** Marks the start of an element with an id that Pagefind indexes: an anchor of its sub-results. */
export const PART = Symbol('part');
/** Marks the end of the start tag of the first data-pagefind-body element. */
export const BODY = Symbol('body');

/** A piece of a page: markup as written, a text run, or a mark. Joined in order they are the page. */
export type Segment = string | TextRun | typeof PART | typeof BODY;

/** A page cut into segments, with what the search step needs to know about it. */
export interface IndexText {
  segments: Segment[];
  /** Some element has data-pagefind-body (else Pagefind indexes the whole body). */
  hasBody: boolean;
  /** Some element has a data-pagefind-filter="type[…]". */
  hasType: boolean;
  /** The keys of the page's data-pagefind-sort attributes ("date" for data-pagefind-sort="date[value]"). */
  sortKeys: Set<string>;
}

interface Frame {
  /** Indexed if the page has a data-pagefind-body … */
  ifBody: boolean;
  /** … and if it has none. */
  ifNone: boolean;
  context: boolean;
  weight: number;
  /** The element is a data-pagefind-body element. */
  body?: boolean;
  /** Inside an element whose Pagefind filter, meta or sort value is its text (no `[attribute]`): its text is needed even where not indexed. */
  valueText?: boolean;
}

/** Pagefind attributes that count wherever they are on a page, also outside data-pagefind-body. */
const READ_ANYWHERE = new Set(['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort', 'data-pagefind-default-meta', 'data-pagefind-index-attrs']);

/** An attribute of READ_ANYWHERE, or an image (Pagefind's default image), in a page's source. */
const READ_OUTSIDE_BODY = new RegExp(`${[...READ_ANYWHERE].join('|')}|<img[\\s>/]`, 'gi');

/** True when something from `from` on could be read by Pagefind outside data-pagefind-body. */
function readLater(html: string, from: number): boolean {
  READ_OUTSIDE_BODY.lastIndex = from;
  return READ_OUTSIDE_BODY.test(html);
}

/** A place between two characters of a page's segments: before `segment`, or `offset` characters into it. */
interface Cut {
  segment: number;
  offset: number;
}

/** Soft hyphens in headings (src/components/hyphenate.ts) are layout, not text: one word. */
const SOFT_HYPHEN = /\u00AD|&shy;/gi;

/**
 * Reads a page into segments. With `slim`, the page is cut down to what Pagefind reads: without
 * soft hyphens, the <head> (its language stays on <html>), <svg> icons and class attributes,
 * which are most of a Tailwind page's bytes. A page with data-pagefind-body is cut further (see
 * bodyOnly): only its data-pagefind-body elements are kept, without the text Pagefind does not
 * index in them, unless some Pagefind attribute lies outside them.
 */
export function readIndexText(page: string, slim = false, options: { skipStart?: boolean } = {}): IndexText {
  if (slim && options.skipStart !== false) {
    const start = skippableStart(page);
    const read = start && readFrom(page.slice(start.at).replace(SOFT_HYPHEN, ''), true, start.htmlTag);
    if (read) return read;
  }
  return readFrom(slim ? page.replace(SOFT_HYPHEN, '') : page, slim)!;
}

/** Start and end of each element Pagefind drops, and of comments: each must be closed before a body element skippableStart starts at. */
const OPENED_AND_CLOSED: readonly (readonly [RegExp, RegExp])[] = [
  ...[...NOT_INDEXED].map((name) => [new RegExp(`<${name}[\\s>/]`, 'gi'), new RegExp(`</${name}\\s*>`, 'gi')] as const),
  [/<!--/g, /-->/g],
];

/**
 * Where the reading of a slimmed page may start: at its first data-pagefind-body element, when
 * nothing before it counts for Pagefind (no Pagefind attribute, image or h1) and every element
 * there is closed that would change how the body is read (elements Pagefind drops, raw text,
 * comments). The head and the header are a third of a page: read for nothing, since only the
 * body elements are kept (bodyOnly). `htmlTag`: the page's <html> start tag.
 */
export function skippableStart(page: string): { at: number; htmlTag: string } | undefined {
  const attribute = page.indexOf('data-pagefind-body');
  if (attribute === -1) return undefined;
  const at = page.lastIndexOf('<', attribute);
  if (at === -1 || !/^<[a-z][\w-]*\s[^<>]*$/i.test(page.slice(at, attribute))) return undefined;
  const before = page.slice(0, at);
  if (/data-pagefind-|<img[\s>/]|<h1[\s>]/i.test(before)) return undefined;
  const count = (re: RegExp) => before.match(re)?.length ?? 0;
  if (OPENED_AND_CLOSED.some(([open, close]) => count(open) !== count(close))) return undefined;
  return { at, htmlTag: /<html[\s>][^>]*>?/i.exec(before)?.[0] ?? '<html>' };
}

/**
 * Reads `html` into segments (see readIndexText). `htmlTag` is given when `html` is the rest of a
 * page from its first data-pagefind-body element on (skippableStart): then the result is only
 * given where the page can be cut to its body elements, and undefined otherwise.
 */
function readFrom(html: string, slim: boolean, htmlTag?: string): IndexText | undefined {
  const partial = htmlTag !== undefined;
  const segments: Segment[] = [];
  const runs: (TextRun & Frame)[] = [];
  let cursor = 0;
  /** Copies the source up to `to` as markup. */
  const keep = (to: number) => {
    if (to > cursor) {
      const last = segments.length - 1;
      // Markup stays one string up to the next text run or mark.
      if (typeof segments[last] === 'string') segments[last] += html.slice(cursor, to);
      else segments.push(html.slice(cursor, to));
    }
    cursor = to;
  };
  const stack: Frame[] = [{ ifBody: false, ifNone: true, context: false, weight: 1 }];
  // While slimming: the depth of the stack at which a dropped element (head, svg) was opened.
  let droppedAt = -1;
  let droppedFrom = 0;
  let headDropped = false;
  let hasBody = false;
  let bodyMarked = false;
  let hasType = false;
  const sortKeys = new Set<string>();
  // While slimming: where the data-pagefind-body elements start and end, the <html> start tag,
  // and where Pagefind attributes lie outside a data-pagefind-body element (see bodyOnly).
  let openBodies = 0;
  let regionStart: Cut | undefined;
  let regionEnd: Cut | undefined;
  let regionFrom = -1;
  let regionTo = -1;
  htmlTag ??= '<html>';
  // The first <h1> of the page (Pagefind's default title), while it is open and once closed.
  let h1From = -1;
  let h1Depth = -1;
  let firstH1 = '';
  const outside: number[] = [];
  let finished = false;
  /** The place right after what has been kept so far. */
  const here = (): Cut => {
    const last = segments[segments.length - 1];
    return typeof last === 'string' ? { segment: segments.length - 1, offset: last.length } : { segment: segments.length, offset: 0 };
  };

  scanHtml(html, {
    open(tag) {
      const parent = stack[stack.length - 1]!;
      let body = false;
      let ignore = false;
      let id = false;
      let context = parent.context;
      let valueText = parent.valueText;
      let pagefind = false;
      for (const a of tag.attributes) {
        if (READ_ANYWHERE.has(a.name)) pagefind = true;
        if ((a.name === 'data-pagefind-filter' || a.name === 'data-pagefind-meta' || a.name === 'data-pagefind-sort') && !a.value.includes('[')) valueText = true;
        switch (a.name) {
          case 'data-pagefind-body':
            body = true;
            break;
          case 'data-pagefind-ignore':
            ignore = true;
            break;
          case 'data-search-context':
            context = true;
            break;
          case 'id':
            id = true;
            break;
        }
      }
      const frame: Frame = { ifBody: parent.ifBody, ifNone: parent.ifNone, context, weight: HEADING_WEIGHTS[tag.name] ?? parent.weight, body, valueText };
      if (body) frame.ifBody = frame.ifNone = true;
      if (slim && tag.name === 'html' && !tag.implied) htmlTag = html.slice(tag.start, tag.end);
      // Pagefind takes a page's default image from its first <img>, wherever it is.
      if (slim && (pagefind || tag.name === 'img') && !body && openBodies === 0) outside.push(tag.start);
      if (slim && tag.name === 'h1' && h1From === -1 && !tag.implied) {
        h1From = tag.start;
        h1Depth = stack.length; // (the length the stack has again once the h1 is closed)
      }
      if (ignore || NOT_INDEXED.has(tag.name)) frame.ifBody = frame.ifNone = false;
      stack.push(frame);
      if (droppedAt !== -1) return;
      if (slim && !tag.implied && (tag.name === 'svg' || (tag.name === 'head' && !headDropped))) {
        keep(tag.start);
        droppedAt = stack.length - 1;
        droppedFrom = tag.start;
        headDropped ||= tag.name === 'head';
        return;
      }
      if (body && slim) {
        keep(tag.start);
        regionStart ??= here();
        if (regionFrom === -1) regionFrom = tag.start;
        openBodies++;
      }
      for (const a of tag.attributes) {
        if (a.name === 'class') {
          if (slim && html.startsWith('class="', a.start) && /\s/.test(html[a.start - 1]!)) {
            keep(a.start - 1);
            cursor = a.end;
          }
        } else if (a.name === 'data-pagefind-filter') {
          if (a.value.startsWith('type[')) hasType = true;
        } else if (a.name === 'data-pagefind-sort') {
          const bracket = a.value.indexOf('[');
          if (bracket !== -1) sortKeys.add(a.value.slice(0, bracket));
        }
      }
      keep(tag.end);
      // An ignored element's id is no anchor for Pagefind (its headings carry data-pagefind-ignore).
      if (id && (frame.ifBody || frame.ifNone)) segments.push(PART);
      if (body) {
        hasBody = true;
        if (!bodyMarked) segments.push(BODY);
        bodyMarked = true;
      }
    },
    close(tag) {
      const frame = stack.pop();
      if (stack.length === h1Depth) {
        // Only its text is read (no classes, no icons).
        firstH1 = html.slice(h1From, tag.implied ? tag.start : tag.end).replace(/<svg[\s\S]*?<\/svg>/gi, '').replace(/\sclass="[^"]*"/g, '');
        h1Depth = -1;
      }
      if (droppedAt !== -1 && stack.length === droppedAt) {
        keep(droppedFrom);
        cursor = tag.implied ? tag.start : tag.end;
        droppedAt = -1;
      }
      if (frame?.body && slim && droppedAt === -1) {
        keep(tag.implied ? tag.start : tag.end);
        regionEnd = here();
        regionTo = tag.implied ? tag.start : tag.end;
        openBodies--;
        // Nothing after this Pagefind reads (no Pagefind attribute, image or first h1 follows):
        // the rest (the cite section, the footer) need not be read at all.
        if (openBodies === 0) finished = !readLater(html, regionTo) && (h1From !== -1 || !/<h1[\s>]/i.test(html.slice(regionTo)));
      }
    },
    done: () => finished,
    text(start, end) {
      if (droppedAt !== -1) return;
      keep(start);
      const top = stack[stack.length - 1]!;
      const run = { text: html.slice(start, end), indexed: false, context: top.context, weight: top.weight, ifBody: top.ifBody, ifNone: top.ifNone, valueText: top.valueText };
      segments.push(run);
      runs.push(run);
      cursor = end;
    },
  });
  if (droppedAt !== -1) cursor = html.length;
  keep(html.length);
  for (const run of runs) {
    run.indexed = hasBody ? run.ifBody : run.ifNone;
  }
  const read = { segments, hasBody, hasType, sortKeys };
  if (!slim || !regionStart || !regionEnd || openBodies !== 0) return partial ? undefined : read;
  if (outside.some((at) => at < regionFrom || at >= regionTo)) return partial ? undefined : read;
  // The first <h1> is the default title: kept, before the body, where it is not indexed.
  const title = h1From !== -1 && h1From < regionFrom ? firstH1 : '';
  return bodyOnly(read, regionStart, regionEnd, htmlTag + (title ? `<body>${title}` : '<body>'));
}

/**
 * A slimmed page with data-pagefind-body, cut to what Pagefind reads of it: `before` (the <html>
 * start tag for its language, <body>, and the page's first <h1> if it lies before: Pagefind's
 * default title, read wherever it is), then everything from the first data-pagefind-body element's start tag to the end
 * of the last one, without the text in it that Pagefind does not index (data-pagefind-ignore,
 * nav, form …) except where a filter or meta value is taken from text. Only called when no Pagefind
 * attribute lies outside the data-pagefind-body elements (Pagefind reads those anywhere).
 * The header, menu, footer and the ignored parts are most of a page; Pagefind's time and memory
 * grow with what it reads (issue 14: the search step's build cost at national scale).
 */
function bodyOnly(page: IndexText, start: Cut, end: Cut, before: string): IndexText {
  const segments: Segment[] = [];
  // Markup stays one string up to the next text run or mark (as readIndexText has it).
  const push = (s: Segment) => {
    const last = segments[segments.length - 1];
    if (typeof s === 'string' && typeof last === 'string') segments[segments.length - 1] = last + s;
    else if (s !== '') segments.push(s);
  };
  push(`<!DOCTYPE html>${before}`);
  for (let i = start.segment; i <= Math.min(end.segment, page.segments.length - 1); i++) {
    const s = page.segments[i]!;
    if (typeof s === 'string') push(s.slice(i === start.segment ? start.offset : 0, i === end.segment ? end.offset : s.length));
    else if (i === end.segment) break;
    else if (typeof s === 'object' && !s.indexed && !(s as TextRun & Frame).valueText) continue;
    else push(s);
  }
  push('</body></html>');
  return { ...page, segments };
}

/** The page the segments make, with each text run replaced by what `onText` returns. */
export function joinSegments(page: IndexText, onText: (run: TextRun) => string = (run) => run.text): string {
  let out = '';
  for (const s of page.segments) {
    if (typeof s === 'string') out += s;
    else if (typeof s === 'object') out += onText(s);
  }
  return out;
}

/** A built page cut down to what Pagefind reads (see readIndexText). */
export function slimForIndex(html: string): string {
  return joinSegments(readIndexText(html, true));
}

// ---------------------------------------------------------------------------------------------
// Keeping a read page between the two passes of the search step without reading it again

/** Control characters that mark segments in an encoded page (never in a page we encode). */
const MARK = { part: '\u0001', body: '\u0002', run: '\u0003', end: '\u0004' } as const;
const MARKS = /[\u0001-\u0004]/;

/**
 * The page as one string that decodeIndexText turns back into the same IndexText without parsing
 * (the search step writes it in its first pass and reads it in its second), or undefined when the
 * page itself holds one of the control characters used as marks.
 */
export function encodeIndexText(page: IndexText): string | undefined {
  const out = [JSON.stringify([page.hasBody, page.hasType, [...page.sortKeys]]), '\n'];
  for (const s of page.segments) {
    if (typeof s === 'string') {
      if (MARKS.test(s)) return undefined;
      out.push(s);
    } else if (s === PART) out.push(MARK.part);
    else if (s === BODY) out.push(MARK.body);
    else {
      if (MARKS.test(s.text)) return undefined;
      out.push(MARK.run, s.indexed ? (s.context ? 'C' : 'I') : 'N', String(s.weight), s.text, MARK.end);
    }
  }
  return out.join('');
}

/** The IndexText an encodeIndexText string holds. */
export function decodeIndexText(encoded: string): IndexText {
  const newline = encoded.indexOf('\n');
  const [hasBody, hasType, sortKeys] = JSON.parse(encoded.slice(0, newline)) as [boolean, boolean, string[]];
  const segments: Segment[] = [];
  const marks = new RegExp(MARKS.source, 'g');
  let at = newline + 1;
  while (at < encoded.length) {
    marks.lastIndex = at;
    const stop = marks.exec(encoded)?.index ?? encoded.length;
    if (stop > at) segments.push(encoded.slice(at, stop));
    if (stop === encoded.length) break;
    const mark = encoded[stop];
    if (mark === MARK.part) segments.push(PART);
    else if (mark === MARK.body) segments.push(BODY);
    else {
      const end = encoded.indexOf(MARK.end, stop);
      const kind = encoded[stop + 1];
      // The weight is one digit (1–7, HEADING_WEIGHTS).
      segments.push({ text: encoded.slice(stop + 3, end), indexed: kind !== 'N', context: kind === 'C', weight: Number(encoded[stop + 2]) });
      at = end + 1;
      continue;
    }
    at = stop + 1;
  }
  return { segments, hasBody, hasType, sortKeys: new Set(sortKeys) };
}
