/**
 * Identity rules: every name that becomes an address is used once in its namespace, unique
 * municipality codes, unique goal numbers per document, and document id = folder name.
 *
 * Namespaces: the URL space of each kind of page (/maal/<id>/, /indsatser/<id>/ …: the ids and
 * old ids (`redirectFrom`) of that collection), the ids of collections without pages, and the
 * anchors of each document page (#<id> of its sections, section headings, goals, initiatives,
 * cases and their old ids, and the element ids the page uses itself).
 */
import type { RawEntry } from '../collections/files';
import { REGISTRY, type CollectionName, type CollectionSpec } from '../collections/registry';
import { goalLabel, where, type CheckContext } from './model';

/** What one entry of a collection is called in messages ("target group"): the registry's noun. */
const nounOf = (collection: CollectionName): string => (REGISTRY[collection] as CollectionSpec).noun;

const field = (entry: RawEntry, key: string): unknown =>
  entry.data && typeof entry.data === 'object' ? (entry.data as Record<string, unknown>)[key] : undefined;

/**
 * Element ids the document page (/dokumenter/<id>/) uses itself, with what they mark. An entry or
 * section with one of these ids would share its anchor with that element. Kept true by
 * tests/checker/anchors.test.ts, which reads every built document page.
 */
export const DOCUMENT_PAGE_IDS: Readonly<Record<string, string>> = {
  indhold: 'the main content (skip link target)',
  'header-q': 'the search field in the header',
  forord: 'the heading of the foreword',
  vision: 'the heading of the vision',
  'om-dokumentet': 'the heading of the description',
  maal: 'the heading of the goals list',
  indsatser: 'the heading of the initiatives list',
  cases: 'the heading of the cases list',
  relaterede: 'the heading of the related documents',
  kilde: 'the heading of the source box',
  citer: 'the heading of the citation box',
  'citer-tekst': 'the plain citation',
  'citer-bibtex': 'the BibTeX citation',
  'citer-csl': 'the CSL-JSON citation',
};

/** Is `id` one of DOCUMENT_PAGE_IDS? (Own keys only: "constructor" is a fine id.) */
export const isPageId = (id: string): boolean => Object.hasOwn(DOCUMENT_PAGE_IDS, id);

/** The element id of a section's heading on the document page ("<section id>-titel"). */
export const sectionHeadingId = (sectionId: string) => `${sectionId}-titel`;

/** The URL prefix of a collection whose entries have pages (registry.ts); an id and an old id (redirectFrom) share its URL space. */
const pagePrefix = (collection: CollectionName): string | undefined => (REGISTRY[collection] as CollectionSpec).urlPrefix;

/** One use of a name in a namespace (a URL space, or the anchors of one document page). */
interface Claim {
  name: string;
  /** Who uses it, for messages: 'goal "x"', 'section "y"'. */
  owner: string;
  /** How it is used: its id, an old id, or the id of a section's heading. */
  use: 'id' | 'old id' | 'heading id';
  /** The collection (or "sections") the owner belongs to. */
  kind: CollectionName | 'sections';
  /** The entry's (or section's) data: one owner listing an old id twice is no clash. */
  holder: object;
  entry: RawEntry;
  path: (string | number)[];
}

const describeClaim = (c: Claim) =>
  c.use === 'id' ? `the id of ${c.owner}` : c.use === 'old id' ? `an old id (redirectFrom) of ${c.owner}` : `the heading id of ${c.owner}`;
const nameOf = (c: Claim) => (c.use === 'id' ? `${c.owner.split(' ')[0]} id "${c.name}"` : c.use === 'old id' ? `old id "${c.name}"` : `section heading id "${c.name}"`);

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The names an entry (or section) claims: its id and its old ids. */
function claimsOf(entry: RawEntry, kind: CollectionName | 'sections', data: unknown, at: (string | number)[]): Claim[] {
  if (!data || typeof data !== 'object') return [];
  const rec = data as Record<string, unknown>;
  if (typeof rec.id !== 'string') return [];
  const owner = `${kind === 'sections' ? 'section' : nounOf(kind)} "${rec.id}"`;
  const claims: Claim[] = [{ name: rec.id, owner, use: 'id', kind, holder: rec, entry, path: [...at, 'id'] }];
  strings(rec.redirectFrom).forEach((old, k) => {
    if (old !== rec.id) claims.push({ name: old, owner, use: 'old id', kind, holder: rec, entry, path: [...at, 'redirectFrom', k] });
  });
  return claims;
}

/**
 * Claim names in one namespace; the second user of a name is reported, unless `skip` says the
 * pair is reported elsewhere. `clash` words the consequence for the message.
 */
