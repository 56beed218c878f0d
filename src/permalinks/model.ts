/**
 * Permalinks: every address the site publishes, and every old address that must keep working.
 *
 * The model is computed from plain data (the content entries, the fixed pages in src/pages and
 * content/redirects.yaml), so the lock check (scripts/permalinks.ts) runs before `astro build`,
 * and the build (redirect pages, _redirects, anchor aliases) and the tests use the same model.
 *
 * Addresses are site paths, always with a trailing slash ("/indsatser/<id>/"), plus the anchors
 * of goals, initiatives, cases and sections on their document page ("/dokumenter/<id>/#<id>").
 */
import { urls } from '../catalogue/urls';
import { REGISTRY, contentFileOf, type CollectionName, type CollectionSpec, type Collections } from '../collections/registry';

/**
 * A kind of entry with pages of its own: the name of its collection in the registry
 * (src/collections/registry.ts), e.g. "goals" for /maal/<id>/.
 */
export type EntryKind = CollectionName;

/** An entry kind's page address, the noun messages use for it and the content file an editor edits. */
export interface KindInfo {
  prefix: string;
  noun: string;
  url: (id: string) => string;
  file: (id: string, document?: string) => string;
}

/** Every collection of a registry whose entries have pages, by name, with its address, noun and content file. */
export function pageKinds(collections: Collections = REGISTRY): ReadonlyMap<EntryKind, KindInfo> {
  return new Map(
    (Object.entries(collections) as [EntryKind, CollectionSpec][]).flatMap(([name, spec]) => {
      const prefix = spec.urlPrefix;
      return prefix ? [[name, { prefix, noun: spec.noun, url: (id: string) => `${prefix}${id}/`, file: (id: string, document?: string) => contentFileOf(spec, id, document) }] as const] : [];
    }),
  );
}

/** The kinds of entry with pages of this site's registry. */
export const KINDS = pageKinds();

const kind = (k: EntryKind): KindInfo => {
  const info = KINDS.get(k);
  if (!info) throw new Error(`permalinks: the collection "${k}" has no pages (no urlPrefix in src/collections/registry.ts)`);
  return info;
};
const DOCUMENTS = kind('documents');

export interface PermalinkEntry {
  kind: EntryKind;
  id: string;
  redirectFrom: readonly string[];
  /** For goals, initiatives and cases: the document page that carries the entry's anchor. */
  document?: string;
  /** "file:line" of the entry's `redirectFrom`, for messages. */
  where?: string;
}

export interface PermalinkSection {
  document: string;
  id: string;
  redirectFrom: readonly string[];
  where?: string;
}

/** One rule of content/redirects.yaml. */
export interface RedirectRule {
  from: string;
  to: string;
  /** "content/redirects.yaml:12". */
  where?: string;
}

export interface PermalinkInput {
  /** Fixed pages ("/", "/om/", "/kommuner/" …), from the files in src/pages. */
  staticPages: readonly string[];
  entries: readonly PermalinkEntry[];
  sections: readonly PermalinkSection[];
  redirects: readonly RedirectRule[];
}

/** An old address and where it leads now. `to` may carry an anchor. */
export interface Redirect {
  from: string;
  to: string;
  where: string;
}

export interface Problem {
  where: string;
  message: string;
  hint?: string;
}

export interface PermalinkModel {
  /** Every page the build makes (redirect pages and 404 aside). */
  pages: Set<string>;
  /** Per document page: the anchors of its goals, initiatives, cases and sections. */
  anchors: Map<string, Set<string>>;
  /** Per page: old anchor → where it leads now (from `redirectFrom` or an anchor rule). */
  anchorAliases: Map<string, Map<string, Redirect>>;
  /** Old page path → where it leads now. Each becomes a static redirect page and a _redirects line. */
  pageRedirects: Map<string, Redirect>;
  /** The entry behind each entry page ("/indsatser/x/" → its kind, id and document). */
  entryOf: Map<string, { kind: EntryKind; id: string; document?: string }>;
  /** Declarations that contradict each other or lead nowhere. */
  problems: Problem[];
  /** Every address to lock: pages and entry anchors, sorted. */
  lockable: string[];
}

