/**
 * What the CMS writes is our YAML (src/cms/adapter.ts, yaml-write.ts, backend.ts): saving a file
 * unchanged leaves it byte for byte, an added initiative adds only its own lines (keys in the
 * schema's order, numbers as numbers, a long quote on one line that the checker still matches),
 * and the backend reads and writes nothing but the collections' files inside the content folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checker/check';
import { REGISTRY } from '../../src/collections/registry';
import { fromCms, toCms } from '../../src/cms/adapter';
import { collectionOfPath, LocalBackend } from '../../src/cms/backend';
import { findingsFor } from '../../src/cms/findings';
import { copyContent } from '../support/content-copy';
import { ROOT } from '../support/real-content';

const CONTENT = join(ROOT, 'content');
const DOC = 'hilleroed-integrationshandlingsprogram-2015-2018';
const INITIATIVES = `documents/${DOC}/initiatives.yaml`;

/** Every content file of the real content, relative to the content folder. */
function contentFiles(): string[] {
  const lists = readdirSync(CONTENT).filter((f) => f.endsWith('.yaml') && collectionOfPath(f));
  const docs = readdirSync(join(CONTENT, 'documents')).flatMap((d) => readdirSync(join(CONTENT, 'documents', d)).map((f) => `documents/${d}/${f}`));
  return [...lists, ...docs.filter((p) => collectionOfPath(p))];
}

/** What the CMS sends when the editor adds an initiative with a goal reference (as Decap fills the form). */
const newInitiative = {
  id: 'hilleroed-2015-2018-indsats-9',
  number: '9',
  label: 'Indsats 9',
  title: 'Ny indsats fra redigeringen',
  titleIsEditorial: false,
  section: '',
  text: [],
  themes: [],
  resources: [{ label: '', text: 'Tre nye medarbejdere' }],
  goals: [
    {
      goal: '3', // a relation widget may hand the number over as text
      citedAs: 'Mål 3',
      quote:
        'Efterkommere i Hillerød Kommune skal hvert år nærme sig samme niveau som etniske danskere hvad angår beskæftigelse – og på lang sigt skal forskellen udlignes. Inden udgangen af 2018 skal den positive forskel mellem Hillerød Kommune og landsgennemsnitte øges med 1 procentpoint.',
      note: '',
    },
  ],
  period: { text: '' },
  source: { place: 'Indsats 9', file: '001_6aabdc5b922a8d1d.txt', lines: ['210', 212] },
};

describe('the YAML the CMS writes', () => {
  it('is every content file unchanged, byte for byte, when it is saved without an edit', () => {
    const files = contentFiles();
    expect(files.length).toBeGreaterThan(15);
    for (const path of files) {
      const spec = collectionOfPath(path)!;
      const text = readFileSync(join(CONTENT, path), 'utf8');
      expect(fromCms(spec, toCms(spec, text), text), path).toBe(text);
    }
  });

  it('adds a new initiative as its own lines only, in the schema’s key order, with numbers as numbers', () => {
    const spec = REGISTRY.initiatives;
    const text = readFileSync(join(CONTENT, INITIATIVES), 'utf8');
    const cms = JSON.parse(toCms(spec, text)) as { items: unknown[] };
    cms.items.push(newInitiative);
    const written = fromCms(spec, JSON.stringify(cms), text);
    expect(written.startsWith(text.trimEnd())).toBe(true);
    expect(written.slice(text.trimEnd().length)).toBe(
      [
        '',
        '',
        '- id: hilleroed-2015-2018-indsats-9',
        '  number: "9"',
        '  label: "Indsats 9"',
        '  title: "Ny indsats fra redigeringen"',
        '  resources:',
        '    - "Tre nye medarbejdere"',
        '  goals:',
        '    - goal: 3',
        '      citedAs: "Mål 3"',
        `      quote: "${newInitiative.goals[0]!.quote}"`,
        '  source:',
        '    file: 001_6aabdc5b922a8d1d.txt',
        '    place: "Indsats 9"',
        '    lines: [210, 212]',
        '',
      ].join('\n'),
    );
  });

  it('changes only the edited entry when an existing one is edited', () => {
    const spec = REGISTRY.goals;
    const path = join(CONTENT, `documents/${DOC}/goals.yaml`);
    const text = readFileSync(path, 'utf8');
    const cms = JSON.parse(toCms(spec, text)) as { items: { id: string; title: string }[] };
    cms.items.find((g) => g.id === 'hilleroed-2015-2018-maal-4')!.title = 'Højere beskæftigelse – redigeret';
    const written = fromCms(spec, JSON.stringify(cms), text);
    const before = text.split('\n');
    const after = written.split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((line, i) => line !== before[i])).toEqual(['  title: "Højere beskæftigelse – redigeret"']);
  });

  it('edits a follow-up source date (an ISO date or a year) as text and writes a year back as a number', () => {
    const spec = REGISTRY.goals;
    const yaml = [
      '- id: x-maal-1',
      '  number: 1',
      '  title: "Et mål"',
      '  text: "Et mål"',
      '  measures:',
      '    - description: "Andel i job"',
      '      unit: "%"',
      '      followUps:',
      '        - value: 40',
      '          unit: "%"',
      '          year: 2019',
      '          source:',
      '            title: "Årsrapport"',
      '            document: "s. 12"',
      '            date: 2020',
      '',
    ].join('\n');
    const cms = JSON.parse(toCms(spec, yaml)) as { items: { measures: { followUps: { source: { date: unknown } }[] }[] }[] };
    const source = cms.items[0]!.measures[0]!.followUps[0]!.source;
    expect(source.date).toBe('2020');
    expect(fromCms(spec, JSON.stringify(cms), yaml)).toBe(yaml);
    source.date = '2021';
    expect(fromCms(spec, JSON.stringify(cms), yaml)).toContain('            date: 2021\n');
    source.date = '2021-03-01';
    const written = fromCms(spec, JSON.stringify(cms), yaml);
    expect(written).toContain('            date: 2021-03-01\n'); // as the content files write dates; a string in YAML 1.2
    expect(load(written, { schema: CORE_SCHEMA })).toMatchObject([{ measures: [{ followUps: [{ source: { date: '2021-03-01' } }] }] }]);
  });
});

