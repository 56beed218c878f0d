/**
 * The one read of a built page the page-weight step needs (./step.ts): one pass over the page's
 * bytes that notes the names its markup uses and where the few attributes the step rewrites are.
 *
 * It follows the HTML tokenizer of htmlparser2 (what src/html/scan.ts reads pages with) for what
 * decides where a tag starts and ends: comments (`<!-- … -->`, `<!…>`, `<?…>`), end tags, attribute
 * values in double, single or no quotes (a `>` inside quotes does not end the tag), and the raw
 * text of <script>, <style>, <xmp>, <iframe>, <noembed> and <noframes>, which holds no tags. So a
 * `<link>` or `<a>` written inside a comment or a script's text is never taken for one.
 * What it does not follow are the tree rules (implied and foreign elements); where those could
 * add a name it is generous instead: every end tag's name counts too (`</p>` implies a <p>),
 * `<image>` counts as <img> as well, the text of <title> and <textarea> is read as markup, the
 * text of an inline <script> counts as a script the page runs (./usage.ts), and every `class`
 * and `id` attribute of a tag counts, not only the first. Counting a name too many only keeps a
 * rule; missing one would drop a rule a page needs.
 *
 * No tree and no attribute list is built, values are only cut out for the attributes the step
 * reads, and nothing that refers to the page's text is kept (a substring would keep the whole
 * page in memory): at national scale the step reads about 300 MB of pages.
 *
 * Given the page's bytes (a Buffer), positions are byte offsets (the page is read as latin1, one
 * character a byte, and values with other than ASCII are decoded as UTF-8); given a string, they
 * are offsets into it. Ranges are half-open: `start` to `end`.
 */
import { decodeHTMLAttribute } from 'entities';
import { downloadFileName } from './downloads';
import type { Usage } from './usage';

/** Where built stylesheets and scripts live. */
export const ASSETS = '/_astro/';

/** A stylesheet the page links from /_astro/. */
export interface SheetLink {
  /** The href, decoded. */
  value: string;
  /** The href attribute, from its name to the end of its value (closing quote included). */
  start: number;
  end: number;
  /** Where the <link> tag ends (after its `>`). */
  tagEnd: number;
}

/** An `<a download>` whose href is a data: URL. */
export interface DataDownload {
  /** The href attribute, from its name to the end of its value. */
  start: number;
  end: number;
  /** The value of the href as written (entities not decoded). */
  valueStart: number;
  valueEnd: number;
  /** The file name to write it under (./downloads.ts). */
  name: string;
}

/** What the scan of one page found. */
export interface ScannedPage {
  /** Each stylesheet linked from /_astro/. */
  sheets: SheetLink[];
  /** Site paths of the scripts the page loads (script src, module preloads). */
  scripts: string[];
  /** Each download written as a data: URL. */
  downloads: DataDownload[];
}

