/**
 * Target rules: a target the source left unfilled ("min. XX") is a warning when recorded as
 * `unfilled: true`, and an error when its placeholder is presented as a real target.
 */
import type { CollectionName } from '../collections/files';
import type { Valid } from '../collections/validate';
import type { Target } from '../collections/schemas';
import type { CheckContext } from './model';

/** A placeholder the source left instead of a number: "XX", "xxx" as a word of its own. */
export const PLACEHOLDER = /(?<![\p{L}\p{N}])(?:X{2,}|x{2,})(?![\p{L}\p{N}])/u;

type Path = (string | number)[];

function checkTarget(ctx: CheckContext, entry: Valid<CollectionName>, target: Target, path: Path): void {
  if (target.unfilled) {
    ctx.reportAt('target-unfilled', entry, [...path, 'unfilled'], `target left unfilled in the source: "${target.text}"`);
  } else if (PLACEHOLDER.test(target.text)) {
    ctx.reportAt(
      'target-placeholder',
      entry,
      [...path, 'text'],
      `target text "${target.text}" contains the placeholder "${target.text.match(PLACEHOLDER)![0]}" but is not marked unfilled: true`,
    );
  }
}

/**
 * Verbatim prose with a placeholder ("Der skal skabes min. XX nye praktikpladser") is fine as
 * a quote, but the placeholder must also be recorded as a target with `unfilled: true`, so that
 * the page and the filters show the target as unfilled rather than missing.
 */
function checkProse(ctx: CheckContext, entry: Valid<CollectionName>, texts: [Path, string | undefined][], hasUnfilled: boolean): void {
  if (hasUnfilled) return;
  for (const [path, text] of texts) {
    const placeholder = text?.match(PLACEHOLDER)?.[0];
    if (placeholder) {
      ctx.reportAt(
        'target-placeholder',
        entry,
        path,
        `text contains the placeholder "${placeholder}" but no target of this entry is marked unfilled: true ("${text!.length > 70 ? `${text!.slice(0, 69)}…` : text}")`,
      );
      return;
    }
  }
}

export function checkTargets(ctx: CheckContext): void {
  for (const g of ctx.valid.goals) {
    g.data.measures.forEach((m, j) => m.target && checkTarget(ctx, g, m.target, ['measures', j, 'target']));
    checkProse(
      ctx,
      g,
      [[['text'], g.data.text], ...g.data.details.map((d, j): [Path, string] => [['details', j], d])],
      g.data.measures.some((m) => m.target?.unfilled),
    );
  }
  for (const i of ctx.valid.initiatives) {
    const d = i.data;
    const items = (key: 'activities' | 'outputs' | 'indicators' | 'resources') =>
      d[key].map((item, j): [Path, string] => [[key, j, 'text'], item.text]);
    checkProse(
      ctx,
      i,
      [
        ...d.text.map((t, j): [Path, string] => [['text', j], t]),
        [['purpose'], d.purpose],
        [['strategy'], d.strategy],
        ...items('activities'),
        ...items('outputs'),
        ...items('indicators'),
        ...items('resources'),
      ],
      d.targets.some((t) => t.unfilled) || d.successCriteria.some((c) => c.target?.unfilled),
    );
    i.data.targets.forEach((t, j) => checkTarget(ctx, i, t, ['targets', j]));
    i.data.successCriteria.forEach((c, j) => {
      if (c.target) checkTarget(ctx, i, c.target, ['successCriteria', j, 'target']);
      else if (PLACEHOLDER.test(c.text)) {
        ctx.reportAt(
          'target-placeholder',
          i,
          ['successCriteria', j, 'text'],
          `success criterion "${c.text}" contains the placeholder "${c.text.match(PLACEHOLDER)![0]}" but has no target marked unfilled: true`,
        );
      }
    });
  }
}
