/**
 * The part of the site's stylesheet that one page type can use.
 *
 * The site has one Tailwind stylesheet for every page; a page type uses a fraction of it. A style
 * rule is kept when at least one selector of its list could match something on those pages: every
 * class, element name and id the selector requires is in their HTML or named by their scripts
 * (./usage.ts); a form-control pseudo-element of date or number inputs needs such an input.
 * Everything else about a selector is assumed to be possible: attributes (scripts
 * and the reader change aria-pressed, open, hidden, data-theme …), states (:hover, :focus-visible,
 * :checked, :target), media and dark mode; :not() never removes a rule. Rules inside :is(),
 * :where() and :has() need one alternative to be possible. So dark-mode, focus and print rules of
 * a used class stay, and nothing a page shows or can come to show loses a rule.
 *
 * Then the custom properties: a theme variable (`--color-…`, `--spacing` …), a Tailwind
 * `@property` registration or its fallback declaration is kept when a kept declaration reads it
 * with var() (directly or through another variable) or a script names it. Empty @media,
 * @supports and @layer blocks go; everything else (the layer order, @keyframes, the text of every
 * kept rule) is left exactly as written.
 */
import { parse as parseCss, type AtRule, type Container, type Declaration, type Rule } from 'postcss';
import { parse as parseSelector, type Selector } from 'css-what';
import type { Usage } from './usage';

/** Pseudo-classes whose argument is a selector list of which one alternative must match. */
const ANY_OF = new Set(['is', 'where', 'matches', 'any', '-webkit-any', '-moz-any', 'has']);

/** The input types whose controls have a form-control pseudo-element: the date and time fields, and spin buttons. */
const DATE_INPUTS = ['date', 'time', 'datetime-local', 'month', 'week'];
function inputsWith(pseudoElement: string): readonly string[] | undefined {
  if (pseudoElement === '-webkit-date-and-time-value' || pseudoElement.startsWith('-webkit-datetime-edit')) return DATE_INPUTS;
  if (pseudoElement === '-webkit-inner-spin-button' || pseudoElement === '-webkit-outer-spin-button') return ['number', ...DATE_INPUTS];
  return undefined;
}

/** True when the selector could match an element of pages that use `usage`. */
export function selectorPossible(tokens: Selector[], usage: Usage): boolean {
  return tokens.every((t) => {
    // Tailwind's reset styles the fields of date inputs and the spin buttons of number inputs:
    // only an <input> of such a type (in the pages, or named by their scripts) has them.
    if (t.type === 'pseudo-element') {
      const types = inputsWith(t.name.toLowerCase());
      return types ? usage.hasInputType(types) : true;
    }
    if (t.type === 'tag') return usage.hasTag(t.name.toLowerCase());
    if (t.type === 'attribute' && t.name === 'class' && t.action === 'element') return usage.hasClass(t.value);
    if (t.type === 'attribute' && t.name === 'id' && t.action === 'equals') return usage.hasId(t.value);
    if (t.type === 'pseudo' && ANY_OF.has(t.name) && Array.isArray(t.data)) return t.data.some((alt) => selectorPossible(alt, usage));
    return true;
  });
}

/** Parsed selector lists by their text (the same sheet is pruned once per page type); null when unreadable. */
const parsed = new Map<string, Selector[][] | null>();

/** True when some selector of a rule's list could match (a list that cannot be read is kept). */
export function rulePossible(selector: string, usage: Usage): boolean {
  let list = parsed.get(selector);
  if (list === undefined) {
    try {
      list = parseSelector(selector);
    } catch {
      list = null;
    }
    parsed.set(selector, list);
  }
  return list === null || list.some((tokens) => selectorPossible(tokens, usage));
}

const VAR_REFERENCE = /var\(\s*(--[\w-]+)/g;
const referencesIn = (value: string): string[] => [...value.matchAll(VAR_REFERENCE)].map((m) => m[1]!);

/** The innermost @layer a node is in ("" for none), and whether it is inside @keyframes. */
function context(node: Rule | Declaration | AtRule): { layer: string; keyframes: boolean } {
  let layer = '';
  let keyframes = false;
  for (let p = node.parent; p && p.type !== 'root'; p = p.parent) {
    if (p.type === 'atrule') {
      const name = (p as AtRule).name.toLowerCase();
      if (name === 'layer' && !layer) layer = (p as AtRule).params.trim();
      if (name.endsWith('keyframes')) keyframes = true;
    }
  }
  return { layer, keyframes };
}

/** Where Tailwind defines variables: the theme layer's values and the properties layer's fallbacks. */
const DEFINING_LAYERS = new Set(['theme', 'properties']);

/** Removes at-rules left without any content (not statements such as `@layer a, b;`). */
function dropEmpty(container: Container): void {
  container.each((node) => {
    if (node.type !== 'atrule' && node.type !== 'rule') return;
    if (!node.nodes) return;
    dropEmpty(node);
    if (node.nodes.length === 0) node.remove();
  });
}

/** What pruning did, for the build log. */
export interface PruneResult {
  css: string;
  rulesKept: number;
  rulesDropped: number;
  variablesDropped: number;
}

/** The stylesheet `css` with only what pages of `usage` can use (see the module comment). */
export function pruneStylesheet(css: string, usage: Usage): PruneResult {
  const root = parseCss(css);
  let rulesKept = 0;
  let rulesDropped = 0;
  root.walkRules((rule) => {
    if (context(rule).keyframes) return;
    if (rulePossible(rule.selector, usage)) rulesKept++;
    else {
      rule.remove();
      rulesDropped++;
    }
  });

  // Variables: which are read by what is left.
  const defined = new Map<string, Declaration[]>();
  const registered = new Map<string, AtRule>();
  const read = new Set<string>();
  const readBy = new Map<string, string[]>();
  root.walkDecls((decl) => {
    const { layer } = context(decl);
    if (decl.prop.startsWith('--') && DEFINING_LAYERS.has(layer)) {
      defined.set(decl.prop, [...(defined.get(decl.prop) ?? []), decl]);
      readBy.set(decl.prop, [...(readBy.get(decl.prop) ?? []), ...referencesIn(decl.value)]);
    } else {
      for (const name of referencesIn(decl.value)) read.add(name);
      // A variable set by a kept rule (`--tw-translate-y: …`) needs its registration too.
      if (decl.prop.startsWith('--')) read.add(decl.prop);
    }
  });
  root.walkAtRules('property', (at) => {
    registered.set(at.params.trim(), at);
  });
  for (const name of [...defined.keys(), ...registered.keys()]) if (usage.mentions(name)) read.add(name);
  const pending = [...read];
  while (pending.length) {
    for (const next of readBy.get(pending.pop()!) ?? []) {
      if (!read.has(next)) {
        read.add(next);
        pending.push(next);
      }
    }
  }
  let variablesDropped = 0;
  for (const [name, decls] of defined) {
    if (read.has(name)) continue;
    for (const d of decls) d.remove();
    variablesDropped++;
  }
  for (const [name, at] of registered) {
    if (read.has(name)) continue;
    at.remove();
    if (!defined.has(name)) variablesDropped++;
  }
  dropEmpty(root);
  return { css: root.toString(), rulesKept, rulesDropped, variablesDropped };
}
