/**
 * A generated catalogue corpus in the project's own content format (content/README.md), for
 * benchmarks and tests: by default all 98 municipalities × 3 documents × (10 goals + 12
 * initiatives), plus 400 cases in 10 national catalogues and 100 related documents.
 *
 * Deterministic: the same options (seed included) give byte-identical files. The corpus passes
 * the reference checker without errors, and exercises what real sources do: goal references with
 * verbatim quotes, quotes with a spelling slip, a hyphen for a dash or only the first sentence,
 * ranges ("mål 1-9"), a printed number that differs from the goal meant (with a note), references
 * into another document of the same municipality, unfilled targets ("min. XX"), truncated
 * initiatives, sections with themes, cases naming several municipalities.
 *
 * The municipalities, themes and target groups are the real lists (content/*.yaml); every
 * document carries an editorial note that it is generated test content.
 */
import { slugify } from '../text/slug';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { Random } from './random';
import {
  ACTIVITIES,
  COMMITTEES,
  CRITERIA,
  GOAL_SUBJECTS,
  INDICATORS,
  INITIATIVE_TITLES,
  OUTPUTS,
  PARTNERS,
  PEOPLE_GROUPS,
  RESOURCES,
  SECTION_TITLES,
  capitalise,
  decimal,
  fill,
  goalText,
  groupWords,
  paragraph,
  quoteVariant,
  thousands,
  type Fill,
  type GoalSubject,
} from './text';

export interface CorpusOptions {
  /** Seed of the random source; the same seed gives the same corpus. */
  seed: number;
  /** How many municipalities get documents (the first N of content/municipalities.yaml; default all 98). */
  municipalities: number;
  documentsPerMunicipality: number;
  goalsPerDocument: number;
  initiativesPerDocument: number;
  /** Cases, spread over national catalogue documents of `casesPerCatalogue` each. */
  cases: number;
  casesPerCatalogue: number;
  relatedDocuments: number;
  /** Where the real municipalities.yaml, themes.yaml, target-groups.yaml and synonyms.yaml are read from. */
  contentRoot: string;
}

export const DEFAULT_OPTIONS: CorpusOptions = {
  seed: 1,
  municipalities: Infinity,
  documentsPerMunicipality: 3,
  goalsPerDocument: 10,
  initiativesPerDocument: 12,
  cases: 400,
  casesPerCatalogue: 40,
  relatedDocuments: 100,
  contentRoot: 'content',
};

export interface CorpusFile {
  /** Path inside the corpus folder, e.g. "documents/<id>/goals.yaml". */
  path: string;
  text: string;
}

export interface CorpusStats {
  municipalities: number;
  documents: number;
  goals: number;
  initiatives: number;
  cases: number;
  relatedDocuments: number;
  files: number;
  bytes: number;
}

export interface Corpus {
  options: CorpusOptions;
  files: CorpusFile[];
  stats: CorpusStats;
}

interface Municipality {
  id: string;
  name: string;
  code: string;
}

type Obj = Record<string, unknown>;

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');
const slug = slugify;

/** The kinds of municipal document a municipality gets, in order. */
const DOCUMENT_KINDS = [
  { type: 'politik', word: 'integrationspolitik', title: (n: string) => `Integrationspolitik for ${n} Kommune`, span: 4 },
  { type: 'handlingsprogram', word: 'integrationshandlingsprogram', title: () => 'Integrationshandlingsprogram', span: 3 },
  { type: 'strategi', word: 'integrationsstrategi', title: (n: string) => `Strategi for integration i ${n} Kommune`, span: 4 },
  { type: 'handleplan', word: 'handleplan-for-integration', title: () => 'Handleplan for integration og medborgerskab', span: 2 },
] as const;

/** How an initiative names another document of its municipality when it cites that document's goal (no digits: they would read as goal numbers). */
const PREVIOUS_NAME: Record<string, string> = {
  politik: 'Integrationspolitikken',
  handlingsprogram: 'Handlingsprogrammet',
  strategi: 'Integrationsstrategien',
  handleplan: 'Handleplanen',
};

