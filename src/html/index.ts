/**
 * The one reader of built HTML (issue 11): parse a page and query it (page.ts), scan a page with
 * source positions to edit it in place (scan.ts), and walk the pages of a built site (built.ts).
 */
export { readerText, HtmlElement, HtmlPage, parseHtml, type Heading } from './page';
export { attributeOf, scanHtml, type ScanHandlers, type ScannedAttribute, type ScannedCloseTag, type ScannedOpenTag } from './scan';
export { builtHtmlFiles, builtPageHeads, builtSitePages, readHead, readPage, urlOfFile, type BuiltFile } from './built';
