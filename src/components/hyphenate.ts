/**
 * Danish hyphenation of headings, at build time. A long compound ("Integrationshandlingsprogram")
 * does not fit a phone's line in a large heading; without help the browser breaks it anywhere and
 * without a hyphen ("handlingspro|gram"). CSS `hyphens: auto` needs the browser's own Danish
 * dictionary, which many lack (Chromium on Linux), so the points are written into the text as soft
 * hyphens (U+00AD): invisible unless the line breaks there, then shown as "-". Patterns: TeX's
 * Danish hyphenation patterns from the `hyphen` package.
 *
 * Soft hyphens are taken out again where the text is read rather than shown: the search index
 * (src/search/build-index.ts) and copied text (src/components/soft-hyphens.ts).
 */
// A CommonJS module: Node's ESM loader finds no named exports in it, so take them from the default.
import hyphenDa from 'hyphen/da';

const { hyphenateSync } = hyphenDa;

export const SOFT_HYPHEN = '\u00AD';

/**
 * Words shorter than this fit a line of any heading on a phone and are left alone: hyphenating
 * them only made the browser split words ("efter-kommere") that could as well move down whole.
 */
const MIN_WORD = 14;
/** Letters kept together at each end of a word ("In-tegration…" reads badly). */
const MIN_EDGE = 3;

/** A private-use character marks the points while they are trimmed (never in real text). */
const POINT = '\uE000';

/** Keep only the hyphenation points with at least MIN_EDGE letters on both sides, in one word. */
function trimPoints(word: string): string {
  const parts = word.split(POINT);
  if (parts.length === 1) return word;
  const total = parts.join('').length;
  let out = parts[0]!;
  let seen = out.length;
  for (const part of parts.slice(1)) {
    out += seen >= MIN_EDGE && total - seen >= MIN_EDGE ? SOFT_HYPHEN + part : part;
    seen += part.length;
  }
  return out;
}

/**
 * `text` with soft hyphens at the Danish hyphenation points of its long words (14 letters or
 * more), never within three letters of a word's start or end. Idempotent: soft hyphens already in
 * the text are removed first.
 */
export function hyphenate(text: string): string {
  const plain = text.replaceAll(SOFT_HYPHEN, '');
  return hyphenateSync(plain, { hyphenChar: POINT, minWordLength: MIN_WORD })
    .split(/(\s+)/)
    .map((chunk) => trimPoints(chunk))
    .join('');
}