interface GoalMade {
  number: number;
  text: string;
}

export function generateCorpus(partial: Partial<CorpusOptions> = {}): Corpus {
  const options: CorpusOptions = { ...DEFAULT_OPTIONS, ...partial };
  const root = new Random(options.seed);
  const read = (name: string) => readFileSync(join(options.contentRoot, name), 'utf8');
  const allMunicipalities = parse(read('municipalities.yaml')) as Municipality[];
  const themeIds = new Set((parse(read('themes.yaml')) as { id: string }[]).map((t) => t.id));
  const groupIds = new Set((parse(read('target-groups.yaml')) as { id: string }[]).map((t) => t.id));
  const themes = (ids: string[]) => [...new Set(ids)].filter((t) => themeIds.has(t));
  const groups = (ids: string[]) => [...new Set(ids)].filter((t) => groupIds.has(t));
  const municipalities = allMunicipalities.slice(0, Math.min(options.municipalities, allMunicipalities.length));

  const files: CorpusFile[] = [];
  const stats: CorpusStats = { municipalities: allMunicipalities.length, documents: 0, goals: 0, initiatives: 0, cases: 0, relatedDocuments: 0, files: 0, bytes: 0 };
  const header = `# Genereret af npm run generate-corpus (seed ${options.seed}): testindhold til ydelsesmåling, ikke rigtige kilder.\n`;
  const put = (path: string, data: unknown, comment = header) => {
    const text = comment + stringify(data, { lineWidth: 0 });
    files.push({ path, text });
    stats.files++;
    stats.bytes += Buffer.byteLength(text);
  };
  // The real search synonyms too: the national index is measured with the keywords the real one has.
  for (const name of ['municipalities.yaml', 'themes.yaml', 'target-groups.yaml', 'synonyms.yaml']) {
    const text = read(name);
    files.push({ path: name, text });
    stats.files++;
    stats.bytes += Buffer.byteLength(text);
  }

  const documentIds: string[] = [];
  const generatedNote = { kind: 'editorial', text: 'Genereret testindhold til ydelsesmåling af kataloget; ikke en rigtig kilde.' };

  municipalities.forEach((muni) => {
    const r = root.fork(`municipality:${muni.id}`);
    const M = muni.name;
    let year = r.int(2005, 2010);
    const docsOfMunicipality: { id: string; type: string; goals: GoalMade[] }[] = [];
    for (let d = 0; d < options.documentsPerMunicipality; d++) {
      const kind = DOCUMENT_KINDS[d % DOCUMENT_KINDS.length]!;
      const from = year;
      const to = year + kind.span - 1;
      year = to + 1 + r.int(0, 1);
      const period = kind.type === 'handlingsprogram' ? `${from}-${to}` : `${from}`;
      const id = `${muni.id}-${kind.word}-${period}`;
      const short = `${muni.id}-${period}`;
      const sourceFile = `gen-${muni.code}-${d + 1}.txt`;
      const f: Fill = { M, group: 'borgere med indvandrerbaggrund', year: from - 1, from, to };
      documentIds.push(id);

      // Sections (themes of the document) and goals.
      const sectionDefs = r.some(SECTION_TITLES, r.int(3, 5));
      const sections = sectionDefs.map((s) => ({
        id: slug(s.title),
        kind: kind.type === 'strategi' ? 'indsatsomraade' : 'tema',
        title: s.title,
        intro: `${M} Kommune vil ${r.pick(['arbejde for', 'sikre', 'styrke indsatsen for'])}, at ${r.pick(['alle borgere', 'nye borgere', 'børn og unge', 'familierne'])} ${r.pick(['får lige muligheder inden for', 'oplever sammenhæng i', 'kan deltage aktivt i'])} ${s.title.toLowerCase()}.`,
        ...(kind.type === 'strategi'
          ? { strategyIntro: `${M} Kommune skal i de kommende år fokusere på:`, strategy: r.some(ACTIVITIES, r.int(2, 4)).map((a, k) => ({ label: String(k + 1), text: a })) }
          : {}),
        themes: themes(s.themes),
      }));
      const sectionFor = (wanted: string[]) => sections.find((s) => s.themes.some((t) => wanted.includes(t))) ?? r.pick(sections);

      const subjects: GoalSubject[] = r.some(GOAL_SUBJECTS, options.goalsPerDocument);
      while (subjects.length < options.goalsPerDocument) subjects.push(r.pick(GOAL_SUBJECTS));
      const goalsMade: GoalMade[] = [];
      const goals = r.shuffle(subjects).map((s, g) => {
        const n = g + 1;
        const baseValue = s.unit === 'karakterpoint' ? Number((s.range[0] + r.next() * (s.range[1] - s.range[0])).toFixed(1)) : r.int(s.range[0], s.range[1]);
        const step = s.unit === 'karakterpoint' ? 0.5 : s.unit === 'virksomheder' || s.unit === 'borgere' ? r.int(10, 40) : r.int(3, 10);
        const targetValue = s.direction === 'up' ? baseValue + step : Math.max(0, baseValue - step);
        const text = goalText(r, s, M, { year: from - 1, value: baseValue }, { year: to, value: targetValue });
        goalsMade.push({ number: n, text });
        const section = sectionFor(s.themes);
        return {
          id: `${short}-maal-${n}`,
          number: n,
          label: `Mål ${n}`,
          title: capitalise(s.short),
          section: section.id,
          text,
          ...(r.chance(0.3) ? { details: r.some(OUTPUTS, r.int(2, 3)) } : {}),
          measures: [
            {
              description: capitalise(s.short),
              unit: s.unit,
              baseline: { value: baseValue, year: from - 1 },
              target: {
                text: `Inden udgangen af ${to} skal niveauet ${s.direction === 'up' ? 'være øget til mindst' : 'være nedbragt til højst'} ${s.unit === 'karakterpoint' ? decimal(targetValue) : targetValue}${s.unit === '%' ? ' %' : ` ${s.unit}`}.`,
                value: targetValue,
                unit: s.unit,
                comparator: s.direction === 'up' ? 'mindst' : 'højst',
                deadline: { year: to, text: `Inden udgangen af ${to}` },
              },
              // Every third goal gets plausible follow-up values, marked as generated (never in real content).
              // Derived from the goal's own numbers, not drawn from the random stream, so the rest of the corpus is unchanged.
              ...(n % 3 === 0
                ? {
                    followUps: [1, 2].map((k) => ({
                      value: Number((baseValue + (targetValue - baseValue) * (0.3 * k + (n % 2) * 0.1)).toFixed(1)),
                      unit: s.unit,
                      year: from - 1 + k,
                      source: { title: 'Genereret testkilde', url: 'https://example.org/genereret-opfoelgning' },
                      generated: true,
                    })),
                  }
                : {}),
            },
          ],
          themes: themes(s.themes),
          targetGroups: groups(s.targetGroups),
          source: { file: sourceFile, place: `Mål ${n}`, lines: [20 + n * 6, 25 + n * 6] },
        };
      });

      // Initiatives with their logic model and goal references.
      const G = goals.length;
      const titles = r.some(INITIATIVE_TITLES, options.initiativesPerDocument);
      while (titles.length < options.initiativesPerDocument) titles.push(r.pick(INITIATIVE_TITLES));
      const wrongCitation = G >= 5 && r.chance(0.15) ? r.int(1, Math.min(G, options.initiativesPerDocument)) : 0;
      const previous = docsOfMunicipality[docsOfMunicipality.length - 1];
      const previousName = previous ? PREVIOUS_NAME[previous.type] : '';
      const crossRef = previous && previous.goals.length > 0 && r.chance(0.4) ? r.int(1, options.initiativesPerDocument) : 0;
      const truncated = r.chance(0.05) ? options.initiativesPerDocument : 0;
      const unfilled = d === 1 && r.chance(0.25) ? r.int(1, options.initiativesPerDocument) : 0;

      const ref = (g: number, rr: Random): Obj => {
        const withQuote = rr.chance(0.75);
        const variant = rr.int(0, 3);
        const text = goalsMade[g - 1]!.text;
        const quote = quoteVariant(text, variant, rr);
        return { goal: g, citedAs: `Mål ${g}`, ...(withQuote ? { quote: rr.chance(0.5) ? `Mål ${g}: ${quote}` : quote } : {}) };
      };

      const initiatives = titles.map((title, i) => {
        const n = i + 1;
        const ri = r.fork(`initiative:${n}`);
        const section = ri.pick(sections);
        const targetGroups = groups(ri.some([...groupIds], ri.int(1, 3)));
        const fi: Fill = { ...f, group: groupWords(targetGroups.find((g) => PEOPLE_GROUPS.includes(g)) ?? ''), year: ri.int(from - 3, from - 1) };
        const paragraphs = Array.from({ length: ri.int(1, 3) }, (_, p) => paragraph(ri, fi, ri.int(3, 5), p === 0));

        const refs: Obj[] = [];
        if (G > 0) {
          if (n <= G) {
            const primary = ref(n, ri);
            if (n === wrongCitation) {
              const printed = (n % G) + 1;
              refs.push({
                goal: n,
                citedAs: `Mål ${printed}`,
                quote: `Mål ${printed}: ${goalsMade[n - 1]!.text}`,
                note: `Kilden skriver »Mål ${printed}«, men citerer teksten fra Mål ${n}; henvisningen er registreret som Mål ${n}.`,
              });
            } else refs.push(primary);
            if (ri.chance(0.45)) {
              const other = ri.int(1, G);
              if (other !== n) refs.push(ref(other, ri));
            }
          } else if (ri.chance(0.6) && G >= 3) {
            const to = ri.int(Math.min(G, 3), G);
            refs.push({ from: 1, to, citedAs: `mål 1-${to}` });
            if (to < G && ri.chance(0.5)) refs.push(ref(G, ri));
          } else refs.push(ref(ri.int(1, G), ri));
        }
        if (n === crossRef && previous) {
          const g = ri.int(1, previous.goals.length);
          refs.push({
            document: previous.id,
            goal: g,
            citedAs: `${previousName}s mål ${g}`,
            quote: quoteVariant(previous.goals[g - 1]!.text, 3, ri),
          });
        }

        const budgetAmount = ri.int(12, 480) * 10_000;
        const targets: Obj[] = [];
        if (n === unfilled) targets.push({ text: 'min. XX nye praktikpladser', unfilled: true });
        if (ri.chance(0.25)) {
          const value = ri.int(10, 200);
          targets.push({ text: `Mindst ${value} deltagere om året`, value, unit: 'deltagere', comparator: 'mindst', deadline: { year: to } });
        }
        const cut = n === truncated;
        return {
          id: `${short}-indsats-${n}`,
          number: String(n),
          label: `Indsats ${n}`,
          title,
          section: section.id,
          ...(ri.chance(0.1) && sections.length > 1 ? { sections: [sections.find((s) => s.id !== section.id)!.id] } : {}),
          text: paragraphs,
          themes: themes([...section.themes, ...ri.some([...themeIds], ri.int(0, 2))]),
          targetGroups,
          partners: ri.some(PARTNERS, ri.int(1, 4)),
          ...(ri.chance(0.6) ? { budget: [{ text: `Kr. ${thousands(budgetAmount)} årligt i perioden ${from}-${to}`, amountDkk: budgetAmount }] } : {}),
          period: { from, to },
          resources: ri.some(RESOURCES, ri.int(2, 4)).map((x) => fill(x, ri, fi)),
          activities: ri.some(ACTIVITIES, ri.int(3, 7)),
          ...(cut ? {} : { outputs: ri.some(OUTPUTS, ri.int(2, 5)), indicators: ri.some(INDICATORS, ri.int(2, 4)).map((x) => fill(x, ri, { ...fi, year: to })) }),
          ...(kind.type === 'strategi' || ri.chance(0.2)
            ? {
                successCriteria: ri.some(CRITERIA, ri.int(1, 3)).map((x, k) => {
                  const value = ri.int(5, 40);
                  const textOf = fill(x.replace('{n}', String(value)).replace('{a}', String(value)), ri, { ...fi, year: to });
                  return {
                    label: `${n}${'abc'[k]}`,
                    text: textOf,
                    ...(x.includes('{n}') || x.includes('{a}')
                      ? { target: { text: textOf, value, ...(x.includes('{a}') ? { unit: '%' } : {}), comparator: 'mindst', deadline: { year: to } } }
                      : { target: { text: textOf, deadline: { year: to } } }),
                  };
                }),
              }
            : {}),
          targets,
          goals: refs,
          source: { file: sourceFile, place: `Indsats ${n}`, lines: [100 + n * 40, 100 + n * 40 + (cut ? 8 : 36)] },
          ...(cut ? { notes: [{ kind: 'truncated', text: 'Kilden stopper efter aktiviteterne; output og indikatorer mangler.' }] } : {}),
        };
      });

      const adoptedMonth = r.int(1, 12);
      const adoptedDay = r.int(1, 28);
      const document = {
        id,
        municipality: muni.id,
        title: kind.title(M) + (kind.type === 'handlingsprogram' ? ` ${from}-${to}` : ''),
        ...(r.chance(0.5) ? { subtitle: r.pick(['Politisk vedtagne mål for integrationsindsatsen', 'Sammen om integration', 'Et fælles ansvar', 'Lige muligheder for alle']) } : {}),
        type: kind.type,
        summary: `${M} Kommunes ${kind.word.replace(/-/g, ' ')} for ${from}-${to} med ${G} mål og ${initiatives.length} indsatser inden for ${sections.map((s) => s.title.toLowerCase()).join(', ')}.`,
        period: { from, to },
        adopted: {
          date: `${from - 1}-${pad(adoptedMonth)}-${pad(adoptedDay)}`,
          by: `${M} Byråd`,
          text: `Godkendt af ${M} Byråd den ${adoptedDay}. ${MONTHS[adoptedMonth - 1]} ${from - 1}`,
        },
        themes: themes(sections.flatMap((s) => s.themes)),
        foreword: Array.from({ length: r.int(2, 3) }, (_, p) => paragraph(r, f, r.int(3, 5), p === 0)),
        vision: r.some(OUTPUTS, r.int(3, 5)).map((v) => `${v}.`),
        ...(r.chance(0.3)
          ? { quotes: [{ text: `Integration er en fælles opgave for hele ${M} – for kommunen, foreningerne, virksomhederne og borgerne.`, speaker: `Formanden for ${r.pick(COMMITTEES)}` }] }
          : {}),
        ...(r.chance(0.4) ? { body: [paragraph(r, { ...f, group: 'nye borgere' }, r.int(3, 4), false)] } : {}),
        sections,
        source: { file: sourceFile, place: 'Hele dokumentet', kind: 'dokument', lines: [1, 100 + initiatives.length * 40 + 40] },
        notes: [generatedNote],
      };
      put(`documents/${id}/document.yaml`, document);
      put(`documents/${id}/goals.yaml`, goals);
      put(`documents/${id}/initiatives.yaml`, initiatives);
      stats.documents++;
      stats.goals += goals.length;
      stats.initiatives += initiatives.length;
      docsOfMunicipality.push({ id, type: kind.type, goals: goalsMade });
    }
  });

  // Cases, in national catalogues of `casesPerCatalogue` each (as KL's "Kommunale veje til god integration").
  const rc = root.fork('cases');
  const catalogues = options.cases > 0 ? Math.ceil(options.cases / options.casesPerCatalogue) : 0;
  const caseIds = new Set<string>();
  let made = 0;
  for (let k = 1; k <= catalogues; k++) {
    const year = 2008 + k;
    const publisher = rc.pick(['KL', 'KL', 'Dansk Flygtningehjælp', 'Nationalt Integrationsnetværk']);
    const id = `${slug(publisher)}-inspirationskatalog-${year}-${k}`;
    const short = `${slug(publisher)}-${year}-${k}`;
    const sourceFile = `gen-katalog-${k}.txt`;
    documentIds.push(id);
    const count = Math.min(options.casesPerCatalogue, options.cases - made);
    const cases = Array.from({ length: count }, (_, c) => {
      const many = rc.chance(0.15);
      const munis = rc.some(allMunicipalities, many ? rc.int(2, 4) : 1);
      const title = rc.pick(INITIATIVE_TITLES);
      let caseId = `${short}-${munis[0]!.id}-${slug(title)}`;
      for (let v = 2; caseIds.has(caseId); v++) caseId = `${short}-${munis[0]!.id}-${slug(title)}-${v}`;
      caseIds.add(caseId);
      const names = munis.map((m) => m.name);
      const who = names.length === 1 ? `${names[0]} Kommune` : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]} kommuner`;
      const partners = rc.some(PARTNERS, rc.int(1, 3));
      const targetGroups = groups(rc.some([...groupIds], rc.int(1, 2)));
      const fc: Fill = { M: names[0]!, group: groupWords(targetGroups.find((g) => PEOPLE_GROUPS.includes(g)) ?? ''), year, from: year - 2, to: year + 1 };
      const summary = [
        `${who} samarbejder med ${partners.join(' og ')} om ${title.toLowerCase()} med det formål at ${rc.pick(['give', 'sikre', 'tilbyde'])} ${fc.group} ${rc.pick(['en hurtigere vej til job', 'et stærkere netværk i lokalsamfundet', 'en bedre start i dagtilbud og skole', 'et sammenhængende forløb fra første dag'])}.`,
        paragraph(rc, fc, rc.int(2, 4), false),
      ].join(' ');
      return {
        id: caseId,
        title,
        ...(rc.chance(0.5) ? { titleIsEditorial: true } : {}),
        municipalities: munis.map((m) => m.id),
        partners,
        themes: themes(rc.some([...themeIds], rc.int(1, 3))),
        targetGroups,
        summary,
        source: { file: sourceFile, place: `Case ${c + 1}`, lines: [10 + c * 12, 20 + c * 12] },
      };
    });
    made += count;
    put(`documents/${id}/document.yaml`, {
      id,
      publisher,
      title: `Kommunale veje til god integration ${year}`,
      subtitle: `Inspirationskatalog med ${count} cases`,
      type: 'katalog',
      summary: `${publisher}s inspirationskatalog fra ${year} med ${count} eksempler på kommunale integrationsindsatser.`,
      period: { from: year },
      themes: themes(cases.flatMap((c) => c.themes)).slice(0, 6),
      foreword: [paragraph(rc, { M: 'kommunerne', group: 'nye borgere', year, from: year, to: year + 1 }, 3, false)],
      source: { file: sourceFile, place: 'Hele kataloget', kind: 'dokument' },
      notes: [generatedNote],
    });
    put(`documents/${id}/cases.yaml`, cases);
    stats.documents++;
    stats.cases += cases.length;
  }

  // Documents known only by title, listed in the municipal documents.
  const rr = root.fork('related');
  const related = Array.from({ length: documentIds.length > 0 ? options.relatedDocuments : 0 }, (_, k) => {
    const m = rr.pick(allMunicipalities);
    const year = rr.int(2004, 2020);
    const kind = rr.pick(DOCUMENT_KINDS);
    return {
      id: `relateret-gen-${String(k + 1).padStart(3, '0')}`,
      title: `${kind.title(m.name)} ${year}`,
      municipality: m.id,
      year,
      type: kind.type,
      listedIn: rr.pick(documentIds),
      source: { file: 'gen-relaterede.txt', place: 'Relaterede dokumenter', lines: [4 + k * 2, 4 + k * 2] },
    };
  });
  if (related.length > 0) put('related-documents.yaml', related);
  stats.relatedDocuments = related.length;

  return { options, files, stats };
}

/** Write a corpus into `dir`, replacing whatever the folder held. */
export function writeCorpus(dir: string, corpus: Corpus): void {
  rmSync(dir, { recursive: true, force: true });
  for (const file of corpus.files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}
