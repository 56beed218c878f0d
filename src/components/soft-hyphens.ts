/**
 * Copying a heading copies its words, not its hyphenation points: headings carry soft hyphens
 * (U+00AD, src/components/hyphenate.ts) so that long Danish words break with a hyphen on narrow
 * screens, and Chromium would put them on the clipboard, where they split the word in a search box
 * or a document. This takes them out of the copied text (plain and rich). Nothing else changes.
 */
const SOFT_HYPHEN = /\u00AD|&shy;/g;

document.addEventListener('copy', (event) => {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !event.clipboardData) return;
  const text = selection.toString();
  if (!text.includes('\u00AD')) return;
  const box = document.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) box.append(selection.getRangeAt(i).cloneContents());
  event.clipboardData.setData('text/plain', text.replace(SOFT_HYPHEN, ''));
  event.clipboardData.setData('text/html', box.innerHTML.replace(SOFT_HYPHEN, ''));
  event.preventDefault();
});
