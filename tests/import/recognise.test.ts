/**
 * The recognisers on small documents of our own, in layouts other than the five sources:
 * "Målsætning N." and "N. mål" labels, goals under a "Mål" heading, initiatives under an
 * "Indsatser" lead-in and under theme headings, a logic-model table, success criteria.
 */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/import/clean/text';
import { recognise } from '../../src/import/recognise/document';
import { findBaseline, findDeadline, findValue } from '../../src/import/recognise/targets';

const draftOf = (text: string) => recognise(cleanText(text).lines, { file: 'test.txt', municipality: 'odense' });

describe('goals', () => {
  test('"Målsætning N." labels and initiatives "Initiativ N:" citing "målsætning 2" and "mål 1-3"', () => {
    const d = draftOf(
      [
        'Odense Kommunes integrationsstrategi 2020-2024',
        '',
        'Målsætning 1. Flere flygtninge skal være i job inden udgangen af 2022.',
        'Målsætning 2. Alle børn skal tale dansk ved skolestart.',
        'Målsætning 3. Flere foreninger skal have medlemmer med anden etnisk baggrund.',
        '',
        'Initiativ 1: Sprogstart i dagtilbud',
        'Indsatsen bidrager til målsætning 2.',
        '',
        'Initiativ 2: Jobbro',
        'Indsatsen bidrager til mål 1-3.',
      ].join('\n'),
    );
    expect(d.document).toMatchObject({ id: 'odense-integrationsstrategi-2020-2024', type: 'strategi', period: { from: 2020, to: 2024 } });
    expect(d.goals.map((g) => [g.number, g.label, g.text])).toEqual([
      [1, 'Målsætning 1', 'Flere flygtninge skal være i job inden udgangen af 2022.'],
      [2, 'Målsætning 2', 'Alle børn skal tale dansk ved skolestart.'],
      [3, 'Målsætning 3', 'Flere foreninger skal have medlemmer med anden etnisk baggrund.'],
    ]);
    expect(d.goals[0]!.deadline).toEqual({ year: 2022, text: 'inden udgangen af 2022' });
    expect(d.initiatives.map((x) => [x.number, x.title, x.goals])).toEqual([
      ['1', 'Sprogstart i dagtilbud', [{ goal: 2, citedAs: 'målsætning 2' }]],
      ['2', 'Jobbro', [{ from: 1, to: 3, citedAs: 'mål 1-3' }]],
    ]);
    expect(d.initiatives[0]!.source).toEqual({ file: 'test.txt', place: 'Initiativ 1', lines: [7, 8] });
    expect(d.goals.every((g) => g.source.lines[0] >= 3 && g.source.lines[1] <= 5)).toBe(true);
  });

  test('"3. mål" labels, and numbered goals under a "Mål" heading with group headings', () => {
    const labelled = draftOf(['1. mål: Alle unge i uddannelse.', '', '2. mål: Færre ledige.'].join('\n'));
    expect(labelled.goals.map((g) => [g.number, g.label, g.text])).toEqual([
      [1, '1. mål', 'Alle unge i uddannelse.'],
      [2, '2. mål', 'Færre ledige.'],
    ]);
    const listed = draftOf(
      ['Integrationspolitik', '', 'Målsætninger', '', 'Uddannelse', '', '1. At alle unge gennemfører en ungdomsuddannelse', '2. At flere voksne tager en erhvervsuddannelse', '', 'Job', '', '3. At flere kvinder kommer i arbejde', '', 'Indsatser', '', '- Mentorordning for unge', '- Jobcafé i boligområderne'].join('\n'),
    );
    expect(listed.goals.map((g) => [g.number, g.group, g.text])).toEqual([
      [1, 'Uddannelse', 'At alle unge gennemfører en ungdomsuddannelse'],
      [2, 'Uddannelse', 'At flere voksne tager en erhvervsuddannelse'],
      [3, 'Job', 'At flere kvinder kommer i arbejde'],
    ]);
    expect(listed.document.goalsHeading).toBe('Målsætninger');
    // Bulleted items under an "Indsatser" heading are initiatives.
    expect(listed.initiatives.map((x) => x.title)).toEqual(['Mentorordning for unge', 'Jobcafé i boligområderne']);
  });

  test('a quoted goal whose text is another goal’s points to that goal, with a note and a review item', () => {
    const d = draftOf(
      ['Mål 1: Flere unge i uddannelse.', '', 'Mål 2: Flere voksne i beskæftigelse hvert eneste år.', '', 'Indsats 1: Brobygning', '', 'Mål 1: Flere voksne i beskæftigelse hvert eneste år.'].join('\n'),
    );
    expect(d.initiatives[0]!.goals).toEqual([
      { goal: 2, citedAs: 'Mål 1', quote: 'Flere voksne i beskæftigelse hvert eneste år.', note: 'Kilden skriver »Mål 1«, men den citerede tekst er Mål 2\'s. Henvisningen peger derfor på Mål 2.' },
    ]);
    expect(d.review.some((r) => r.entry === d.initiatives[0]!.id && r.what.includes('citerer Mål 2'))).toBe(true);
  });
});

