/**
 * Marks the searched words on the page a search result opened (?highlight=…): every word of the
 * record whose ASCII spelling begins with a searched word (or its base form), or contains it as a
 * compound part ("indsats" in "integrationsindsats"). Spelling as on the search page: "boern",
 * "born" and "børn" mark "børn".
 *
 * Loaded by <SearchRecord> only when the address has ?highlight= (a dynamic import: readers who
 * came another way never download it).
 */
import { foldBare, foldDigraph, stem } from './fold';

export function matcher(terms: string): (word: string) => boolean {
  const stems = [...new Set(terms.split(/[\s,.;:!?»«"()]+/).map((w) => stem(foldDigraph(w))).filter((w) => w.length >= 2))];
  return (word) => {
    const forms = [foldDigraph(word), foldBare(word)];
    return stems.some((s) =>
      forms.some((f) => f.startsWith(s) || (s.length >= 4 && f.includes(s)) || (f.length >= 4 && s.startsWith(f) && s.length - f.length <= 3)),
    );
  };
}

export function highlightTerms(terms: string, root: ParentNode = document.querySelector('[data-pagefind-body]') ?? document.body): number {
  const hit = matcher(terms);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('script, style, mark, [hidden], [data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const text = node.data;
    const parts: (string | HTMLElement)[] = [];
    let at = 0;
    // A word may carry soft hyphens (headings, src/components/hyphenate.ts): matched without them,
    // marked with them, so it still breaks where it may.
    for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\u00AD]*/gu)) {
      if (!hit(m[0].replaceAll('\u00AD', ''))) continue;
      if (m.index > at) parts.push(text.slice(at, m.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-300 dark:text-slate-950';
      mark.textContent = m[0];
      parts.push(mark);
      first ??= mark;
      at = m.index + m[0].length;
      count++;
    }
    if (!parts.length) continue;
    if (at < text.length) parts.push(text.slice(at));
    node.replaceWith(...parts);
  }
  // Opened without an anchor: bring the first hit into view (an anchor link lands on its heading).
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
  return count;
}

const requested = typeof location === 'undefined' ? '' : new URLSearchParams(location.search).getAll('highlight').join(' ').trim();
if (requested) {
  const count = highlightTerms(requested);
  // The marks are in place: a state the page's tests wait on (the module loads after the page).
  document.documentElement.dataset.highlighted = String(count);
}
