/**
 * The search page's elements: a result view (results.ts) as a list item, excerpts with their
 * marks. The only module of the page that builds DOM nodes; it takes the document to build in,
 * so it runs against a stub in the unit tests.
 */
import type { ExcerptWord } from '../markers';
import type { ResultLink, ResultView } from './results';

/** The part of `document` this module uses. */
export type Doc = Pick<Document, 'createElement'>;

export function el<K extends keyof HTMLElementTagNameMap>(doc: Doc, tag: K, cls = '', text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function link(doc: Doc, l: ResultLink): HTMLAnchorElement {
  const a = el(doc, 'a', '', l.text);
  a.href = l.href;
  return a;
}

/** An excerpt: its words, the matched ones in <mark> (with the keywords they matched through). */
export function excerpt(doc: Doc, words: readonly ExcerptWord[], cls: string): HTMLParagraphElement {
  const p = el(doc, 'p', cls);
  words.forEach((w, i) => {
    if (i) p.append(' ');
    if (!w.marked) return p.append(w.text);
    const mark = el(doc, 'mark', 'rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-300 dark:text-slate-950', w.text);
    // The keywords it matched through (a synonym, a spelling): the query's words are covered.
    if (w.via) mark.dataset.via = w.via.join(' ');
    p.append(mark);
  });
  return p;
}

/** One result of the list. */
export function resultItem(doc: Doc, v: ResultView): HTMLLIElement {
  const li = el(doc, 'li', 'rounded-lg border border-slate-200 p-4 dark:border-slate-700');
  if (v.partial) li.dataset.partial = '';
  if (v.kicker) li.append(el(doc, 'p', 'text-sm font-semibold text-slate-600 dark:text-slate-400', v.kicker));
  const h = el(doc, 'h3', 'text-lg leading-snug');
  h.append(link(doc, v.title));
  li.append(h);
  if (v.excerpt) li.append(excerpt(doc, v.excerpt, 'mt-1 leading-relaxed text-slate-700 dark:text-slate-300'));
  if (v.document) li.append(el(doc, 'p', 'mt-1 text-sm text-slate-600 dark:text-slate-400', v.document));
  if (v.subs.length) {
    const ul = el(doc, 'ul', 'mt-3 flex flex-col gap-2 border-l-2 border-slate-200 pl-4 dark:border-slate-700');
    for (const sub of v.subs) {
      const item = el(doc, 'li');
      item.append(link(doc, sub.link));
      if (sub.excerpt) item.append(excerpt(doc, sub.excerpt, 'text-sm leading-relaxed text-slate-700 dark:text-slate-300'));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}
