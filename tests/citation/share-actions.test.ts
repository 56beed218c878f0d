/**
 * The citation text behind a download link (src/citation/share-actions.ts): on the built site a
 * file beside the page; in the dev server (no page-weight step) still the data: URL Cite.astro
 * writes, which is read in place, since the Content-Security-Policy (connect-src 'self') would
 * block fetching it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileText } from '../../src/citation/share-actions';

afterEach(() => vi.unstubAllGlobals());

describe('fileText', () => {
  it('reads a data: URL as Cite.astro writes it, without fetching', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const bib = '@incollection{x,\n  title     = {Mål 9 [redaktionens titel: Lighed & sundhed, 100 %]},\n}';
    expect(await fileText(`data:application/x-bibtex;charset=utf-8,${encodeURIComponent(bib)}`)).toBe(bib);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fetches a file and fails on an error status', async () => {
    vi.stubGlobal('fetch', async (url: string) => (url.endsWith('/x.bib') ? new Response('@misc{x}') : new Response('no', { status: 404 })));
    expect(await fileText('/maal/x/x.bib')).toBe('@misc{x}');
    await expect(fileText('/maal/x/y.bib')).rejects.toThrow('404 /maal/x/y.bib');
  });
});
