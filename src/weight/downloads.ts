/**
 * Downloads written into a page as data: URLs (the citation box's .bib and .json links,
 * src/citation/Cite.astro) become small files beside the page: the page no longer carries each
 * file a second time, percent-encoded, and the links still work without JavaScript.
 */

/** A data: URL's bytes, or a clear error naming what is wrong with it. */
export function decodeDataUrl(url: string): Buffer {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0) throw new Error(`not a data: URL: ${url.slice(0, 60)}`);
  const params = url.slice(5, comma).split(';');
  const payload = url.slice(comma + 1);
  if (params.includes('base64')) return Buffer.from(decodeURIComponent(payload), 'base64');
  return Buffer.from(decodeURIComponent(payload), 'utf8');
}

/**
 * The file name a download may be written under beside its page: the download attribute's name
 * when it is a plain file name (letters, digits, ".", "_", "-", not "index.html"); otherwise undefined
 * (the link is then left as it is).
 */
export function downloadFileName(name: string | undefined): string | undefined {
  if (!name || !/^[\w-][\w.-]*\.[A-Za-z0-9]+$/.test(name) || name === 'index.html') return undefined;
  return name;
}
