/**
 * Writes content data as YAML in the catalogue's style, changing only what changed: the file as it
 * is now is parsed with the `yaml` package, and every node whose value is unchanged is kept as it
 * was (its quoting, folding, comments and blank lines), so saving an entry from the CMS leaves the
 * other entries byte for byte. New or changed values are written the way the content files are:
 *
 *   - keys in the order of the data (src/cms/adapter.ts puts them in the schema's order);
 *   - text in double quotes, a single word plain ("procentpoint", an id); never folded over
 *     lines (lineWidth 0), so a long quote stays one line the checker can compare;
 *   - a list of numbers in flow style (`lines: [17, 17]`), every other list in block style;
 *   - a new entry of a top-level list separated by a blank line when the file's entries are.
 */
import { Document, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Structural equality of plain data (what JSON and YAML hold). The order of an object's keys does
 * not count: an entry written with its keys in another order than the schema's is unchanged.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && sameData(a[k], b[k]));
  }
  return false;
}

/** A single word: letters, digits, ".", "_" and "-" (YAML quotes it anyway where it would read as a number or true/false). */
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/** A new node for `value`, in the content files' style. */
function createNode(doc: Document, value: unknown): Node {
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const v of value) seq.items.push(createNode(doc, v));
    seq.flow = value.length > 0 && value.every((v) => typeof v === 'number');
    return seq;
  }
  if (isPlainObject(value)) {
    const map = new YAMLMap();
    for (const [k, v] of Object.entries(value)) map.items.push(new Pair(new Scalar(k), createNode(doc, v)));
    return map;
  }
  const scalar = doc.createNode(value) as Scalar;
  if (typeof value === 'string') scalar.type = WORD.test(value) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
  return scalar;
}

const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);

/** The id of a list entry node, when it is a map with an `id`. */
function idOf(node: unknown): unknown {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => keyOf(p) === 'id');
  return pair && isScalar(pair.value) ? pair.value.value : undefined;
}

/** `old` where its value equals `value`, else a node for `value` that reuses what of `old` is unchanged. */
function reconcile(doc: Document, old: unknown, value: unknown): Node {
  if (old && (isMap(old) || isSeq(old) || isScalar(old)) && sameData(old.toJSON(), value)) return old as Node;
  if (Array.isArray(value) && isSeq(old)) {
    const byId = new Map(old.items.map((n) => [idOf(n), n] as const).filter(([id]) => id !== undefined));
    const items = value.map((v, i) => {
      const id = isPlainObject(v) ? v.id : undefined;
      const match = id !== undefined ? byId.get(id) : isPlainObject(v) && idOf(old.items[i]) !== undefined ? undefined : old.items[i];
      return reconcile(doc, match, v);
    });
    old.items = items;
    if (value.every((v) => typeof v === 'number')) old.flow = value.length > 0 && (old.flow ?? false);
    return old;
  }
  if (isPlainObject(value) && isMap(old)) {
    old.items = Object.entries(value).map(([k, v]) => {
      const pair = old.items.find((p) => keyOf(p) === k);
      if (pair) {
        pair.value = reconcile(doc, pair.value, v);
        return pair;
      }
      return new Pair(new Scalar(k), createNode(doc, v));
    });
    return old;
  }
  return createNode(doc, value);
}

const STRINGIFY = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

/** YAML text of `node` alone (a one-item list for a list entry, a one-key map for a key). */
function render(_doc: Document, node: Node): string {
  // Blank lines and comments before the part are kept in its `lead` (chunksOf), not printed twice.
  const top = isSeq(node) ? node.items[0] : isMap(node) ? node.items[0]?.key : undefined;
  if (top && (isMap(top) || isSeq(top) || isScalar(top))) {
    top.spaceBefore = false;
    top.commentBefore = undefined;
  }
  const out = new Document();
  out.contents = node as never;
  return out.toString(STRINGIFY);
}

/** One top-level part of a file: an entry of a list, or a key of a map, with the comment lines and blank lines before it. */
interface Chunk {
  lead: string;
  body: string;
}

/**
 * The file cut into its top-level parts: every line that starts at column 0 with "- " (a list) or
 * "key:" (a map) begins one; comments and blank lines just before it are its `lead`. Undefined
 * when the file is not laid out so (then the whole file is written anew).
 */
