/**
 * The filters of a deadline year's pages (/frister/<year>/…: municipality, theme, status). A year
 * is split over several pages, so a filter reads the whole year's entries once
 * (/data/frister/<year>.json, written by year-data.ts) and lists every match of the year in place
 * of the page's own list, grouped by municipality like the page; with no filter chosen the page's
 * own list and pager are back. Without JavaScript the filters stay hidden and the pages list every
 * entry. The choice is kept in the address (?kommune=…&tema=…&status=…), so a filtered list is a link.
 */
import type { YearEntry } from './year-data';

const form = document.querySelector<HTMLElement>('[data-deadline-filters]');
if (form) {
  const pageList = document.querySelector<HTMLElement>('[data-deadline-page]')!;
  const results = document.querySelector<HTMLElement>('[data-deadline-results]')!;
  const hideWhenFiltered = [...document.querySelectorAll<HTMLElement>('[data-pager], [data-municipality-jump]')];
  const output = form.querySelector<HTMLOutputElement>('output')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const wanted = params.get(s.name);
    if (wanted && [...s.options].some((o) => o.value === wanted)) s.value = wanted;
  }
  let entries: Promise<YearEntry[]> | undefined;
  const load = () =>
    (entries ??= fetch(form.dataset.yearData!).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<YearEntry[]>;
    }));

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  /** One entry, as the page renders it (DeadlineList.astro). */
  const item = (x: YearEntry) => {
    const li = el('li', 'py-2');
    li.dataset.deadline = '';
    li.dataset.kommune = x.municipality;
    li.dataset.tema = x.themes.join(' ');
    li.dataset.status = x.status;
    const badge = form.querySelector<HTMLTemplateElement>(`template[data-badge="${x.status}"]`)?.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
    if (badge) {
      badge.textContent = x.statusText;
      li.append(badge);
    }
    const link = el('a', 'ml-1', x.entry);
    link.href = x.url;
    li.append(link, el('span', 'block text-sm text-slate-700 dark:text-slate-300', x.document + (x.deadlineText ? ` · »${x.deadlineText}«` : '')));
    if (x.target) li.append(el('q', 'block text-sm', x.target));
    return li;
  };
  const render = (list: YearEntry[]) => {
    results.replaceChildren();
    let group: HTMLUListElement | undefined;
    let current: string | undefined;
    for (const x of list) {
      if (!group || x.municipality !== current) {
        current = x.municipality;
        const section = el('section', 'mb-8');
        section.append(el('h2', 'mb-2 text-xl', x.municipalityName));
        group = el('ul', 'divide-y divide-slate-200 dark:divide-slate-700');
        section.append(group);
        results.append(section);
      }
      group.append(item(x));
    }
  };

  let run = 0;
  const apply = async () => {
    const chosen = Object.fromEntries(selects.map((s) => [s.name, s.value]));
    const url = new URL(location.href);
    for (const s of selects) (s.value ? url.searchParams.set(s.name, s.value) : url.searchParams.delete(s.name));
    history.replaceState(null, '', url);
    const filtered = selects.some((s) => s.value);
    const mine = ++run;
    if (!filtered) {
      results.hidden = true;
      pageList.hidden = false;
      for (const e of hideWhenFiltered) e.hidden = false;
      output.textContent = '';
      return;
    }
    let all: YearEntry[];
    try {
      all = await load();
    } catch {
      entries = undefined;
      output.textContent = form.dataset.errorLabel ?? '';
      return;
    }
    if (mine !== run) return; // a later choice is being shown
    const shown = all.filter(
      (x) => (!chosen.kommune || x.municipality === chosen.kommune) && (!chosen.tema || x.themes.includes(chosen.tema)) && (!chosen.status || x.status === chosen.status),
    );
    render(shown);
    results.hidden = false;
    pageList.hidden = true;
    for (const e of hideWhenFiltered) e.hidden = true;
    output.textContent = `${shown.length.toLocaleString('da-DK')} ${form.dataset.shownLabel ?? ''}`;
  };
  for (const s of selects) s.addEventListener('change', () => void apply());
  form.hidden = false;
  void apply();
}