describe('the local backend', () => {
  const copy = copyContent('catalogue-cms-');
  const backend = new LocalBackend(copy.content);
  afterAll(() => copy.remove());

  it('saves an initiative the checker accepts: its long goal quote still matches the goal text', () => {
    const read = backend.handle({ action: 'getEntry', params: { path: INITIATIVES } }) as { data: string };
    const cms = JSON.parse(read.data) as { items: unknown[] };
    cms.items.push(newInitiative);
    backend.handle({ action: 'persistEntry', params: { entry: { path: INITIATIVES, raw: JSON.stringify(cms), slug: DOC }, assets: [], options: {} } });
    const { findings } = checkContent(copy.content, { projectRoot: copy.dir });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const mine = findingsFor(copy.content, INITIATIVES, copy.dir);
    expect(mine.file).toBe(`content/${INITIATIVES}`);
    expect(mine.findings.some((f) => f.message.includes('indsats-9'))).toBe(false);
  });

  it('shows the checker’s findings for the saved file: a goal that does not exist', () => {
    const read = backend.handle({ action: 'getEntry', params: { path: INITIATIVES } }) as { data: string };
    const cms = JSON.parse(read.data) as { items: { id: string; goals: { goal: number }[] }[] };
    cms.items.find((i) => i.id === 'hilleroed-2015-2018-indsats-9')!.goals[0]!.goal = 42;
    backend.handle({ action: 'persistEntry', params: { entry: { path: INITIATIVES, raw: JSON.stringify(cms), slug: DOC }, assets: [], options: {} } });
    const mine = findingsFor(copy.content, INITIATIVES, copy.dir);
    expect(mine.findings.filter((f) => f.severity === 'error').map((f) => f.message).join('\n')).toMatch(/42/);
  });

  it('reads a document’s missing list file as empty, so the CMS can create it', () => {
    const path = 'documents/kerteminde-integrationspolitik-2016/goals.yaml';
    expect(existsSync(join(copy.content, path))).toBe(false);
    expect(backend.read(path)).toMatchObject({ data: JSON.stringify({ items: [] }, null, 2), file: { path, id: null } });
  });

  it('lists only documents in the documents folder (not their goals or initiatives files)', () => {
    const paths = backend.listFolder('documents', 2);
    expect(paths.length).toBe(readdirSync(join(copy.content, 'documents')).length);
    expect(paths.every((p) => p.endsWith('/document.yaml'))).toBe(true);
  });

  it('refuses files outside the content folder and files that are not content', () => {
    const persist = (path: string) => () => backend.handle({ action: 'persistEntry', params: { entry: { path, raw: '{}', slug: 'x' }, assets: [], options: {} } });
    expect(persist('../package.json')).toThrow(/not a content file/);
    expect(persist('documents/../../evil/goals.yaml')).toThrow(/not a content file|outside the content folder/);
    expect(persist('documents/../goals.yaml')).toThrow(/not a content file/);
    expect(persist('sources/001_6aabdc5b922a8d1d.txt')).toThrow(/not a content file/);
    expect(() => backend.handle({ action: 'persistMedia', params: {} })).toThrow(/unknown action/);
    expect(backend.read('../package.json').data).toBeNull();
  });
});
