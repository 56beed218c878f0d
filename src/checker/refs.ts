/**
 * Reference rules: every municipality, theme, target group, document and section an entry names
 * must exist.
 */
import type { CollectionName } from '../collections/files';
import type { Valid } from '../collections/validate';
import type { CheckContext } from './model';
import type { RuleId } from './rules';

type Path = (string | number)[];

function checkList(
  ctx: CheckContext,
  entry: Valid<CollectionName>,
  rule: RuleId,
  known: Set<string>,
  values: readonly string[],
  path: Path,
  what: string,
  file: string,
): void {
  values.forEach((value, i) => {
    if (!known.has(value)) ctx.reportAt(rule, entry, [...path, i], `unknown ${what} "${value}" (not in ${file})`);
  });
}

export function checkReferences(ctx: CheckContext): void {
  const { ids, valid } = ctx;
  const themes = (e: Valid<CollectionName>, values: readonly string[], path: Path = ['themes']) =>
    checkList(ctx, e, 'unknown-theme', ids.themes, values, path, 'theme', 'content/themes.yaml');
  const groups = (e: Valid<CollectionName>, values: readonly string[]) =>
    checkList(ctx, e, 'unknown-target-group', ids.targetGroups, values, ['targetGroups'], 'target group', 'content/target-groups.yaml');
  const municipality = (e: Valid<CollectionName>, value: string | undefined, path: Path) => {
    if (value !== undefined && !ids.municipalities.has(value)) {
      ctx.reportAt('unknown-municipality', e, path, `unknown municipality "${value}" (not in content/municipalities.yaml)`);
    }
  };
  const section = (e: Valid<CollectionName>, folder: string | undefined, value: string | undefined, path: Path) => {
    if (value === undefined || folder === undefined) return;
    const doc = ctx.folders.get(folder);
    if (doc && !doc.sections.has(value)) {
      const known = [...doc.sections];
      ctx.reportAt(
        'unknown-section',
        e,
        path,
        `unknown section "${value}": document "${doc.id}" defines ${known.length ? known.map((s) => `"${s}"`).join(', ') : 'no sections'}`,
      );
    }
  };

  for (const d of valid.documents) {
    municipality(d, d.data.municipality, ['municipality']);
    themes(d, d.data.themes);
    d.data.sections.forEach((s, j) => themes(d, s.themes, ['sections', j, 'themes']));
  }
  for (const g of valid.goals) {
    themes(g, g.data.themes);
    groups(g, g.data.targetGroups);
    section(g, g.document, g.data.section, ['section']);
  }
  for (const i of valid.initiatives) {
    themes(i, i.data.themes);
    groups(i, i.data.targetGroups);
    section(i, i.document, i.data.section, ['section']);
    i.data.sections.forEach((s, k) => section(i, i.document, s, ['sections', k]));
    i.data.goals.forEach((ref, k) => {
      if (ref.document !== undefined && !ctx.documents.has(ref.document)) {
        ctx.reportAt('unknown-document', i, ['goals', k, 'document'], `goal reference names unknown document "${ref.document}" (no such folder in content/documents/)`);
      }
    });
  }
  for (const c of valid.cases) {
    c.data.municipalities.forEach((m, k) => municipality(c, m, ['municipalities', k]));
    themes(c, c.data.themes);
    groups(c, c.data.targetGroups);
  }
  for (const r of valid.relatedDocuments) {
    municipality(r, r.data.municipality, ['municipality']);
    if (!ctx.documents.has(r.data.listedIn)) {
      ctx.reportAt('unknown-document', r, ['listedIn'], `listedIn names unknown document "${r.data.listedIn}" (no such folder in content/documents/)`);
    }
  }
}
