/**
 * File rules: a list file that holds no entries (emptied by mistake, or left behind).
 */
import { basename } from 'node:path';
import type { Node } from 'yaml';
import { positionOf } from '../collections/files';
import type { CheckContext } from './model';

export function checkFiles(ctx: CheckContext): void {
  for (const file of ctx.loaded.files) {
    if (file.collection === 'documents') continue; // document.yaml must be a mapping: a read error otherwise
    const empty = file.data === null ? 'the file is empty' : Array.isArray(file.data) && file.data.length === 0 ? 'the list is empty' : undefined;
    if (!empty) continue;
    ctx.report('empty-list', positionOf(file, file.yaml.contents as Node | null), `${basename(file.path)} has no entries (${empty})`);
  }
}
