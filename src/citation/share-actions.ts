/**
 * What the copy and share buttons do. Loaded by ./share.ts when a reader first moves towards one
 * of them (pointer over, focus, touch), so a page that is only read never downloads it.
 *
 * - `[data-copy]` copies its value, `[data-copy-from]` the text of the element with that id; the
 *   button says `data-copied` for a moment and the page's polite live region announces it.
 * - `[data-cite-text]`, the <pre> of a citation format (src/citation/Cite.astro), gets the text
 *   of the download file beside it when its <details> opens; copying it waits for that text.
 * - `[data-share]` opens the share sheet for the link of its `[data-share-tools]` group.
 */

/** Runs the action of a copy or share button; `announce` speaks through the page's live region. */
export function act(button: HTMLButtonElement, announce: (message: string) => void): Promise<void> {
  return button.hasAttribute('data-share') ? share(button, announce) : copyFrom(button, announce);
}

const citations = new WeakMap<HTMLElement, Promise<string | undefined>>();

/** A download link's file as text: fetched from the site, or read from a data: URL (the dev server, before the page-weight step). */
export async function fileText(href: string): Promise<string> {
  if (href.startsWith('data:')) return decodeURIComponent(href.slice(href.indexOf(',') + 1));
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${response.status} ${href}`);
  return response.text();
}

/**
 * The text of a citation format's <pre data-cite-text>, fetched once from the download link of its
 * <details> and shown in the <pre>; undefined (and the section's `data-cite-failed` message
 * shown instead) when it cannot be fetched.
 */
function citationText(pre: HTMLElement): Promise<string | undefined> {
  let text = citations.get(pre);
  if (!text) {
    const link = pre.closest('details')?.querySelector<HTMLAnchorElement>('a[data-cite-download]');
    text = (link ? fileText(link.href) : Promise.reject(new Error('no download link'))).then(
      (value) => {
        pre.textContent = value;
        return value;
      },
      () => {
        pre.textContent = pre.closest<HTMLElement>('[data-cite-failed]')?.dataset.citeFailed ?? '';
        citations.delete(pre); // the next opening tries again
        return undefined;
      },
    );
    citations.set(pre, text);
    void text.then(() => (pre.hidden = false));
  }
  return text;
}

/** Shows the text of the citation format in an opened <details>. */
export async function showCitation(details: HTMLDetailsElement): Promise<void> {
  const pre = details.querySelector<HTMLElement>('[data-cite-text]');
  if (pre) await citationText(pre);
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
  const text = button.dataset.copy ?? (source?.hasAttribute('data-cite-text') ? await citationText(source) : source?.textContent?.trim()) ?? '';
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
