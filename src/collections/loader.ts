/**
 * The Astro content loader of every collection. All collections come from one read of the
 * content folder (src/collections/files.ts, the reader the checker uses too), shared between the
 * eight loaders. In `astro dev` each loader also watches the content folder: an edit is read
 * again and the changed entries replace the old ones (Astro then reloads the page). While an
 * edited file cannot be read or fails its schema, the last good entries stay and the problem is
 * printed with file:line (the content-dev integration shows it in the browser as well).
 */
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadContentFiles, type LoadedContent } from './files';
import { asStored, type CollectionName } from './registry';
import { contentDir, contentDirProblem } from './content-dir';
import { validateEntries } from './validate';

/** One read of the content folder, shared by every collection's loader until a file changes. */
class ContentSource {
  #content: LoadedContent | undefined;
  #version = 0;
  #lastChange = '';
  readonly dir = contentDir();

  /** Everything under the content folder; throws ContentReadError (file:line) when a file is broken. */
  read(): LoadedContent {
    if (!this.#content) {
      const problem = contentDirProblem(this.dir);
      if (problem) throw new Error(problem);
      this.#content = loadContentFiles(this.dir);
    }
    return this.#content;
  }

  /** How many times the folder has changed; a loader that saw an older version reloads. */
  get version(): number {
    return this.#version;
  }

  /**
   * A file changed. Every loader hears the same event; only the first one counts (the event, the
   * path and the file's modification time identify it), so the folder is read once per edit.
   */
  changed(event: string, path: string): void {
    let stamp = 'gone';
    try {
      stamp = String(statSync(path).mtimeMs);
    } catch {
      // deleted: 'gone'
    }
    const key = `${event}\u0000${path}\u0000${stamp}`;
    if (key === this.#lastChange) return;
    this.#lastChange = key;
    this.#content = undefined;
    this.#version++;
  }

  /** Whether `path` is inside the content folder. */
  holds(path: string): boolean {
    const rel = relative(this.dir, path);
    return rel !== '' && !rel.startsWith('..') && !rel.startsWith('/');
  }
}

const source = new ContentSource();

/** The entries of one collection as Astro stores them (registry.ts asStored: `document` for entries of a document folder). */
function entriesOf(content: LoadedContent, collection: CollectionName): Record<string, unknown>[] {
  return content.entries.filter((e) => e.collection === collection).map((e) => asStored(collection, e.data as Record<string, unknown>, e.document));
}

/** Fill (or refill) a collection's store; returns false, keeping the old entries, when the content has problems. */
async function fill(collection: CollectionName, context: LoaderContext, initial: boolean): Promise<boolean> {
  const { store, parseData, generateDigest, logger } = context;
  let parsed: { id: string; data: Record<string, unknown> }[];
  try {
    const content = source.read();
    if (!initial) {
      // In dev the schema problems are found first by our validator, which names file:line.
      const { findings } = validateEntries(content.entries.filter((e) => e.collection === collection));
      const [first] = findings;
      if (first) throw new Error(`${first.position.path}:${first.position.line}:${first.position.col}  ${first.message}`);
    }
    parsed = [];
    for (const raw of entriesOf(content, collection)) {
      const id = String(raw.id);
      parsed.push({ id, data: await parseData({ id, data: raw }) });
    }
  } catch (err) {
    if (initial) throw err;
    logger.warn(`kept the last good ${collection} until the content is fixed: ${(err as Error).message.split('\n')[0]}`);
    return false;
  }
  const ids = new Set(parsed.map((p) => p.id));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  for (const { id, data } of parsed) store.set({ id, data, digest: generateDigest(data) });
  return true;
}

/** The loader of one collection. */
export function catalogueLoader(collection: CollectionName): Loader {
  return {
    name: `integrationskataloget:${collection}`,
    load: async (context) => {
      let seen = source.version;
      await fill(collection, context, true);
      const { watcher } = context;
      if (!watcher) return;
      watcher.add(source.dir);
      watcher.on('all', async (event: string, path: string) => {
        if (!source.holds(path)) return;
        source.changed(event, path);
        if (source.version === seen) return;
        seen = source.version;
        await fill(collection, context, false);
      });
    },
  };
}
