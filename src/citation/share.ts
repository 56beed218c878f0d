/**
 * The site's one small script for links (bundled to one external file; no inline code, so a
 * Content-Security-Policy of script-src 'self' holds). Everything here enhances markup that
 * works without it, and only what every reader needs runs at once; the rest loads when needed:
 *
 * - `[data-enhance]` elements (copy and share buttons) are `hidden` in the HTML and shown here, so
 *   no reader without JavaScript meets a dead button; `[data-enhance="share"]` only where the
 *   browser has a native share sheet (navigator.share). What the buttons do is ./share-actions.ts,
 *   loaded (src/weight/lazy-module.ts) when the pointer or the focus first reaches one (so it is there by the click, which
 *   the clipboard and the share sheet need) and at the latest on the click itself.
 * - Opening a citation format's <details> (src/citation/Cite.astro) shows its text, fetched from
 *   the download file beside the page by ./share-actions.ts.
 * - A polite live region, present from the start (screen readers announce changes to a region
 *   they already know), through which the actions announce what they did.
 * - Opening an address with an anchor (on load and on hashchange) moves focus to the target's
 *   heading: ./anchor-focus.ts, loaded only when there is an anchor.
 * - A redirect page (`<html data-redirect-to>`) forwards at once, keeping the anchor.
 */

import actionsUrl from './share-actions.ts?lazy';
import anchorFocusUrl from './anchor-focus.ts?lazy';

const BUTTONS = 'button[data-copy], button[data-copy-from], button[data-share]';

let actions: Promise<typeof import('./share-actions')> | undefined;
const loadActions = () => (actions ??= import(/* @vite-ignore */ actionsUrl));

const focusAnchor = () => void (import(/* @vite-ignore */ anchorFocusUrl) as Promise<typeof import('./anchor-focus')>).then((m) => m.focusTargetOnLoad());

function enhance(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-enhance]')) {
    if (el.dataset.enhance === 'share' && typeof navigator.share !== 'function') continue;
    el.hidden = false;
  }

  const live = document.createElement('div');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.className = 'sr-only';
  document.body.append(live);
  let timer: number | undefined;
  const announce = (message: string) => {
    // Empty first, so the same message twice in a row is announced twice.
    window.clearTimeout(timer);
    live.textContent = '';
    timer = window.setTimeout(() => {
      live.textContent = message;
      timer = window.setTimeout(() => (live.textContent = ''), 5000);
    }, 50);
  };

  const button = (event: Event) => (event.target as Element | null)?.closest?.<HTMLButtonElement>(BUTTONS);
  for (const type of ['pointerover', 'focusin', 'touchstart']) {
    document.addEventListener(type, (event) => void (button(event) && loadActions()), { passive: true });
  }
  document.addEventListener('click', (event) => {
    const target = button(event);
    if (target) void loadActions().then((m) => m.act(target, announce));
  });

  // toggle does not bubble: listen in the capture phase, for every <details> of the page.
  document.addEventListener(
    'toggle',
    (event) => {
      const details = event.target as HTMLDetailsElement;
      if (details.open && details.querySelector('[data-cite-text]')) void loadActions().then((m) => m.showCitation(details));
    },
    true,
  );

  if (location.hash) focusAnchor();
  window.addEventListener('hashchange', focusAnchor);
}

// Run last: everything above is defined by now.
const redirectTo = document.documentElement.dataset.redirectTo;
if (redirectTo) location.replace(redirectTo + (redirectTo.includes('#') ? '' : location.hash));
else enhance();
