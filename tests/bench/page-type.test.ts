/** src/bench/analyse.ts pageType: the bench reports the follow-up pages as page types of their own. */
import { describe, expect, it } from 'vitest';
import { pageType } from '../../src/bench/analyse';

describe('pageType', () => {
  it('classifies the deadline overview, the deadline year pages and the national goal pages', () => {
    expect(pageType('/frister/')).toBe('deadlines');
    expect(pageType('/frister/2018/')).toBe('deadline year');
    expect(pageType('/frister/2018/3/')).toBe('deadline year');
    expect(pageType('/nationale-maal/')).toBe('national goal index');
    expect(pageType('/nationale-maal/arbejde/')).toBe('national goal');
    expect(pageType('/nationale-maal/arbejde/2/')).toBe('national goal');
  });

  it('keeps the list pages and entry pages as before', () => {
    expect(pageType('/')).toBe('home');
    expect(pageType('/indsatser/')).toBe('initiative list');
    expect(pageType('/indsatser/4/')).toBe('initiative list');
    expect(pageType('/indsatser/x/')).toBe('initiative');
    expect(pageType('/temaer/bolig/2/')).toBe('theme');
    expect(pageType('/om/status/')).toBe('other');
  });
});
