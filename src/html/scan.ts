/**
 * A streaming read of an HTML string with the source position of everything it reports:
 * htmlparser2's parser (the HTML tokenizer plus its tree rules: void elements, implied end tags,
 * raw-text elements), without building a tree. For code that edits a page at exact places and
 * leaves every other byte as it was (the search keywords, src/search/keywords.ts).
 *
 * Positions are UTF-16 offsets into the string, ranges half-open: `html.slice(start, end)` is the
 * source of the thing reported. Attribute values are as written in the source (entities not
 * decoded); use the DOM reader (./page.ts) for decoded values.
 */
import { Parser } from 'htmlparser2';

/** An attribute of a start tag as written in the source. */
export interface ScannedAttribute {
  /** Lowercase name. */
  name: string;
  /** The value as written (no entities decoded); "" for an attribute without a value. */
  value: string;
  /** Source range from the first character of the name to the end of the value (or name). */
  start: number;
  end: number;
}

/** A start tag. An element opened by the parser's rules alone (`</p>` without a `<p>`) has `implied`. */
export interface ScannedOpenTag {
  /** Lowercase tag name. */
  name: string;
  attributes: ScannedAttribute[];
  /** Source range of the whole tag, `<` to `>`. */
  start: number;
  end: number;
  implied: boolean;
}

/** The end of an element. `implied` when no end tag is written (void elements, `<p>` closed by `<div>`, end of file). */
export interface ScannedCloseTag {
  name: string;
  /** Source range of the end tag; for an implied end, the range of the token that caused it. */
  start: number;
  end: number;
  implied: boolean;
}

/** What a scan reports, in source order. Each handler is optional. */
export interface ScanHandlers {
  open?(tag: ScannedOpenTag): void;
  close?(tag: ScannedCloseTag): void;
  /** A run of text between two tags (script and style contents included), as one range. */
  text?(start: number, end: number): void;
  /** Asked after each end of an element: true stops the scan there (nothing after it is reported). */
  done?(): boolean;
}

/** The value of an attribute of a scanned tag, or undefined when it has none. */
export function attributeOf(tag: ScannedOpenTag, name: string): string | undefined {
  for (const a of tag.attributes) if (a.name === name) return a.value;
  return undefined;
}

/**
 * Reads `html` from start to end and reports every start tag, end of element and text run with
 * its source range. Comments, the doctype and processing instructions are reported as nothing
 * (they lie between the ranges reported).
 */
export function scanHtml(html: string, handlers: ScanHandlers): void {
  let attributes: ScannedAttribute[] = [];
  // Adjacent text pieces (the tokenizer may cut a run) are reported as one range.
  let textStart = -1;
  let textEnd = -1;
  const flush = () => {
    if (textStart !== -1) {
      handlers.text?.(textStart, textEnd);
      textStart = -1;
    }
  };
  const parser: Parser = new Parser(
    {
      onattribute(name, value) {
        attributes.push({ name, value, start: parser.startIndex, end: parser.endIndex });
      },
      onopentag(name, _attribs, implied) {
        flush();
        handlers.open?.({ name, attributes, start: parser.startIndex, end: parser.endIndex + 1, implied });
        attributes = [];
      },
      onclosetag(name, implied) {
        flush();
        handlers.close?.({ name, start: parser.startIndex, end: parser.endIndex + 1, implied });
        if (handlers.done?.()) parser.pause();
      },
      ontext() {
        if (textStart === -1) textStart = parser.startIndex;
        textEnd = parser.endIndex + 1;
      },
      oncomment: flush,
      onprocessinginstruction: flush,
    },
    { decodeEntities: false },
  );
  parser.end(html);
  flush();
}
