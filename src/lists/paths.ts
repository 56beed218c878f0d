/**
 * getStaticPaths of the list routes, with Astro's paginate(): page 1 at the list's own address,
 * page n at <address>/<n>/ (a rest parameter named `page`).
 */
import type { PaginateFunction } from 'astro';
import { getCatalogue } from '../catalogue/catalogue';
import { listRows, listSpec, PAGE_SIZE, themeListRows } from './lists';
import type { RowKind } from './rows';

/** The pages of one list (src/pages/<list>/[...page].astro). */
export async function listPaths(kind: RowKind, paginate: PaginateFunction) {
  const catalogue = await getCatalogue();
  return paginate(listRows(catalogue, kind), { pageSize: PAGE_SIZE, props: { catalogue, list: listSpec(kind) } });
}

/** The pages of every theme (src/pages/temaer/[id]/[...page].astro). */
export async function themePaths(paginate: PaginateFunction) {
  const catalogue = await getCatalogue();
  return catalogue.themes.flatMap((theme) =>
    paginate(themeListRows(catalogue, theme.id), { pageSize: PAGE_SIZE, params: { id: theme.id }, props: { catalogue, theme } }),
  );
}
