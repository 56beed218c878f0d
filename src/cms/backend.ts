/**
 * The CMS's local backend: Decap CMS's `local_backend` protocol (the one decap-server speaks in its
 * "fs" mode: POST { action, params } → JSON), served by the dev server itself for the content
 * folder only. Unlike decap-server it
 *   - reads and writes nothing outside the content folder, and only the collections' YAML files;
 *   - converts every file to the JSON the CMS edits and back (src/cms/adapter.ts), so the files
 *     keep our YAML (top-level lists, plain-string list items, unchanged entries byte for byte).
 * After a save, `findingsFor` gives the checker's findings for the saved file (src/cms/findings.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { REGISTRY, type CollectionSpec, type Collections } from '../collections/registry';
import { fromCms, toCms } from './adapter';

/** A file the CMS reads or writes, relative to the content folder ("documents/x/goals.yaml"). */
export type CmsPath = string;

/** Thrown for a request the backend refuses; the message says why (HTTP 422). */
export class BackendRefusal extends Error {}

/** The collection whose entries a content file holds, or undefined for any other file. */
export function collectionOfPath(path: CmsPath, collections: Collections = REGISTRY): CollectionSpec | undefined {
  const parts = path.split('/');
  // A document folder is named by its id (no "..", no dots): the only folder a content file may be in.
  if (parts.length === 3 && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(parts[1]!)) return undefined;
  for (const spec of Object.values(collections)) {
    const s = spec.storage;
    if (s.in === 'list' && parts.length === 1 && parts[0] === s.file) return spec;
    if (s.in === 'document' && parts.length === 3 && parts[0] === 'documents' && parts[2] === 'document.yaml') return spec;
    if (s.in === 'document-list' && parts.length === 3 && parts[0] === 'documents' && parts[2] === s.file) return spec;
  }
  return undefined;
}

/** The absolute path of `path` under `root`; refuses a path that leaves it. */
function inside(root: string, path: string): string {
  const full = resolve(root, path);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || rel.split(sep).includes('..') || resolve(root, rel) !== full) {
    throw new BackendRefusal(`${path}: outside the content folder`);
  }
  return full;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

interface EntryFile {
  data: string | null;
  file: { path: string; label?: string; id: string | null };
}

/** The Decap local backend for one content folder. */
export class LocalBackend {
  constructor(
    readonly root: string,
    readonly collections: Collections = REGISTRY,
  ) {}

  /** A content file as the CMS reads it (null data when it does not exist yet). */
  read(path: CmsPath, label?: string): EntryFile {
    const spec = collectionOfPath(path, this.collections);
    if (!spec) return { data: null, file: { path, ...(label ? { label } : {}), id: null } };
    const full = inside(this.root, path);
    // A file the document does not have yet (goals.yaml is optional) reads as empty, so the CMS can create it.
    if (!existsSync(full)) return { data: toCms(spec, ''), file: { path, ...(label ? { label } : {}), id: null } };
    const text = readFileSync(full, 'utf8');
    return { data: toCms(spec, text), file: { path, ...(label ? { label } : {}), id: sha(text) } };
  }

  /** Writes what the CMS saved for `path` (JSON) as the content file's YAML. */
  write(path: CmsPath, raw: string): void {
    const spec = collectionOfPath(path, this.collections);
    if (!spec) throw new BackendRefusal(`${path}: not a content file of a collection (src/collections/registry.ts)`);
    const full = inside(this.root, path);
    const old = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    const yaml = fromCms(spec, raw, old);
    if (yaml === old) return;
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, yaml);
  }

  /** The collection files under `folder` (up to `depth` levels) that are one entry each (document.yaml). */
  listFolder(folder: string, depth: number): CmsPath[] {
    const start = inside(this.root, folder);
    const out: CmsPath[] = [];
    const walk = (dir: string, level: number) => {
      if (level > depth || !existsSync(dir)) return;
      for (const name of readdirSync(dir).sort()) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full, level + 1);
        else {
          const path = relative(this.root, full).split(sep).join('/');
          if (collectionOfPath(path, this.collections)?.storage.in === 'document') out.push(path);
        }
      }
    };
    walk(start, 1);
    return out;
  }

  /** Answers one request of the protocol. */
  handle(body: { action?: string; params?: Record<string, unknown> }): unknown {
    const params = body.params ?? {};
    switch (body.action) {
      case 'info':
        return { repo: 'content', publish_modes: ['simple'], type: 'local_fs' };
      case 'entriesByFolder':
        return this.listFolder(String(params.folder), Number(params.depth ?? 1)).map((p) => this.read(p));
      case 'entriesByFiles':
        return ((params.files as { path: string; label?: string }[]) ?? []).map((f) => this.read(f.path, f.label));
      case 'getEntry':
        return this.read(String(params.path));
      case 'persistEntry': {
        const files = (params.dataFiles as { path: string; raw: string; newPath?: string }[] | undefined) ?? [params.entry as { path: string; raw: string; newPath?: string }];
        if ((params.assets as unknown[] | undefined)?.length) throw new BackendRefusal('the catalogue keeps no media files: upload refused');
        for (const f of files) {
          if (f.newPath && f.newPath !== f.path) throw new BackendRefusal(`${f.path}: renaming a content file is not supported here (see README "Renaming an id safely")`);
          this.write(f.path, f.raw);
        }
        return { message: 'entry persisted' };
      }
      case 'getMedia':
        return [];
      case 'deleteFile':
      case 'deleteFiles': {
        const paths = body.action === 'deleteFile' ? [String(params.path)] : (params.paths as string[]);
        for (const p of paths) {
          if (!collectionOfPath(p, this.collections)) throw new BackendRefusal(`${p}: not a content file`);
          const full = inside(this.root, p);
          if (existsSync(full)) unlinkSync(full);
        }
        return { message: `deleted ${paths.join(', ')}` };
      }
      case 'getDeployPreview':
        return null;
      default:
        throw new BackendRefusal(`unknown action ${body.action}`);
    }
  }
}