export const split = (url: string): [path: string, anchor: string | undefined] => {
  const i = url.indexOf('#');
  return i === -1 ? [url, undefined] : [url.slice(0, i), url.slice(i + 1)];
};

/** Code-unit order: the same on every machine and locale. */
export const sortUrls = (list: Iterable<string>) => [...new Set(list)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function buildPermalinks(input: PermalinkInput): PermalinkModel {
  const pages = new Set<string>(input.staticPages);
  const anchors = new Map<string, Set<string>>();
  const anchorAliases = new Map<string, Map<string, Redirect>>();
  const pageRedirects = new Map<string, Redirect>();
  const entryOf = new Map<string, { kind: EntryKind; id: string; document?: string }>();
  const problems: Problem[] = [];
  const fixedPages = new Set(input.staticPages);

  const addAnchor = (page: string, id: string) => {
    let set = anchors.get(page);
    if (!set) anchors.set(page, (set = new Set()));
    set.add(id);
  };
  for (const e of input.entries) {
    const url = kind(e.kind).url(e.id);
    if (fixedPages.has(url)) {
      problems.push({
        where: e.where ?? `${kind(e.kind).noun} "${e.id}"`,
        message: `${url}: the ${kind(e.kind).noun} "${e.id}" would have the address of another page (a fixed page or a page of a list such as /indsatser/2/)`,
        hint: 'Give it an id that is not a page number or the name of a page, e.g. "<municipality>-<year>-<number>".',
      });
    }
    pages.add(url);
    entryOf.set(url, { kind: e.kind, id: e.id, document: e.document });
    if (e.document) addAnchor(urls.document(e.document), e.id);
  }
  for (const s of input.sections) addAnchor(urls.document(s.document), s.id);

  const addPageRedirect = (r: Redirect) => {
    const earlier = pageRedirects.get(r.from);
    if (pages.has(r.from)) {
      problems.push({
        where: r.where,
        message: `${r.from} is redirected, but the site still builds a page there`,
        hint: 'An id that is in use cannot also be an old id: remove the redirect, or rename the entry that uses it.',
      });
    } else if (earlier && earlier.to !== r.to) {
      problems.push({ where: r.where, message: `${r.from} is redirected twice: to ${earlier.to} (${earlier.where}) and to ${r.to}`, hint: 'Keep one of them.' });
    } else pageRedirects.set(r.from, r);
  };
  const addAlias = (page: string, old: string, r: Redirect) => {
    let map = anchorAliases.get(page);
    if (!map) anchorAliases.set(page, (map = new Map()));
    const earlier = map.get(old);
    if (anchors.get(page)?.has(old)) {
      problems.push({
        where: r.where,
        message: `${page}#${old} is redirected, but "${old}" is still an anchor on that page`,
        hint: 'An id that is in use cannot also be an old id: remove it from redirectFrom (or from content/redirects.yaml).',
      });
    } else if (earlier && earlier.to !== r.to) {
      problems.push({ where: r.where, message: `${page}#${old} is redirected twice: to ${earlier.to} (${earlier.where}) and to ${r.to}`, hint: 'Keep one of them.' });
    } else map.set(old, r);
  };

  for (const e of input.entries) {
    const where = e.where ?? `${kind(e.kind).noun} "${e.id}"`;
    for (const old of e.redirectFrom) {
      addPageRedirect({ from: kind(e.kind).url(old), to: kind(e.kind).url(e.id), where });
      if (e.document) addAlias(urls.document(e.document), old, { from: urls.inDocument(e.document, old), to: urls.inDocument(e.document, e.id), where });
    }
  }
  for (const s of input.sections) {
    for (const old of s.redirectFrom) {
      addAlias(urls.document(s.document), old, {
        from: urls.inDocument(s.document, old),
        to: urls.inDocument(s.document, s.id),
        where: s.where ?? `section "${s.id}"`,
      });
    }
  }
  for (const rule of input.redirects) {
    const where = rule.where ?? 'content/redirects.yaml';
    const [path, anchor] = split(rule.from);
    if (anchor === undefined) addPageRedirect({ from: path, to: rule.to, where });
    else if (!path.startsWith(DOCUMENTS.prefix)) {
      problems.push({
        where,
        message: `${rule.from}: only anchors on document pages (/dokumenter/<id>/#<anchor>) can be redirected`,
        hint: 'Redirect the page itself instead (from without "#").',
      });
    } else if (!pages.has(path)) {
      problems.push({
        where,
        message: `${rule.from}: the page ${path} is no longer built, so it cannot carry the old anchor`,
        hint: `Write the rule for the page that replaced it (the page ${path} redirects to), e.g. "from: <new page>#${anchor}".`,
      });
    } else addAlias(path, anchor, { from: rule.from, to: rule.to, where });
  }

  const model: PermalinkModel = {
    pages,
    anchors,
    anchorAliases,
    pageRedirects,
    entryOf,
    problems,
    lockable: sortUrls([...pages, ...[...anchors].flatMap(([page, ids]) => [...ids].map((id) => `${page}#${id}`))]),
  };

  // Every declared redirect must lead to something the site builds.
  const targets = [...pageRedirects.values(), ...[...anchorAliases.values()].flatMap((m) => [...m.values()])];
  for (const r of targets) {
    const result = resolveUrl(model, r.from);
    if (!result.ok) problems.push({ where: r.where, message: `${r.from} redirects to ${r.to}, which ${result.reason}`, hint: 'Point it at an address the site builds (see permalinks.lock.txt).' });
  }
  return model;
}

export type Resolution =
  | { ok: true; page: string; anchor: string | undefined; hops: number }
  | { ok: false; reason: string; page?: string; anchor?: string; missing: 'page' | 'anchor' | 'loop' };

/**
 * Where an address leads: follows page redirects and anchor aliases to a built page (and, on a
 * document page, to one of its anchors).
 */
export function resolveUrl(model: PermalinkModel, url: string): Resolution {
  let [page, anchor] = split(url);
  // An anchor a redirect names explicitly may be any id on the page (e.g. a section heading);
  // an anchor carried over from the link itself must be one the page promises (or an alias).
  let explicit = false;
  const seen = new Set<string>();
  for (let hops = 0; ; hops++) {
    const key = anchor === undefined ? page : `${page}#${anchor}`;
    if (seen.has(key)) return { ok: false, reason: `is part of a redirect loop (${[...seen].join(' → ')} → ${key})`, missing: 'loop' };
    seen.add(key);
    if (!model.pages.has(page)) {
      const r = model.pageRedirects.get(page);
      if (!r) return { ok: false, reason: `is not built (${page})`, page, missing: 'page' };
      const [to, toAnchor] = split(r.to);
      page = to;
      if (toAnchor !== undefined) [anchor, explicit] = [toAnchor, true];
      continue;
    }
    if (anchor === undefined) return { ok: true, page, anchor, hops };
    const known = model.anchors.get(page);
    // Only document pages have anchors the site promises; other anchors are not checked.
    if (!known || known.has(anchor)) return { ok: true, page, anchor, hops };
    const alias = model.anchorAliases.get(page)?.get(anchor);
    if (!alias) {
      if (explicit) return { ok: true, page, anchor, hops };
      return { ok: false, reason: `has no anchor #${anchor} on ${page}`, page, anchor, missing: 'anchor' };
    }
    [page, anchor] = split(alias.to);
    explicit = anchor !== undefined;
  }
}

/** Where a redirect from `from` finally lands (chains collapsed), or undefined. */
export function finalTarget(model: PermalinkModel, from: string): string | undefined {
  const r = resolveUrl(model, from);
  return r.ok ? (r.anchor === undefined ? r.page : `${r.page}#${r.anchor}`) : undefined;
}

// ---------------------------------------------------------------------------------------------
// The lock: permalinks.lock.txt

export const LOCK_FILE = 'permalinks.lock.txt';

export const LOCK_HEADER = `# Every address Integrationskataloget has published: one per line, sorted. Never delete a line:
# a link someone shared must keep working. \`npm run permalinks:update\` adds new addresses;
# \`npm run permalinks:check\` (part of \`npm run build\`) fails when one of these is no longer built
# and no redirect is declared for it. README: "Renaming an id safely".
`;

export interface LockLine {
  url: string;
  line: number;
}

export function parseLock(text: string): { lines: LockLine[]; problems: Problem[] } {
  const lines: LockLine[] = [];
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const url = raw.trim();
    if (!url || url.startsWith('#')) return;
    if (!url.startsWith('/') || /\s/.test(url)) {
      problems.push({ where: `${LOCK_FILE}:${i + 1}`, message: `"${url}" is not a site address`, hint: 'Each line is one path such as /indsatser/<id>/ (or a comment starting with #).' });
      return;
    }
    lines.push({ url, line: i + 1 });
  });
  return { lines, problems };
}

