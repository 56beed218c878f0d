/**
 * The checker refuses an entry id that the document page itself uses as an element id
 * (DOCUMENT_PAGE_IDS in src/checker/identity.ts). These tests keep that list true against
 * the built site: every id on a built document page is an anchor of the content (an entry, a
 * section, a section heading, an old id) or in the list, and every id in the list is used.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DOCUMENT_PAGE_IDS, isPageId, sectionHeadingId } from '../../src/checker/identity';
import { buildPermalinks } from '../../src/permalinks/model';
import { readPermalinkInput } from '../../src/permalinks/input';
import { builtPages } from '../support/dist';
import { PROJECT_ROOT } from './helpers';

const documentPages = builtPages().filter((p) => /^\/dokumenter\/[^/]+\/$/.test(p.url));
const { input } = readPermalinkInput(join(PROJECT_ROOT, 'content'), PROJECT_ROOT);
const model = buildPermalinks(input);

describe('the element ids of the document page', () => {
  test('every built document page is checked', () => {
    expect(documentPages.length).toBe(input.entries.filter((e) => e.kind === 'documents').length);
  });

  test('every id on a document page comes from the content or is in DOCUMENT_PAGE_IDS', () => {
    for (const page of documentPages) {
      const fromContent = new Set([
        ...(model.anchors.get(page.url) ?? []),
        ...(model.anchorAliases.get(page.url)?.keys() ?? []),
        ...input.sections.filter((s) => `/dokumenter/${s.document}/` === page.url).map((s) => sectionHeadingId(s.id)),
      ]);
      const own = [...page.ids].filter((id) => !fromContent.has(id));
      expect(own.filter((id) => !isPageId(id)), page.url).toEqual([]);
    }
  });

  test('every id in DOCUMENT_PAGE_IDS is used on some document page', () => {
    const used = new Set(documentPages.flatMap((p) => [...p.ids]));
    expect(Object.keys(DOCUMENT_PAGE_IDS).filter((id) => !used.has(id))).toEqual([]);
  });
});
