/**
 * The compare page's script (/sammenlign/?kommuner=hilleroed,hoeje-taastrup): reads the chosen
 * municipalities from the address (comma-separated or repeated `kommuner`, 2–4), loads each one's
 * /data/kommuner/<id>.json and shows them side by side, theme by theme. Choosing in the form
 * changes the address (so the comparison is a link to share) and the view, without a reload.
 * Without JavaScript the page offers the municipality pages instead (see ComparePage.astro).
 */
import type { DigestEntry, DigestTheme, MunicipalityDigest } from './digest';
import type { CompareStrings } from './strings';

export const MAX_MUNICIPALITIES = 4;

/**
 * The municipality ids a compare address names, in order, once each, at most four: `kommuner`
 * (comma-separated or repeated), then `med` (what a municipality page's "Sammenlign med" adds).
 */
export function chosenIds(search: string): string[] {
  const params = new URLSearchParams(search);
  const ids = [...params.getAll('kommuner'), ...params.getAll('med')].flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => /^[a-z0-9-]+$/.test(v));
  return [...new Set(ids)].slice(0, MAX_MUNICIPALITIES);
}

/** The address of a comparison: /sammenlign/?kommuner=a,b. */
export const compareSearch = (ids: readonly string[]) => (ids.length ? `?kommuner=${ids.join(',')}` : '');

/** Themes of several digests, in the order of the page's theme list (unknown ones last, in order met). */
export function themeRows(digests: readonly MunicipalityDigest[], order: readonly string[]): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const d of digests) for (const t of d.themes) if (!seen.has(t.id)) seen.set(t.id, t.label);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...seen].map(([id, label]) => ({ id, label })).sort((a, b) => rank(a.id) - rank(b.id));
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};

function entryList(label: string, entries: readonly DigestEntry[], s: CompareStrings): HTMLElement | undefined {
  if (entries.length === 0) return undefined;
  const box = el('div', 'mt-3');
  box.append(el('h4', 'text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300', `${label} (${entries.length})`));
  const ul = el('ul', 'mt-1 flex flex-col gap-1');
  for (const e of entries) {
    const li = el('li');
    const a = el('a', '', e.title);
    a.href = e.url;
    li.append(a);
    for (const t of e.targets ?? []) {
      const p = el('p', 'text-sm text-slate-700 dark:text-slate-300');
      const called = [t.figure && `${s.figure} ${t.figure}`, t.deadline && `${s.deadline} ${t.deadline}`].filter(Boolean).join(', ');
      p.append(el('q', '', t.text));
      if (called) p.append(` (${called})`);
      li.append(p);
    }
    ul.append(li);
  }
  box.append(ul);
  return box;
}

/** One municipality's cell of a theme row. */
function cell(d: MunicipalityDigest, theme: DigestTheme | undefined, s: CompareStrings): HTMLElement {
  const div = el('div', 'rounded-lg border border-slate-200 p-3 dark:border-slate-700');
  const h3 = el('h3', 'text-lg font-semibold');
  const a = el('a', '', d.name);
  a.href = d.url;
  h3.append(a);
  div.append(h3);
  const lists = theme
    ? [entryList(s.documents, theme.documents, s), entryList(s.goals, theme.goals, s), entryList(s.initiatives, theme.initiatives, s), entryList(s.cases, theme.cases, s)].filter((x) => x !== undefined)
    : [];
  if (lists.length === 0) div.append(el('p', 'mt-2 text-slate-700 dark:text-slate-300', s.nothing));
  div.append(...lists);
  return div;
}

/** Render the comparison of the digests into `out`. */
export function renderComparison(out: HTMLElement, digests: readonly MunicipalityDigest[], order: readonly string[], s: CompareStrings): void {
  const columns = ['', 'md:grid-cols-1', 'md:grid-cols-2', 'md:grid-cols-3', 'md:grid-cols-4'][digests.length] ?? 'md:grid-cols-4';
  const sections = themeRows(digests, order).map((row) => {
    const section = el('section', 'mt-8');
    const id = `tema-${row.id || 'uden'}`;
    section.setAttribute('aria-labelledby', id);
    const h2 = el('h2', 'mb-3 text-2xl', row.label);
    h2.id = id;
    section.append(h2, el('div', `grid gap-4 ${columns}`));
    section.lastElementChild!.append(...digests.map((d) => cell(d, d.themes.find((t) => t.id === row.id), s)));
    return section;
  });
  out.replaceChildren(...sections);
}

async function main(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-compare]');
  if (!root) return;
  const s = JSON.parse(root.dataset.strings!) as CompareStrings;
  const order = JSON.parse(root.dataset.themeOrder!) as string[];
  const form = root.querySelector<HTMLFormElement>('form[data-compare-form]')!;
  const out = root.querySelector<HTMLElement>('[data-compare-results]')!;
  const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
  form.hidden = false;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const names = new Map([...selects[0]!.options].map((o) => [o.value, o.textContent ?? o.value]));

  const show = async (ids: string[]) => {
    selects.forEach((select, i) => (select.value = ids[i] ?? ''));
    const known = ids.filter((id) => names.has(id));
    const unknown = ids.filter((id) => !names.has(id));
    if (known.length < 2) {
      out.replaceChildren();
      status.textContent = [unknown.length ? `${s.unknown} ${unknown.join(', ')}.` : '', s.tooFew].filter(Boolean).join(' ');
      return;
    }
    try {
      const digests = await Promise.all(
        known.map(async (id) => {
          const res = await fetch(`/data/kommuner/${id}.json`);
          if (!res.ok) throw new Error(`${id}: ${res.status}`);
          return (await res.json()) as MunicipalityDigest;
        }),
      );
      renderComparison(out, digests, order, s);
      status.textContent = `${s.showing} ${digests.map((d) => d.name).join(', ')}.${unknown.length ? ` ${s.unknown} ${unknown.join(', ')}.` : ''}`;
    } catch {
      out.replaceChildren();
      status.textContent = s.failed;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ids = [...new Set(selects.map((x) => x.value).filter(Boolean))];
    history.pushState(null, '', `${location.pathname}${compareSearch(ids)}`);
    void show(ids);
  });
  window.addEventListener('popstate', () => void show(chosenIds(location.search)));
  await show(chosenIds(location.search));
}

if (typeof document !== 'undefined') void main();