function claimAll(ctx: CheckContext, claims: Claim[], clash: (first: Claim, again: Claim) => string, skip: (a: Claim, b: Claim) => boolean): void {
  const first = new Map<string, Claim>();
  for (const claim of claims) {
    const earlier = first.get(claim.name);
    if (!earlier) {
      first.set(claim.name, claim);
      continue;
    }
    if (earlier.holder === claim.holder && earlier.use === 'old id' && claim.use === 'old id') continue; // listed twice: same target
    if (skip(earlier, claim)) continue;
    const at = where(earlier.entry, earlier.path, claim.entry);
    const message =
      claim.use === 'id' && earlier.use === 'id' && earlier.kind === claim.kind
        ? `${nameOf(claim)} is already used ${claim.kind === 'sections' ? 'in this document ' : ''}at ${at}`
        : `${nameOf(claim)} is already ${describeClaim(earlier)} at ${at}: ${clash(earlier, claim)}`;
    ctx.reportAt('duplicate-id', claim.entry, claim.path, message);
  }
}

export function checkIdentity(ctx: CheckContext): void {
  // URL spaces: the ids and old ids of one collection (goals, initiatives and cases across all
  // documents: the id is the permalink). Collections without pages: ids only.
  const spaces = new Map<CollectionName, Claim[]>();
  const codes = new Map<string, RawEntry>();
  for (const entry of ctx.loaded.entries) {
    const claims = claimsOf(entry, entry.collection, entry.data, []);
    const space = spaces.get(entry.collection) ?? spaces.set(entry.collection, []).get(entry.collection)!;
    space.push(...(pagePrefix(entry.collection) ? claims : claims.filter((c) => c.use === 'id')));
    if (entry.collection === 'municipalities') {
      const code = field(entry, 'code');
      if (typeof code === 'string' || typeof code === 'number') {
        const first = codes.get(String(code));
        if (first) {
          ctx.reportAt(
            'duplicate-municipality-code',
            entry,
            ['code'],
            `municipality code "${code}" is also the code of "${String(field(first, 'id'))}" (${where(first, ['code'], entry)})`,
          );
        } else codes.set(String(code), entry);
      }
    }
  }
  for (const [collection, claims] of spaces) {
    const prefix = pagePrefix(collection);
    claimAll(
      ctx,
      claims,
      (first, again) => {
        const url = `${prefix}${again.name}/`;
        if (first.use === 'id') return `${url} is the page of ${first.owner}, so it cannot also redirect to ${again.owner}`;
        if (again.use === 'id') return `${url} cannot be both the page of ${again.owner} and a redirect to ${first.owner}`;
        return `${url} cannot redirect to both ${first.owner} and ${again.owner}`;
      },
      () => false,
    );
  }

  // The anchors of each document page: its sections (and their headings), goals, initiatives and
  // cases with their old ids, and the page's own element ids.
  const byFolder = new Map<string, Claim[]>();
  for (const entry of ctx.loaded.entries) {
    if (entry.document === undefined) continue;
    const claims = byFolder.get(entry.document) ?? byFolder.set(entry.document, []).get(entry.document)!;
    if (entry.collection === 'documents') {
      const sections = field(entry, 'sections');
      if (!Array.isArray(sections)) continue;
      sections.forEach((section, j) => {
        const own = claimsOf(entry, 'sections', section, ['sections', j]);
        claims.push(...own);
        if (own[0]) claims.push({ ...own[0], name: sectionHeadingId(own[0].name), use: 'heading id' });
      });
    } else claims.push(...claimsOf(entry, entry.collection, entry.data, []));
  }
  for (const [folder, claims] of byFolder) {
    const page = `/dokumenter/${ctx.folders.get(folder)?.id ?? folder}/`;
    for (const claim of claims) {
      const fixed = isPageId(claim.name) ? DOCUMENT_PAGE_IDS[claim.name] : undefined;
      if (fixed) {
        ctx.reportAt('duplicate-id', claim.entry, claim.path, `${nameOf(claim)} is an id the document page uses itself (${fixed}): ${page}#${claim.name} would lead there; choose another id`);
      }
    }
    claimAll(
      ctx,
      claims.filter((c) => !isPageId(c.name)),
      (first) => `both would be the anchor ${page}#${first.name}, and a link to it reaches only the first`,
      // Two goals (initiatives, cases) with one name clash in their URL space already: reported
      // there. Two sections with one id also share a heading id: one finding is enough.
      (a, b) => (a.kind === b.kind && a.kind !== 'sections' && a.use !== 'heading id' && b.use !== 'heading id') || (a.use === 'heading id' && b.use === 'heading id'),
    );
  }

  // Document id = folder name.
  for (const doc of ctx.folders.values()) {
    const id = field(doc.entry, 'id');
    if (typeof id === 'string' && id !== doc.folder) {
      ctx.reportAt('document-folder-mismatch', doc.entry, ['id'], `document id "${id}" differs from its folder name "${doc.folder}"`);
    }
  }

  // Goal numbers unique within a document.
  for (const entry of ctx.loaded.entries) {
    if (entry.collection !== 'goals' || entry.document === undefined) continue;
    const n = field(entry, 'number');
    if (typeof n !== 'number') continue;
    const first = ctx.folders.get(entry.document)?.goals.get(n);
    if (first && first.entry !== entry) {
      ctx.reportAt(
        'duplicate-goal-number',
        entry,
        ['number'],
        `${goalLabel(n)} is numbered twice in this document (first at ${where(first.entry, ['number'], entry)}, goal "${String(field(first.entry, 'id'))}")`,
      );
    }
  }
}
