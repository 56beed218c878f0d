import { describe, expect, it } from 'vitest';
import { alsoFoundBy } from '../../../src/search/page/also';
import { excerptWords } from '../../../src/search/markers';

describe('"Viser også resultater for …"', () => {
  it('names the words found through a synonym or abbreviation of a query word', () => {
    const ex = excerptWords('sikre at alle flygtninge kan få en <mark>helbredsvurdering</mark> ⟦<mark>helbredstjek</mark> helbredsundersøgelse⟧ hurtigt');
    expect(alsoFoundBy(['helbredstjek'], [ex])).toEqual(['helbredsvurdering']);
    const ptsd = excerptWords('for <mark>traumatiserede</mark> ⟦traume <mark>ptsd</mark>⟧ flygtningefamilier');
    expect(alsoFoundBy(['PTSD'], [ptsd])).toEqual(['traumatiserede']);
  });

  it('does not name another spelling, inflection or compound of the query word', () => {
    const ex = excerptWords('<mark>børn</mark> ⟦<mark>boern</mark> born⟧ og <mark>integrationsindsatsen</mark> ⟦<mark>indsatsen</mark>⟧');
    expect(alsoFoundBy(['boern', 'indsats'], [ex])).toEqual([]);
  });

  it('names each word once, at most three', () => {
    const ex = excerptWords('<mark>beskæftigelse</mark> ⟦<mark>job</mark>⟧ <mark>Beskæftigelse</mark> ⟦<mark>job</mark>⟧ <mark>ansættelse</mark> ⟦<mark>job</mark>⟧ <mark>arbejdsmarkedet</mark> ⟦<mark>job</mark>⟧ <mark>arbejdsmarked</mark> ⟦<mark>job</mark>⟧');
    expect(alsoFoundBy(['job'], [ex])).toEqual(['beskæftigelse', 'ansættelse', 'arbejdsmarkedet']);
  });
});