export function formatLock(urlsToLock: Iterable<string>): string {
  return `${LOCK_HEADER}${sortUrls(urlsToLock).join('\n')}\n`;
}

export interface LockFailure {
  /** The lock lines this failure covers (a page and the anchors that break with it). */
  lines: LockLine[];
  message: string;
  hint: string;
}

export interface LockReport {
  failures: LockFailure[];
  problems: Problem[];
  /** Addresses the site builds that the lock does not hold yet. */
  unlocked: string[];
  /** Locked addresses that are kept alive by a redirect. */
  redirected: number;
  locked: number;
}

const yamlList = (ids: string[]) => `[${ids.join(', ')}]`;

/** Compare the lock with the model: every locked address must still lead somewhere. */
export function checkLock(model: PermalinkModel, lock: readonly LockLine[]): LockReport {
  const lockedSet = new Set(lock.map((l) => l.url));
  const unlocked = model.lockable.filter((u) => !lockedSet.has(u));
  const failures = new Map<string, LockFailure>();
  let redirected = 0;

  // Which document each old entry lived in, known from its locked anchor.
  const oldDocumentOf = new Map<string, string>();
  for (const { url } of lock) {
    const [page, anchor] = split(url);
    if (anchor && page.startsWith(DOCUMENTS.prefix)) oldDocumentOf.set(anchor, page.slice(DOCUMENTS.prefix.length, -1));
  }
  const kindOfPath = (path: string) => {
    for (const [name, k] of KINDS) {
      const m = path.startsWith(k.prefix) ? path.slice(k.prefix.length) : undefined;
      if (m && /^[a-z0-9-]+\/$/.test(m)) return { kind: name, id: m.slice(0, -1) };
    }
    return undefined;
  };
  /** New entries of the same kind that the lock does not know yet: likely the renamed one. */
  const candidates = (kind: EntryKind, document: string | undefined) =>
    unlocked
      .map((u) => model.entryOf.get(u))
      .filter((e) => e !== undefined && e.kind === kind && (document === undefined || e.document === undefined || e.document === document))
      .map((e) => e!);

  const pageFailure = (line: LockLine, path: string): LockFailure => {
    // /indsatser/8/ after the list shrank to 7 pages: a page of a list (its first page is still built).
    const listPage = /^(\/.+\/)([2-9]|[1-9]\d+)\/$/.exec(path);
    if (listPage && model.pages.has(listPage[1]!)) {
      return {
        lines: [line],
        message: `${path} is in ${LOCK_FILE} but the list ${listPage[1]} has fewer pages now, and no redirect is declared for it`,
        hint: `A published address must keep working. Add to content/redirects.yaml:\n    - from: ${path}\n      to: ${listPage[1]}`,
      };
    }
    const entry = kindOfPath(path);
    if (!entry) {
      return {
        lines: [line],
        message: `${path} is in ${LOCK_FILE} but is no longer built, and no redirect is declared for it`,
        hint: `A published address must keep working. Add to content/redirects.yaml the page that replaces it:\n    - from: ${path}\n      to: /<the page that replaces it>/`,
      };
    }
    const { kind: entryKind, id } = entry;
    const { noun, file: fileOf } = kind(entryKind);
    const document = entryKind === 'documents' ? undefined : oldDocumentOf.get(id);
    const maybe = candidates(entryKind, document);
    const file = maybe.length === 1 ? fileOf(maybe[0]!.id, maybe[0]!.document) : fileOf('<new-id>', document);
    const guess = maybe.length === 1 ? ` (probably "${maybe[0]!.id}", the one new ${noun} address)` : '';
    const replacement = document ? urls.document(document) : entryKind === 'documents' ? urls.documents() : `/<the page that replaces it>/`;
    return {
      lines: [line],
      message: `${path} is in ${LOCK_FILE} but no ${noun} has the id "${id}" any more, and no redirect is declared for it`,
      hint:
        `A published address must keep working. If the ${noun} was renamed, add its old id to the renamed ${noun}${guess}, in ${file}:\n` +
        `    redirectFrom: ${yamlList([id])}\n` +
        `If it was removed, add to content/redirects.yaml the page that replaces it:\n` +
        `    - from: ${path}\n      to: ${replacement}`,
    };
  };

  const pending: LockLine[] = [];
  for (const line of lock) {
    const [, anchor] = split(line.url);
    const r = resolveUrl(model, line.url);
    if (r.ok) {
      if (r.hops > 0) redirected++;
      continue;
    }
    if (anchor !== undefined) {
      pending.push(line); // anchors are grouped with their page's failure below
      continue;
    }
    const key = r.missing === 'page' ? `page:${r.page}` : `url:${line.url}`;
    if (r.missing === 'loop') failures.set(key, { lines: [line], message: `${line.url} ${r.reason}`, hint: 'Remove one of the redirects in the loop.' });
    else failures.set(key, pageFailure(line, r.page ?? line.url));
  }
  for (const line of pending) {
    const r = resolveUrl(model, line.url) as Extract<Resolution, { ok: false }>;
    const [, anchor] = split(line.url);
    if (r.missing === 'page') {
      const key = `page:${r.page}`;
      const f = failures.get(key);
      if (f) f.lines.push(line);
      else failures.set(key, pageFailure(line, r.page!));
      continue;
    }
    if (r.missing === 'loop') {
      failures.set(`url:${line.url}`, { lines: [line], message: `${line.url} ${r.reason}`, hint: 'Remove one of the redirects in the loop.' });
      continue;
    }
    // The page is built but the anchor is gone: the same fix as for the entry's own page, if that broke too.
    const twin = [...failures.entries()].find(([k]) => k.startsWith('page:') && kindOfPath(k.slice(5))?.id === r.anchor);
    if (twin) {
      twin[1].lines.push(line);
      continue;
    }
    const docId = r.page!.startsWith(DOCUMENTS.prefix) ? r.page!.slice(DOCUMENTS.prefix.length, -1) : undefined;
    failures.set(`url:${line.url}`, {
      lines: [line],
      message: `${line.url} is in ${LOCK_FILE} but the anchor #${anchor} is no longer on ${r.page}, and no redirect is declared for it`,
      hint:
        `If the goal, initiative, case or section was renamed, add its old id to it${docId ? ` (in content/documents/${docId}/)` : ''}:\n` +
        `    redirectFrom: ${yamlList([r.anchor!])}\n` +
        `If it was removed, add to content/redirects.yaml where the link should lead now:\n` +
        `    - from: ${line.url}\n      to: ${r.page}`,
    });
  }
  return {
    failures: [...failures.values()],
    problems: model.problems,
    unlocked,
    redirected,
    locked: lock.length,
  };
}
