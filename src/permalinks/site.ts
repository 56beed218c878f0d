/**
 * The permalink model for the pages being built (redirect pages, anchor aliases on document
 * pages), computed once per build from the catalogue the pages already use (no second read of
 * the content), the fixed pages in src/pages and content/redirects.yaml.
 */
import { getCatalogue } from '../catalogue/catalogue';
import { contentDir } from '../collections/content-dir';
import { buildPermalinks, finalTarget, type PermalinkModel, type Redirect } from './model';
import { permalinkInputFromCatalogue } from './input';

let cached: Promise<PermalinkModel> | undefined;

export function getPermalinks(): Promise<PermalinkModel> {
  return (cached ??= getCatalogue().then((c) => buildPermalinks(permalinkInputFromCatalogue(c, process.cwd(), contentDir()))));
}

/** Each old page address with where it finally leads (chains collapsed). */
export function redirectPages(model: PermalinkModel): { from: string; to: string }[] {
  return [...model.pageRedirects.values()].flatMap((r) => {
    const to = finalTarget(model, r.from);
    return to ? [{ from: r.from, to }] : [];
  });
}

const aliasIndex = new WeakMap<PermalinkModel, Map<string, Map<string, { old: string; to: string }[]>>>();

/**
 * The old anchors on a document page that lead to `anchor` on the same page, or, for `anchor`
 * undefined, those that lead anywhere else (another page, or the top of this one). Grouped once.
 */
export function anchorAliasesFor(model: PermalinkModel, page: string, anchor: string | undefined): { old: string; to: string }[] {
  let index = aliasIndex.get(model);
  if (!index) {
    index = new Map();
    for (const [aliasPage, aliases] of model.anchorAliases) {
      const byAnchor = new Map<string, { old: string; to: string }[]>();
      for (const [old, r] of aliases as Map<string, Redirect>) {
        const to = finalTarget(model, r.from) ?? r.to;
        const [toPage, toAnchor] = to.split('#');
        const key = toPage === aliasPage && toAnchor !== undefined && model.anchors.get(aliasPage)?.has(toAnchor) ? toAnchor : '';
        byAnchor.set(key, [...(byAnchor.get(key) ?? []), { old, to }]);
      }
      index.set(aliasPage, byAnchor);
    }
    aliasIndex.set(model, index);
  }
  return index.get(page)?.get(anchor ?? '') ?? [];
}
