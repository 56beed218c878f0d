/**
 * Turns what `astro build` printed when it failed into what an editor can act on: the page that
 * failed, the content entry that page is made from (file:line), and the error in one line,
 * instead of a stack trace into bundled chunks.
 */
import { loadContentFiles, positionIn, type RawEntry } from '../collections/files';
import { COLLECTION_NAMES, REGISTRY, type CollectionName, type CollectionSpec } from '../collections/registry';

/** Which collection's entry a page address is made from: the collection whose pages live under that prefix. */
const collectionOfPage = (page: string): CollectionName | undefined =>
  COLLECTION_NAMES.find((name) => {
    const prefix = (REGISTRY[name] as CollectionSpec).urlPrefix;
    return prefix !== undefined && page.startsWith(prefix);
  });

export interface BuildFailure {
  /** The page or file Astro was writing when it failed, e.g. "/dokumenter/x/", when it said. */
  page?: string;
  /** The error message, one line. */
  message: string;
}

/** Lines of a stack trace and Astro's "Stack trace:" heading: kept in the log, not shown. */
export const isStackLine = (line: string) => /^\s+at\s/.test(line) || /^\s*Stack trace:\s*$/.test(line);

/** ANSI colour codes, so the patterns below match coloured output too. */
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

/** The failure Astro reported, read from its output (the last error wins: it is the one that stopped the build). */
export function parseAstroFailure(output: string): BuildFailure | undefined {
  const text = plain(output);
  const rendering = [...text.matchAll(/Caught error rendering (\S+?):?\s+(?:\w*Error: )?([^\n]*)/g)].pop();
  if (rendering) return { page: rendering[1], message: rendering[2]!.trim() };
  const error = [...text.matchAll(/\[ERROR\](?: \[[^\]]+\])? ([^\n]+)/g)].pop();
  if (error) return { message: error[1]!.trim() };
  // No [ERROR] line (e.g. a configuration problem): the last lines Astro printed say what went wrong.
  const last = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !isStackLine(l) && !/^at\s/.test(l))
    .slice(-3);
  return last.length ? { message: last.join(' ') } : undefined;
}

/** The content entry a built page is made from, if the page is an entry's page. */
export function entryForPage(page: string, entries: readonly RawEntry[]): RawEntry | undefined {
  const match = /^\/([^/]+)\/([^/]+)\/$/.exec(page.split(/[?#]/)[0]!);
  if (!match) return undefined;
  const collection = collectionOfPage(`/${match[1]!}/`);
  if (!collection) return undefined;
  return entries.find((e) => e.collection === collection && (e.data as { id?: unknown } | null)?.id === match[2]);
}

/**
 * The lines to print for a failed `astro build`: "file:line  error  …" when the failing page is
 * an entry's page, else the page and the message; always where the full output was saved.
 */
export function describeAstroFailure(output: string, contentDir: string, logFile: string): string {
  const failure = parseAstroFailure(output);
  const lines: string[] = [];
  if (!failure) {
    lines.push('astro build failed without an error message Astro could name.');
  } else {
    let entry: RawEntry | undefined;
    if (failure.page) {
      try {
        entry = entryForPage(failure.page, loadContentFiles(contentDir).entries);
      } catch {
        entry = undefined; // the content cannot be read at all: the message below still names the page
      }
    }
    if (entry) {
      const at = positionIn(entry);
      const kind = entry.collection === 'documents' ? 'document (its page also shows the goals, initiatives and cases in its folder)' : entry.collection.replace(/s$/, '');
      lines.push(`${at.path}:${at.line}:${at.col}  error  building the page ${failure.page} of this ${kind} failed: ${failure.message}`);
      lines.push('    Check the values of this entry (dates, numbers, ids); "npm run check" accepted them, so please also report this as a bug in the checker.');
    } else if (failure.page) {
      lines.push(`building ${failure.page} failed: ${failure.message}`);
    } else {
      lines.push(`astro build failed: ${failure.message}`);
    }
  }
  lines.push(`    Astro's full output, with the stack trace: ${logFile}`);
  return lines.join('\n');
}
