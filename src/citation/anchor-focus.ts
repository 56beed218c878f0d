/**
 * Opening an address with an anchor moves focus to the target's heading, so keyboard and
 * screen-reader users land where sighted readers see the highlight; an old anchor
 * (`data-alias-for`, `data-moved-to`) is swapped for the current one. Loaded by ./share.ts only
 * when the address has an anchor (on load or on hashchange).
 */

const HEADING = 'h1, h2, h3, h4, h5, h6';

/** Set once the page forwards to an old anchor's new page. */
let leaving = false;

/** Moves focus to the heading of the target of the address's anchor (see the module comment). */
export function focusTarget(): void {
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    return;
  }
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  if (target.dataset.movedTo) {
    // Once: a second replace (from the after-load refocus) would abort the first navigation.
    if (!leaving) location.replace(target.dataset.movedTo);
    leaving = true;
    return;
  }
  if (target.dataset.aliasFor && document.getElementById(target.dataset.aliasFor)) {
    // An old anchor: go to the current one, so the address bar and the highlight are right.
    location.replace(`#${target.dataset.aliasFor}`);
    return;
  }
  // A focusable target (e.g. <main tabindex="-1"> of the skip link) keeps the browser's focus.
  if (target.hasAttribute('tabindex') && !target.matches(HEADING)) return;
  const heading = target.matches(HEADING) ? target : target.querySelector<HTMLElement>(HEADING);
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}

/**
 * Focus now and once more after the load event if it was lost: Chrome scrolls to the anchor when
 * parsing ends and drops the focus on the way (if the target itself cannot take focus).
 */
export function focusTargetOnLoad(): void {
  focusTarget();
  const refocus = () => window.setTimeout(() => document.activeElement === document.body && focusTarget(), 0);
  if (document.readyState === 'complete') refocus();
  else window.addEventListener('load', refocus, { once: true });
}
