/**
 * Between the content files (our YAML) and what Decap CMS edits (JSON that fits its widgets),
 * guided by each collection's JSON Schema (src/cms/fields.ts):
 *
 *   toCms    YAML text → JSON text: a list file becomes { items: [...] }; a list item written as a
 *            plain string becomes { text } (the CMS edits every item as { label, text }).
 *   fromCms  JSON text (+ the file as it is now) → YAML text: the reverse, plus what a form leaves
 *            behind is cleaned away (empty strings, empty optional objects, a default `[]`/`false`
 *            the file did not spell out), numbers typed as text become numbers where the schema
 *            wants a number, keys follow the schema's order, and the YAML is written by
 *            src/cms/yaml-write.ts, which keeps every unchanged entry exactly as it was.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import type { CollectionSpec } from '../collections/registry';
import { entryJsonSchema, isListItem, isScalarChoice, type JsonNode } from './fields';
import { writeYaml } from './yaml-write';

/** Does the collection keep its entries as a YAML list (rather than one entry per file)? */
const isListFile = (spec: CollectionSpec): boolean => spec.storage.in !== 'document';

const schemaCache = new WeakMap<CollectionSpec, JsonNode>();
function entryNode(spec: CollectionSpec): JsonNode {
  let node = schemaCache.get(spec);
  if (!node) schemaCache.set(spec, (node = entryJsonSchema(spec.schema)));
  return node;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A YAML value as the CMS edits it. */
function toCmsValue(value: unknown, node: JsonNode | undefined): unknown {
  if (!node) return value;
  if (isListItem(node)) return typeof value === 'string' ? { text: value } : value;
  if (isScalarChoice(node)) return typeof value === 'number' ? String(value) : value;
  if (Array.isArray(value)) {
    if (Array.isArray(node.items)) return value;
    return value.map((v) => toCmsValue(v, node.items as JsonNode | undefined));
  }
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCmsValue(v, node.properties?.[k])]));
  }
  return value;
}

/** The text of a content file as the CMS reads it (JSON). */
export function toCms(spec: CollectionSpec, yamlText: string): string {
  const data = load(yamlText, { schema: CORE_SCHEMA }) ?? (isListFile(spec) ? [] : {});
  const node = entryNode(spec);
  const cms = isListFile(spec) ? { items: (Array.isArray(data) ? data : []).map((e) => toCmsValue(e, node)) } : toCmsValue(data, node);
  return JSON.stringify(cms, null, 2);
}

/** The value an empty field of the form leaves: nothing to write. */
const isEmpty = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * A value from the CMS as the content file writes it; undefined when nothing is to be written.
 * `old` is the same place in the file as it is now, so an explicit `themes: []` it has is kept.
 */
function fromCmsValue(value: unknown, node: JsonNode | undefined, old: unknown): unknown {
  if (isEmpty(value)) return undefined;
  if (!node) return value;
  if (isListItem(node)) {
    if (!isPlainObject(value)) return value;
    const label = isEmpty(value.label) ? undefined : value.label;
    if (isEmpty(value.text)) return undefined;
    // Written as the file had it: a plain string unless the item has a label (or was an object).
    return label === undefined && !isPlainObject(old) ? value.text : { ...(label !== undefined ? { label } : {}), text: value.text };
  }
  if (isScalarChoice(node)) return scalarChoiceValue(value, node);
  switch (node.type) {
    case 'integer':
    case 'number': {
      if (typeof value === 'string' && /^-?\d+(?:[.,]\d+)?$/.test(value.trim())) return Number(value.trim().replace(',', '.'));
      return value;
    }
    case 'array': {
      if (!Array.isArray(value)) return value;
      const oldList = Array.isArray(old) ? old : [];
      const items = value.map((v, i) => {
        const itemNode = Array.isArray(node.items) ? node.items[i] : node.items;
        return fromCmsValue(v, itemNode, matchOld(v, oldList, i));
      });
      const kept = items.filter((v) => v !== undefined);
      if (kept.length === 0 && !Array.isArray(old)) return undefined; // the default (or a required list the checker will ask for)
      return kept;
    }
    case 'boolean':
      if (value === false && node.default === false && old === undefined) return undefined;
      return value;
    case 'object': {
      if (!isPlainObject(value)) return value;
      const oldObject = isPlainObject(old) ? old : {};
      const props = node.properties ?? {};
      const keys = [...Object.keys(props), ...Object.keys(value).filter((k) => !(k in props))];
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        if (!(key in value)) continue;
        const v = fromCmsValue(value[key], props[key], oldObject[key]);
        if (v !== undefined) out[key] = v;
      }
      return Object.keys(out).length === 0 && !isPlainObject(old) ? undefined : out;
    }
    default:
      return value;
  }
}

/** A value of a string-or-number field, typed as text: a number when only a number branch takes it. */
function scalarChoiceValue(value: unknown, node: JsonNode): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  const branches = node.anyOf ?? [];
  const asString = branches.some((b) => b.type === 'string' && (b.pattern === undefined || new RegExp(b.pattern, 'u').test(text)));
  const wantsNumber = branches.some((b) => b.type === 'integer' || b.type === 'number');
  if (!asString && wantsNumber && /^-?\d+(?:[.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  return text;
}

/** The entry of the file as it is now that `value` edits: the one with the same id, else the one at the same place. */
function matchOld(value: unknown, oldList: unknown[], index: number): unknown {
  if (isPlainObject(value) && typeof value.id === 'string') {
    const byId = oldList.find((o) => isPlainObject(o) && o.id === value.id);
    if (byId !== undefined) return byId;
    return undefined;
  }
  return oldList[index];
}

/** The data the CMS saved (JSON text), as the content file's data. */
export function fromCmsData(spec: CollectionSpec, json: string, oldData: unknown): unknown {
  const data = JSON.parse(json) as unknown;
  const node = entryNode(spec);
  if (isListFile(spec)) {
    const items = isPlainObject(data) && Array.isArray(data.items) ? data.items : [];
    const oldList = Array.isArray(oldData) ? oldData : [];
    return items.map((e, i) => fromCmsValue(e, node, matchOld(e, oldList, i))).filter((e) => e !== undefined);
  }
  return fromCmsValue(data, node, oldData) ?? {};
}

/** The YAML text to write for what the CMS saved, keeping the file's unchanged parts as they are. */
export function fromCms(spec: CollectionSpec, json: string, oldYaml: string | undefined): string {
  const oldData = oldYaml === undefined ? undefined : load(oldYaml, { schema: CORE_SCHEMA });
  return writeYaml(fromCmsData(spec, json, oldData), oldYaml);
}