function chunksOf(text: string, list: boolean, count: number): { head: string; chunks: Chunk[] } | undefined {
  const start = list ? /^-(?=[ \t\r\n]|$)/gm : /^[A-Za-z_][\w-]*:(?=[ \t\r\n]|$)/gm;
  const offsets = [...text.matchAll(start)].map((m) => m.index);
  if (offsets.length !== count || count === 0) return undefined;
  const parts = offsets.map((o, i) => text.slice(o, offsets[i + 1] ?? text.length));
  const head = text.slice(0, offsets[0]);
  const chunks: Chunk[] = [];
  let lead = '';
  parts.forEach((part) => {
    const lines = part.split(/(?<=\n)/);
    let cut = lines.length;
    while (cut > 1 && /^(?:[ \t]*#.*|[ \t]*)\r?\n?$/.test(lines[cut - 1]!) && !/^[ \t]+#/.test(lines[cut - 1]!)) cut--;
    chunks.push({ lead, body: lines.slice(0, cut).join('') });
    lead = lines.slice(cut).join('');
  });
  chunks[chunks.length - 1]!.body += lead; // what follows the last part stays with it
  return { head, chunks };
}

const withNewline = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);

/**
 * `data` as YAML text; with `oldText`, the file as it is now: every top-level entry (or key) whose
 * value is unchanged is copied as it stands, byte for byte; a changed one is written anew, keeping
 * of it what the `yaml` package can (comments, unchanged nodes); a new one in the files' style.
 */
export function writeYaml(data: unknown, oldText?: string): string {
  if (oldText === undefined || oldText.trim() === '' || oldText.trim() === '[]') {
    const doc = new Document();
    return render(doc, createNode(doc, data));
  }
  const doc = parseDocument(oldText);
  const old = doc.contents;
  const oldData = doc.toJSON() as unknown;
  if (Array.isArray(data) && isSeq(old) && Array.isArray(oldData)) {
    const cut = chunksOf(oldText, true, old.items.length);
    if (cut) {
      const spaced = cut.chunks.length > 1 && cut.chunks.slice(1).every((c) => /^\r?\n/.test(c.lead));
      const used = new Set<number>();
      const parts = data.map((entry, i) => {
        const id = isPlainObject(entry) ? entry.id : undefined;
        let j = id !== undefined ? oldData.findIndex((o, k) => !used.has(k) && isPlainObject(o) && o.id === id) : !used.has(i) && i < oldData.length ? i : -1;
        if (j >= 0) used.add(j);
        if (j >= 0 && sameData(oldData[j], entry)) return cut.chunks[j]!;
        const seq = new YAMLSeq();
        seq.items.push(reconcile(doc, j >= 0 ? old.items[j] : undefined, entry));
        const lead = j >= 0 ? cut.chunks[j]!.lead : i > 0 && spaced ? '\n' : '';
        return { lead, body: render(doc, seq) };
      });
      if (parts.length > 0 && parts[0]!.lead === '\n' && cut.chunks[0]!.lead === '') parts[0] = { ...parts[0]!, lead: '' };
      return cut.head + parts.map((p, i) => (i === parts.length - 1 ? p.lead + p.body : p.lead + withNewline(p.body))).join('');
    }
  }
  if (isPlainObject(data) && isMap(old) && isPlainObject(oldData)) {
    const keys = Object.keys(oldData);
    const cut = chunksOf(oldText, false, keys.length);
    if (cut) {
      // The file's own key order for keys it has; a new key goes after the key the data puts before it.
      const order = keys.filter((k) => k in data);
      Object.keys(data).forEach((k, i, all) => {
        if (order.includes(k)) return;
        const after = all.slice(0, i).reverse().find((p) => order.includes(p));
        order.splice(after === undefined ? 0 : order.indexOf(after) + 1, 0, k);
      });
      const parts = order.map((k) => {
        const j = keys.indexOf(k);
        if (j >= 0 && sameData(oldData[k], data[k])) return cut.chunks[j]!;
        const pair = j >= 0 ? old.items.find((p) => keyOf(p) === k) : undefined;
        const map = new YAMLMap();
        map.items.push(new Pair(pair?.key ?? new Scalar(k), reconcile(doc, pair?.value, data[k])));
        return { lead: j >= 0 ? cut.chunks[j]!.lead : '', body: render(doc, map) };
      });
      return cut.head + parts.map((p, i) => (i === parts.length - 1 ? p.lead + p.body : p.lead + withNewline(p.body))).join('');
    }
  }
  doc.contents = reconcile(doc, old, data) as never;
  return doc.toString(STRINGIFY);
}
