/**
 * The Decap CMS configuration, generated from the collection registry (src/collections/registry.ts)
 * and the content folder: it is built on every request of /admin/config.json, so it can never
 * disagree with the schemas.
 *
 * How the registry's storage maps to Decap (paths are relative to the content folder, which is the
 * local backend's root, src/cms/backend.ts):
 *   list           (content/themes.yaml …)            a file collection with one file; its list is the field `items`
 *   document       (documents/<id>/document.yaml)     a folder collection (new documents can be created)
 *   document-list  (documents/<id>/goals.yaml …)      a file collection with one file per document folder;
 *                                                     its relations point at the goals and sections of that document
 * The files are read and written as JSON by the CMS; the backend converts to and from our YAML
 * (src/cms/adapter.ts), so a top-level YAML list (which Decap cannot edit) becomes { items: [...] }.
 *
 * Every collection of the registry is here (synonyms and national goals included); follow-up values
 * are fields of the goals' measures and the initiatives' success criteria (`followUps`), so they are
 * edited there. Deliberately NOT in the CMS:
 *   national-goal-links.yaml  not a registry collection (src/follow-up/national.ts reads it): each
 *                             link names a goal by id or a success criterion by initiative id and
 *                             position across all documents, which Decap's relation widget cannot
 *                             pick; an editor's link would be a typed id the form cannot check.
 *                             Edited in YAML; `npm run check` checks it (see content/README.md).
 *   sources/                  the source texts are transcriptions, not form data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { REGISTRY, type CollectionSpec, type Collections } from '../collections/registry';
import { DANISH_FILES } from './danish';
import { entryFields, type CmsField, type FieldContext } from './fields';

/** Where the admin page and the local backend are served by the dev server. */
export const ADMIN_PATH = '/admin/';
export const BACKEND_PATH = '/admin/api/v1/';

/** A document folder of the content folder: its id (the folder name) and title, for labels. */
export interface DocumentFolder {
  id: string;
  title: string;
}

/** The document folders of a content folder, sorted by id. */
export function documentFolders(contentDir: string): DocumentFolder[] {
  const root = join(contentDir, 'documents');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((id) => existsSync(join(root, id, 'document.yaml')))
    .sort()
    .map((id) => {
      let title = id;
      try {
        const data = load(readFileSync(join(root, id, 'document.yaml'), 'utf8'), { schema: CORE_SCHEMA }) as { title?: unknown };
        if (typeof data?.title === 'string') title = data.title;
      } catch {
        // A document.yaml that does not parse is still listed by its id; the checker reports it.
      }
      return { id, title };
    });
}

/** The Danish help for a collection (what its file holds); recorded in `untranslated` when src/cms/danish.ts has none. */
function fileHint(ctx: FieldContext): string {
  const hint = DANISH_FILES[ctx.collection];
  if (!hint) ctx.untranslated.push(`${ctx.collection}: (the collection)`);
  return hint ?? '';
}

/** The list field that holds a list file's entries ({ items: [...] } in the CMS, a plain list in YAML). */
function itemsField(spec: CollectionSpec, ctx: FieldContext): CmsField {
  const fields = entryFields(spec.schema, ctx);
  const names = fields.map((f) => f.name);
  const summary = ['label', 'name', 'title', 'id'].filter((n) => names.includes(n)).slice(0, 2).map((n) => `{{fields.${n}}}`).join(' – ');
  const label = spec.danish.plural.charAt(0).toUpperCase() + spec.danish.plural.slice(1);
  return { name: 'items', label, label_singular: spec.danish.singular, widget: 'list', hint: DANISH_FILES[ctx.collection] ?? '', required: false, fields, summary, collapsed: true };
}

export interface CmsConfig {
  config: Record<string, unknown>;
  /** Fields without a description (should be none: tests/cms/config.test.ts). */
  missing: string[];
  /** Fields (and collections) without a Danish label and help in src/cms/danish.ts (should be none: tests/cms/danish.test.ts). */
  untranslated: string[];
}

/** The Decap configuration for a content folder and a set of collections. */
export function cmsConfig(contentDir: string, collections: Collections = REGISTRY): CmsConfig {
  const missing: string[] = [];
  const untranslated: string[] = [];
  const docs = documentFolders(contentDir);
  const out: Record<string, unknown>[] = [];
  for (const [name, spec] of Object.entries(collections)) {
    const ctx = (document?: string): FieldContext => ({ collection: name, missing, untranslated, document });
    const label = spec.danish.plural.charAt(0).toUpperCase() + spec.danish.plural.slice(1);
    const description = fileHint(ctx());
    switch (spec.storage.in) {
      case 'list':
        out.push({
          name,
          label,
          label_singular: spec.danish.singular,
          description,
          format: 'json',
          files: [{ name, label, file: spec.storage.file, fields: [itemsField(spec, ctx())] }],
        });
        break;
      case 'document':
        out.push({
          name,
          label,
          label_singular: spec.danish.singular,
          description,
          folder: 'documents',
          path: '{{slug}}/document',
          extension: 'yaml',
          format: 'json',
          create: true,
          slug: '{{fields.id}}',
          identifier_field: 'title',
          summary: '{{title}} ({{id}})',
          fields: entryFields(spec.schema, ctx()),
        });
        break;
      case 'document-list': {
        const file = spec.storage.file;
        // Every document gets the same fields; only the relations to its own goals and sections differ.
        const files = docs.map((d, i) => ({
          name: d.id,
          label: d.title === d.id ? d.id : `${d.title} (${d.id})`,
          file: `documents/${d.id}/${file}`,
          fields: [itemsField(spec, i === 0 ? ctx(d.id) : { collection: name, missing: [], untranslated: [], document: d.id })],
        }));
        if (docs.length === 0) itemsField(spec, ctx()); // still report fields without help
        out.push({ name, label, label_singular: spec.danish.singular, description, format: 'json', files });
        break;
      }
    }
  }
  return {
    missing,
    untranslated,
    config: {
      load_config_file: false,
      backend: { name: 'git-gateway' },
      local_backend: { url: BACKEND_PATH },
      locale: 'da',
      publish_mode: 'simple',
      media_folder: 'cms-media',
      editor: { preview: false },
      show_preview_links: false,
      collections: out,
    },
  };
}
