/**
 * The filters of /frister/ (municipality, theme, status): hides the entries that do not match and
 * says how many are shown. Without JavaScript the filters stay hidden and every entry is listed.
 * The choice is kept in the address (?kommune=…&tema=…&status=…), so a filtered list is a link.
 */
const form = document.querySelector<HTMLElement>('[data-deadline-filters]');
if (form) {
  const items = [...document.querySelectorAll<HTMLElement>('[data-deadline]')];
  const sections = [...document.querySelectorAll<HTMLElement>('[data-deadline-year]')];
  const output = form.querySelector<HTMLOutputElement>('output')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const wanted = params.get(s.name);
    if (wanted && [...s.options].some((o) => o.value === wanted)) s.value = wanted;
  }
  const apply = () => {
    const chosen = Object.fromEntries(selects.map((s) => [s.name, s.value]));
    let shown = 0;
    for (const item of items) {
      const ok =
        (!chosen.kommune || item.dataset.kommune === chosen.kommune) &&
        (!chosen.tema || (item.dataset.tema ?? '').split(' ').includes(chosen.tema)) &&
        (!chosen.status || item.dataset.status === chosen.status);
      item.hidden = !ok;
      if (ok) shown++;
    }
    for (const s of sections) s.hidden = !s.querySelector('[data-deadline]:not([hidden])');
    output.textContent = `${shown} ${form.dataset.shownLabel ?? ''}`;
    const url = new URL(location.href);
    for (const s of selects) (s.value ? url.searchParams.set(s.name, s.value) : url.searchParams.delete(s.name));
    history.replaceState(null, '', url);
  };
  for (const s of selects) s.addEventListener('change', apply);
  form.hidden = false;
  apply();
}
