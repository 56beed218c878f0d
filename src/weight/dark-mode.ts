/**
 * Dark mode written once. The site's `dark` variant (src/styles/global.css) makes every dark rule
 * twice: for <html data-theme="dark"> (the toggle's choice) and for the system setting when no
 * choice is made (`@media screen and (prefers-color-scheme: dark)`). With JavaScript,
 * public/theme-init.js always sets data-theme (to the system's theme when the reader has not
 * chosen), so the second copy never decides anything and the step drops it from the sheets pages
 * link. Without JavaScript no attribute is set: each page links the sheet as built, with both
 * copies, inside <noscript> (`noJsLink`), and looks as before.
 */
import { parse as parseCss } from 'postcss';

/** The media query of the system-setting copy, as Tailwind writes it (spaces ignored). */
const SYSTEM_DARK = 'screenand(prefers-color-scheme:dark)';

/** `css` without its system-setting dark rules (every other byte as written). */
export function withoutSystemDark(css: string): string {
  if (!css.includes('prefers-color-scheme')) return css;
  const root = parseCss(css);
  let removed = false;
  root.walkAtRules('media', (rule) => {
    if (rule.params.replace(/\s+/g, '').toLowerCase() === SYSTEM_DARK) {
      rule.remove();
      removed = true;
    }
  });
  return removed ? root.toString() : css;
}

/** The <noscript> that gives readers without JavaScript the sheet as built (dark mode by the system setting). */
export function noJsLink(href: string): string {
  return `<noscript><link rel="stylesheet" href="${href}"></noscript>`;
}
