/**
 * Decap CMS fields from the content schemas. Each collection's zod schema (src/collections/schemas/)
 * is turned into its JSON Schema (the same one editors' YAML language servers use, io: 'input'),
 * and that into Decap widgets: every field's `label` and `hint` are its Danish label and help text
 * (src/cms/danish.ts; the schema's English `.describe()` stays for developers), `required` and
 * `pattern` come from the schema, an enum becomes a select, a list item that may be a string or
 * { label, text } becomes a { label, text } object (src/cms/adapter.ts converts both ways), and a
 * field that names another entry becomes a relation (see `REFERENCES`).
 *
 * A field without a description is collected in `missing`, one without a Danish label and help in
 * `untranslated`, so a test fails when a schema adds a field without either (tests/cms/config.test.ts,
 * tests/cms/danish.test.ts).
 */
import type { z } from 'astro/zod';
import { toJsonSchema } from '../open-data/schema';
import { DANISH, type DanishField } from './danish';

/** A JSON Schema node, as z.toJSONSchema writes it. */
export type JsonNode = {
  type?: string;
  description?: string;
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode | JsonNode[];
  anyOf?: JsonNode[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
};

/** A Decap CMS field (the subset of options this project uses). */
export interface CmsField {
  name: string;
  label: string;
  label_singular?: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: (string | { label: string; value: string })[];
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
  multiple?: boolean;
  collection?: string;
  file?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  filters?: { field: string; values: string[] }[];
  options_length?: number;
}

/** Where the entry being edited lives: the relations to "the same document" need its id. */
export interface FieldContext {
  /** Id of the document folder whose files are edited, for goal and section relations. */
  document?: string;
  /** Paths of fields without a description ("initiatives: goals[].note"), filled while generating. */
  missing: string[];
  /** Paths of fields without a Danish label and help text in src/cms/danish.ts, filled while generating. */
  untranslated: string[];
  /** Name of the collection, for `missing` and the Danish texts. */
  collection: string;
}

/**
 * The Danish label and help of the field at `path` (an entry of a list, "<path>[]", has its list's);
 * a field without them is recorded in `untranslated`.
 */
function danishField(path: string, ctx: FieldContext): DanishField | undefined {
  const item = path.endsWith('[]');
  const danish = DANISH[ctx.collection]?.[item ? path.slice(0, -2) : path];
  if (!danish && !item) ctx.untranslated.push(`${ctx.collection}: ${path}`);
  return danish;
}

/** The options of a choice: the stored values, each with its Danish name where src/cms/danish.ts gives one. */
function choiceOptions(values: unknown[], danish: DanishField | undefined): CmsField['options'] {
  return values.map(String).map((value) => (danish?.options?.[value] ? { label: danish.options[value], value } : value));
}

/** The Decap collection and field path (within an entry) a reference field points at. */
type Relation = (ctx: FieldContext) => Pick<CmsField, 'collection' | 'file' | 'value_field' | 'search_fields' | 'display_fields' | 'filters'> | undefined;

const listRelation = (collection: string, display: string): Relation => () => ({
  collection,
  file: collection,
  value_field: 'items.*.id',
  search_fields: [`items.*.${display}`, 'items.*.id'],
  display_fields: [`items.*.${display}`],
});

/** A goal of the same document, picked by number and title ("Mål 3 Flere i job"). */
const sameDocumentGoal: Relation = (ctx) =>
  ctx.document
    ? {
        collection: 'goals',
        file: ctx.document,
        value_field: 'items.*.number',
        search_fields: ['items.*.label', 'items.*.title', 'items.*.number'],
        display_fields: ['items.*.label', 'items.*.title'],
      }
    : undefined;

/** A section of the same document (its sections live in document.yaml). */
const sameDocumentSection: Relation = (ctx) =>
  ctx.document
    ? {
        collection: 'documents',
        value_field: 'sections.*.id',
        search_fields: ['sections.*.title', 'sections.*.id'],
        display_fields: ['sections.*.title'],
        filters: [{ field: 'id', values: [ctx.document] }],
      }
    : undefined;

const document: Relation = () => ({ collection: 'documents', value_field: 'id', search_fields: ['title', 'id'], display_fields: ['title'] });

/**
 * Fields that hold the id (or number) of another entry, by their path in an entry ("goals[].goal")
 * or, for names used the same way everywhere, by their name alone ("themes"). The checker's
 * reference rules (src/checker/refs.ts, goals.ts) check the same fields.
 */
export const REFERENCES: Record<string, Relation> = {
  themes: listRelation('themes', 'label'),
  targetGroups: listRelation('targetGroups', 'label'),
  municipality: listRelation('municipalities', 'name'),
  municipalities: listRelation('municipalities', 'name'),
  section: sameDocumentSection,
  sections: sameDocumentSection,
  listedIn: document,
  'goals[].document': document,
  'goals[].goal': sameDocumentGoal,
  'goals[].from': sameDocumentGoal,
  'goals[].to': sameDocumentGoal,
};

/** Fields whose text is a word or a line (a one-line input); every other text gets a text area. */
const ONE_LINE = new Set(['id', 'number', 'label', 'title', 'unit', 'citedAs', 'file', 'place', 'name', 'officialName', 'code', 'publisher', 'subtitle', 'speaker', 'role', 'term', 'group', 'by', 'url', 'date', 'dated']);

/** Is this node the list item "a string, or { label, text }" (common.ts listItemSchema)? */
export function isListItem(node: JsonNode): boolean {
  const branches = node.anyOf ?? [];
  return branches.length === 2 && branches.some((b) => b.type === 'string') && branches.some((b) => b.type === 'object' && b.properties?.text !== undefined);
}

/**
 * Is this node a choice between plain values ("an ISO date or a year": a string or an integer)? The
 * CMS edits it as one line of text; src/cms/adapter.ts writes a whole number back as a number when a
 * branch wants one and no string branch's pattern takes it.
 */
export function isScalarChoice(node: JsonNode): boolean {
  const branches = node.anyOf ?? [];
  return branches.length > 1 && branches.every((b) => b.type === 'string' || b.type === 'integer' || b.type === 'number');
}

/** Can the node hold a reference: a string or number, or a list of them (not a list of objects)? */
function namesEntries(node: JsonNode): boolean {
  const scalar = (n: JsonNode | undefined) => n?.type === 'string' || n?.type === 'integer' || n?.type === 'number';
  return scalar(node) || (node.type === 'array' && !Array.isArray(node.items) && scalar(node.items));
}

/** A list's item node (JSON Schema `items` as a schema, not a tuple). */
const itemOf = (node: JsonNode): JsonNode | undefined => (Array.isArray(node.items) ? undefined : node.items);

function summaryOf(fields: CmsField[]): string | undefined {
  const names = fields.map((f) => f.name);
  const shown = ['label', 'title', 'name', 'text', 'description', 'id'].filter((n) => names.includes(n)).slice(0, 2);
  return shown.length ? shown.map((n) => `{{fields.${n}}}`).join(' ') : undefined;
}

/** The Decap field for the JSON Schema node of field `name` (at `path` within an entry). */
export function toField(name: string, node: JsonNode, required: boolean, path: string, ctx: FieldContext): CmsField {
  if (!node.description) ctx.missing.push(`${ctx.collection}: ${path}`);
  const danish = danishField(path, ctx);
  const label = danish?.label ?? name;
  const hint = danish?.hint ?? node.description;
  const base: CmsField = { name, label, widget: 'string', ...(hint ? { hint } : {}), required };

  const relation = namesEntries(node) ? (REFERENCES[path] ?? REFERENCES[name])?.(ctx) : undefined;
  if (relation) {
    const multiple = node.type === 'array';
    return { ...base, widget: 'relation', ...relation, multiple, options_length: 200 };
  }
  if (isListItem(node)) {
    const object = node.anyOf!.find((b) => b.type === 'object')!;
    return { ...base, widget: 'object', fields: objectFields(object, path, ctx), summary: '{{fields.label}} {{fields.text}}' };
  }
  if (isScalarChoice(node)) return { ...base, widget: 'string' };
  switch (node.type) {
    case 'object': {
      const fields = objectFields(node, path, ctx);
      return { ...base, widget: 'object', fields, collapsed: !required, summary: summaryOf(fields) };
    }
    case 'array': {
      const item = itemOf(node);
      const list = { ...base, widget: 'list', ...(danish?.singular ? { label_singular: danish.singular } : {}) };
      if (!item) {
        // A tuple ([from, to] line numbers): a list of numbers of exactly that length.
        const first = (node.items as JsonNode[])[0]!;
        return { ...list, field: toField('value', { ...first, description: node.description }, true, `${path}[]`, ctx), min: node.minItems, max: node.maxItems };
      }
      const element = toField(name, { description: node.description, ...item }, true, `${path}[]`, ctx);
      if (element.widget === 'object') {
        return { ...list, fields: element.fields, summary: element.summary };
      }
      return { ...list, field: { ...element, name: 'value', label } };
    }
    case 'string':
      if (node.enum) return { ...base, widget: 'select', options: choiceOptions(node.enum, danish) };
      if (node.pattern) return { ...base, widget: 'string', pattern: [node.pattern, hint ?? node.pattern] };
      return { ...base, widget: ONE_LINE.has(name) ? 'string' : 'text' };
    case 'integer':
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: node.type === 'integer' ? 'int' : 'float',
        ...(node.minimum !== undefined ? { min: node.minimum } : {}),
        ...(node.maximum !== undefined ? { max: node.maximum } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean', default: node.default === true };
    default:
      if (node.enum) return { ...base, widget: 'select', options: choiceOptions(node.enum, danish) };
      throw new Error(`src/cms/fields.ts: no Decap widget for the schema of ${ctx.collection}: ${path} (${JSON.stringify(node).slice(0, 120)})`);
  }
}

/** The Decap fields of an object node, in the schema's order. */
export function objectFields(node: JsonNode, path: string, ctx: FieldContext): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([key, child]) =>
    toField(key, child, required.has(key) && child.default === undefined, path ? `${path}.${key}` : key, ctx),
  );
}

/** The JSON Schema of one entry of a collection, as editors write it (defaults may be omitted). */
export function entryJsonSchema(schema: z.ZodType): JsonNode {
  return toJsonSchema(schema, 'input', { title: 'entry' }) as JsonNode;
}

/** The Decap fields of one entry of a collection. */
export function entryFields(schema: z.ZodType, ctx: FieldContext): CmsField[] {
  return objectFields(entryJsonSchema(schema), '', ctx);
}