describe('initiatives', () => {
  test('numbered items under theme headings, each with its theme as section', () => {
    const d = draftOf(
      ['Integrationspolitik 2019', '', 'Tema: Bolig', '', '1. Flygtninge bosættes i hele kommunen.', '2. Boligforeningerne laver en velkomstordning.', '', 'Tema: Job', '', '1. Virksomhedspraktik inden for tre måneder.'].join('\n'),
    );
    expect(d.document.sections.map((s) => [s.id, s.kind, s.title])).toEqual([
      ['bolig', 'tema', 'Bolig'],
      ['job', 'tema', 'Job'],
    ]);
    expect(d.initiatives.map((x) => [x.id, x.section, x.title])).toEqual([
      ['odense-2019-bolig-1', 'bolig', 'Flygtninge bosættes i hele kommunen'],
      ['odense-2019-bolig-2', 'bolig', 'Boligforeningerne laver en velkomstordning'],
      ['odense-2019-job-1', 'job', 'Virksomhedspraktik inden for tre måneder'],
    ]);
  });

  test('a logic-model table (tab-separated rows under a header row) fills the columns; the goals column gives references', () => {
    const d = draftOf(
      [
        'Mål 1: Flere i job.',
        '',
        'Indsats 1: Jobmentor',
        'Ressourcer\tAktiviteter\tOutput\tIndikatorer\tLangsigtede mål',
        '<p>2 mentorer</p>\t<p>Mentorsamtaler</p>\t<p>40 forløb</p>\t<p>Mindst 20 i job ved udgangen af 2021</p>\t<p>Mål 1: Flere i job.</p>',
        '\t<p>Virksomhedsbesøg</p>\t\t\t',
      ].join('\n'),
    );
    const [x] = d.initiatives;
    expect(x).toMatchObject({
      resources: [{ text: '2 mentorer' }],
      activities: [{ text: 'Mentorsamtaler' }, { text: 'Virksomhedsbesøg' }],
      outputs: [{ text: '40 forløb' }],
      indicators: [{ text: 'Mindst 20 i job ved udgangen af 2021' }],
      goals: [{ goal: 1, citedAs: 'Mål 1', quote: 'Flere i job.' }],
    });
  });

  test('"Ad N" blocks with an action plan and success criteria with deadlines and values', () => {
    const d = draftOf(
      [
        'Handleplan for integration 2006',
        '',
        'Boligområderne',
        '',
        'Strategi',
        '',
        '1. Bedre boligområder',
        '',
        'Ad 1. Bedre boligområder',
        '',
        'Handleplan:',
        '',
        '- Helhedsplaner for de udsatte områder',
        '',
        'Succeskriterier:',
        '',
        '- Mindst 8 nye lejligheder inden udgangen af 2008',
        '- Kontakt til 3 netværk i løbet af 2007.',
      ].join('\n'),
    );
    expect(d.document.sections).toEqual([{ id: 'boligomraaderne', kind: 'indsatsomraade', title: 'Boligområderne' }]);
    const [x] = d.initiatives;
    expect(x).toMatchObject({ label: 'Ad 1', number: '1', title: 'Bedre boligområder', section: 'boligomraaderne', activities: [{ text: 'Helhedsplaner for de udsatte områder' }] });
    expect(x!.successCriteria).toEqual([
      { text: 'Mindst 8 nye lejligheder inden udgangen af 2008', target: { text: 'Mindst 8 nye lejligheder inden udgangen af 2008', value: 8, unit: 'nye', comparator: 'mindst', deadline: { year: 2008, text: 'inden udgangen af 2008' } } },
      { text: 'Kontakt til 3 netværk i løbet af 2007.', target: { text: 'Kontakt til 3 netværk i løbet af 2007.', value: 3, unit: 'netværk', deadline: { year: 2007, text: 'i løbet af 2007' } } },
    ]);
    // The strategy list is not placed: it is in the review list with its lines.
    expect(d.review.find((r) => r.what.startsWith('Ikke placeret'))?.lines).toEqual([5, 7]);
  });

  test('a numbered sub-list restarting inside an initiative is its activities, not new initiatives', () => {
    const d = draftOf(
      ['Indsats 1: Modtagelse', '', 'Indsats 2: Efter integrationsperioden', '', 'Indsats 1; samtaler (60 borgere)', '', 'Indsats 2: mentor (20 borgere)', '', 'Flere i job', '', 'Indsats 3: Sprog'].join('\n'),
    );
    expect(d.initiatives.map((x) => x.label)).toEqual(['Indsats 1', 'Indsats 2', 'Indsats 3']);
    expect(d.initiatives[1]!.activities.map((a) => a.text)).toEqual(['Indsats 1; samtaler (60 borgere)', 'Indsats 2: mentor (20 borgere)', 'Flere i job']);
  });
});

describe('targets in sentences', () => {
  test('baseline, deadline and value', () => {
    expect(findBaseline('I 2013 ligger Hillerød Kommune 1,8 procentpoint under landsgennemsnittet.')).toEqual({ value: -1.8, year: 2013, text: 'I 2013 ligger Hillerød Kommune 1,8 procentpoint under landsgennemsnittet.' });
    expect(findDeadline('Inden udgangen af 2018 skal Hillerød Kommune være på niveau.')).toEqual({ year: 2018, text: 'Inden udgangen af 2018' });
    expect(findDeadline('Hvert år i 2015-2018 får 10 borgere et hjemmebesøg')).toEqual({ year: 2018, text: 'Hvert år i 2015-2018' });
    expect(findValue('andelen falder fra 14,2 % til ca. 12 %')).toEqual({ value: 12, unit: '%', comparator: 'ca.' });
    expect(findBaseline('I 2018 skal forskellen være 0 procentpoint.')).toBeUndefined();
  });
});