/** Elements whose text holds no tags (htmlparser2's raw-text elements). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes']);
const NON_ASCII = /[^\x00-\x7f]/;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
/** A character that ends a tag or attribute name: whitespace, "/" or ">" (NaN at the end counts too). */
const endsName = (c: number): boolean => isSpace(c) || c === 47 || c === 62 || Number.isNaN(c);
const isLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/** True when `text` has the lowercase ASCII `word` at `at` (any case), for `length` characters. */
function isWord(text: string, at: number, length: number, word: string): boolean {
  if (length !== word.length) return false;
  for (let k = 0; k < length; k++) if ((text.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** A copy of a string that does not refer to the text it was cut from (see the module comment). */
export const detached = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

/** Where a comment or other markup declaration that starts at `lt` ("<!" or "<?") ends. */
function afterDeclaration(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    const body = lt + 4;
    if (html.charCodeAt(body) === 62) return body + 1; // <!-->
    if (html.startsWith('->', body)) return body + 2; // <!--->
    const close = /--!?>/g;
    close.lastIndex = body;
    const m = close.exec(html);
    return m ? m.index + m[0].length : html.length;
  }
  if (html.startsWith('<![CDATA[', lt)) {
    const end = html.indexOf(']]>', lt + 9);
    return end === -1 ? html.length : end + 3;
  }
  const gt = html.indexOf('>', lt + 2);
  return gt === -1 ? html.length : gt + 1;
}

/** Where the raw text of a `name` element that starts at `from` ends: at its end tag, or the end of the page. */
function rawTextEnd(html: string, from: number, name: string): number {
  for (let p = html.indexOf('</', from); p !== -1; p = html.indexOf('</', p + 1)) {
    if (isWord(html, p + 2, name.length, name) && endsName(html.charCodeAt(p + 2 + name.length))) return p;
  }
  return html.length;
}

/**
 * Reads a page (see the module comment): its stylesheets, scripts and data: downloads, and the
 * names of its elements, classes and ids into `usage` (when given).
 */
export function scanPage(page: string | Buffer, usage?: Usage): ScannedPage {
  const bytes = typeof page === 'string' ? undefined : page;
  const html = bytes ? bytes.toString('latin1') : (page as string);
  const n = html.length;
  const found: ScannedPage = { sheets: [], scripts: [], downloads: [] };
  /** The text between two positions, as a string (UTF-8 decoded when read from bytes), entities not decoded. */
  const raw = (start: number, end: number): string => {
    const v = html.slice(start, end);
    return bytes && NON_ASCII.test(v) ? bytes.toString('utf8', start, end) : v;
  };
  const value = (start: number, end: number): string => {
    const v = raw(start, end);
    return v.includes('&') ? decodeHTMLAttribute(v) : v;
  };

  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 || c === 63) {
      // <!-- comment -->, <!doctype …>, <![CDATA[…]]>, <?…>
      i = afterDeclaration(html, lt);
      continue;
    }
    if (c === 47) {
      // An end tag: its name counts (an end tag without a start tag implies the element).
      const nameStart = lt + 2;
      const first = html.charCodeAt(nameStart);
      let j = nameStart;
      if (isLetter(first)) {
        while (j < n && !endsName(html.charCodeAt(j))) j++;
        usage?.addTag(html.slice(nameStart, j).toLowerCase());
      } else if (first === 62) {
        i = nameStart + 1; // "</>" is nothing
        continue;
      }
      const gt = html.indexOf('>', j);
      i = gt === -1 ? n : gt + 1;
      continue;
    }
    if (!isLetter(c)) {
      i = lt + 1; // a "<" in text
      continue;
    }

    // A start tag: its name, then its attributes up to the ">" that is not inside a quoted value.
    const nameStart = lt + 1;
    let j = nameStart + 1;
    while (j < n && !endsName(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    usage?.addTag(name);
    if (name === 'image') usage?.addTag('img'); // htmlparser2 reads <image> outside SVG as <img>
    const kind = name === 'link' || name === 'script' || name === 'a' ? name : undefined;
    // The type of an <input> (date and number inputs have pseudo-elements of their own, ./prune-css.ts).
    let inputType: string | undefined;
    // The first rel, href, src and download of a link, script or a: [name start, value start, value end, attribute end].
    let rel: number[] | undefined;
    let href: number[] | undefined;
    let src: number[] | undefined;
    let download: number[] | undefined;
    let tagEnd = -1;
    while (j < n) {
      const ch = html.charCodeAt(j);
      if (ch === 62) {
        tagEnd = j + 1;
        break;
      }
      if (ch === 47 || isSpace(ch)) {
        j++;
        continue;
      }
      const attrStart = j;
      j++; // the first character of a name may be anything but whitespace, "/" and ">" ("=" too)
      while (j < n && html.charCodeAt(j) !== 61 && !endsName(html.charCodeAt(j))) j++;
      const attrNameEnd = j;
      let k = j;
      while (isSpace(html.charCodeAt(k))) k++;
      let valueStart = attrNameEnd;
      let valueEnd = attrNameEnd;
      let attrEnd = attrNameEnd;
      if (html.charCodeAt(k) === 61) {
        k++;
        while (isSpace(html.charCodeAt(k))) k++;
        const q = html.charCodeAt(k);
        if (q === 34 || q === 39) {
          valueStart = k + 1;
          const close = html.indexOf(q === 34 ? '"' : "'", valueStart);
          valueEnd = close === -1 ? n : close;
          attrEnd = close === -1 ? n : close + 1;
        } else {
          valueStart = k;
          while (k < n && !isSpace(html.charCodeAt(k)) && html.charCodeAt(k) !== 62) k++;
          valueEnd = attrEnd = k;
        }
        j = attrEnd;
      } else {
        j = k; // an attribute without a value
      }
      const length = attrNameEnd - attrStart;
      if (usage && length === 5 && isWord(html, attrStart, 5, 'class')) {
        // Most class attributes repeat on every page of a type: the value as read is the key, decoded once.
        const written = html.slice(valueStart, valueEnd);
        if (!usage.hasClassAttribute(written)) usage.addClassAttribute(written, value(valueStart, valueEnd));
      }
      else if (usage && length === 2 && isWord(html, attrStart, 2, 'id') && valueEnd > valueStart) usage.addId(value(valueStart, valueEnd));
      else if (usage && name === 'input' && inputType === undefined && isWord(html, attrStart, length, 'type')) inputType = value(valueStart, valueEnd);
      else if (kind) {
        const place = [attrStart, valueStart, valueEnd, attrEnd];
        if (!href && isWord(html, attrStart, length, 'href')) href = place;
        else if (!rel && isWord(html, attrStart, length, 'rel')) rel = place;
        else if (!src && isWord(html, attrStart, length, 'src')) src = place;
        else if (!download && isWord(html, attrStart, length, 'download')) download = place;
      }
    }
    if (tagEnd === -1) break; // the page ends inside the tag
    if (name === 'input') usage?.addInputType(inputType);

    if (kind === 'link' && href) {
      const target = value(href[1]!, href[2]!);
      const rels = rel ? value(rel[1]!, rel[2]!).toLowerCase().split(/\s+/) : [];
      if (rels.includes('stylesheet') && target.startsWith(ASSETS) && target.endsWith('.css')) {
        found.sheets.push({ value: detached(target), start: href[0]!, end: href[3]!, tagEnd });
      }
      if (rels.includes('modulepreload')) found.scripts.push(detached(target));
    } else if (kind === 'script' && src) {
      const target = value(src[1]!, src[2]!);
      if (target) found.scripts.push(detached(target));
    } else if (kind === 'a' && href && download) {
      const name = downloadFileName(value(download[1]!, download[2]!));
      if (name && value(href[1]!, href[2]!).startsWith('data:')) {
        found.downloads.push({ start: href[0]!, end: href[3]!, valueStart: href[1]!, valueEnd: href[2]!, name: detached(name) });
      }
    }
    i = tagEnd;
    if (RAW_TEXT.has(name)) {
      const end = rawTextEnd(html, tagEnd, name);
      if (name === 'script' && usage && end > tagEnd) usage.addScript(raw(tagEnd, end));
      i = end;
    }
  }
  found.scripts = found.scripts.filter((s) => s.startsWith('/') && !s.startsWith('//'));
  return found;
}
