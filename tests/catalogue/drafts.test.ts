/** Drafts are not published: the catalogue and the permalink input leave them out (src/catalogue/drafts.ts). */
import { afterAll, describe, expect, test } from 'vitest';
import { readPermalinkInput } from '../../src/permalinks/input';
import { copyContent } from '../support/content-copy';
import { catalogueFrom, ROOT } from '../support/real-content';

const H = 'documents/hilleroed-integrationshandlingsprogram-2015-2018/';
const copy = copyContent('catalogue-drafts-');
// Mål 10 (cited by no initiative) and the whole Hillerød 2012 document become drafts.
copy.replace(`${H}goals.yaml`, '- id: hilleroed-2015-2018-maal-10\n', '- id: hilleroed-2015-2018-maal-10\n  draft: true\n');
copy.replace('documents/hilleroed-integrationshandlingsprogram-2012/document.yaml', 'id: hilleroed-integrationshandlingsprogram-2012\n', 'id: hilleroed-integrationshandlingsprogram-2012\ndraft: true\n');
afterAll(() => copy.remove());

describe('drafts', () => {
  test('the catalogue leaves out a draft goal, a draft document and everything in it', () => {
    const catalogue = catalogueFrom(copy.content);
    expect(catalogue.goal('hilleroed-2015-2018-maal-10')).toBeUndefined();
    expect(catalogue.goal('hilleroed-2015-2018-maal-9')).toBeDefined();
    expect(catalogue.document('hilleroed-integrationshandlingsprogram-2012')).toBeUndefined();
    expect(catalogue.initiative('hilleroed-2012-indsats-1')).toBeUndefined();
    expect(catalogue.goalsOfDocument('hilleroed-integrationshandlingsprogram-2015-2018')).toHaveLength(9);
    expect(catalogue.documentsOfMunicipality('hilleroed').map((d) => d.id)).toEqual(['hilleroed-integrationshandlingsprogram-2015-2018']);
  });

  test('the real catalogue (no drafts) is unchanged', () => {
    expect(catalogueFrom(`${ROOT}/content`).goalsOfDocument('hilleroed-integrationshandlingsprogram-2015-2018')).toHaveLength(10);
  });

  test('drafts get no address: the permalink check neither builds nor locks them', () => {
    const { input } = readPermalinkInput(copy.content, ROOT);
    const ids = new Set(input.entries.map((e) => e.id));
    expect(ids.has('hilleroed-2015-2018-maal-10')).toBe(false);
    expect(ids.has('hilleroed-integrationshandlingsprogram-2012')).toBe(false);
    expect(ids.has('hilleroed-2012-indsats-1')).toBe(false);
    expect(ids.has('hilleroed-2015-2018-maal-9')).toBe(true);
  });
});
