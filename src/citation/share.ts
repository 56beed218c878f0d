/**
 * The site's one small script for links (bundled to one external file; no inline code, so a
 * Content-Security-Policy of script-src 'self' holds). Everything here enhances markup that
 * works without it:
 *
 * - `[data-enhance]` elements (copy and share buttons) are `hidden` in the HTML and shown here, so
 *   no reader without JavaScript meets a dead button; `[data-enhance="share"]` only where the
 *   browser has a native share sheet (navigator.share).
 * - `[data-copy]` copies its value, `[data-copy-from]` the text of the element with that id; the
 *   button says `data-copied` for a moment and a polite live region announces it.
 * - `[data-share]` opens the share sheet for the link of its `[data-share-tools]` group.
 * - Opening an address with an anchor (on load and on hashchange) moves focus to the target's
 *   heading, so keyboard and screen-reader users land where sighted readers see the highlight.
 *   An old anchor (`data-alias-for`, `data-moved-to`) is swapped for the current one.
 * - A redirect page (`<html data-redirect-to>`) forwards at once, keeping the anchor.
 */

const HEADING = 'h1, h2, h3, h4, h5, h6';

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

  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy], button[data-copy-from], button[data-share]');
    if (!button) return;
    if (button.hasAttribute('data-share')) void share(button, announce);
    else void copyFrom(button, announce);
  });

  // Chrome scrolls to the anchor when parsing ends and drops the focus on the way (if the target
  // itself cannot take focus), so focus now and once more after the load event if it was lost.
  focusTarget();
  const refocus = () => window.setTimeout(() => document.activeElement === document.body && focusTarget(), 0);
  if (document.readyState === 'complete') refocus();
  else window.addEventListener('load', refocus, { once: true });
  window.addEventListener('hashchange', focusTarget);
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No async clipboard (plain http, old browser, denied): fall back to a selected textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

async function copyFrom(button: HTMLButtonElement, announce: (m: string) => void): Promise<void> {
  const source = button.dataset.copyFrom ? document.getElementById(button.dataset.copyFrom) : null;
  const text = button.dataset.copy ?? source?.textContent?.trim() ?? '';
  const ok = text !== '' && (await writeClipboard(text));
  const message = ok ? button.dataset.copied : button.dataset.failed;
  if (!message) return;
  announce(message);
  const label = button.querySelector<HTMLElement>('[data-label]');
  if (!label) return;
  label.dataset.original ??= label.textContent ?? '';
  label.textContent = message;
  button.dataset.state = ok ? 'copied' : 'failed';
  window.setTimeout(() => {
    label.textContent = label.dataset.original ?? '';
    delete button.dataset.state;
  }, 2500);
}

/** Share the link of the "Kopiér link" button beside it, titled by their wrapper. */
async function share(button: HTMLButtonElement, announce: (m: string) => void): Promise<void> {
  const tools = button.closest<HTMLElement>('[data-share-tools]');
  const copy = tools?.querySelector<HTMLButtonElement>('button[data-copy]');
  const url = copy?.dataset.copy;
  if (!url) return;
  try {
    await navigator.share({ title: tools?.dataset.title ?? document.title, url });
  } catch (err) {
    // The reader closed the sheet: nothing to say. Anything else: copy the link instead.
    if ((err as DOMException)?.name === 'AbortError') return;
    if (await writeClipboard(url) && copy.dataset.copied) announce(copy.dataset.copied);
  }
}

/** Set once the page forwards to an old anchor's new page. */
let leaving = false;

function focusTarget(): void {
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

// Run last: everything above is defined by now.
const redirectTo = document.documentElement.dataset.redirectTo;
if (redirectTo) location.replace(redirectTo + (redirectTo.includes('#') ? '' : location.hash));
else enhance();
