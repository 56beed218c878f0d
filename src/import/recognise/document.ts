/**
 * The recognisers: cleaned source lines → a draft document with its goals and initiatives and a
 * review list. Works on layout, not on a particular municipality: numbered labels ("Mål 3",
 * "Målsætning 3", "3. mål", "Indsats 4", "Initiativ 4", "Ad 4"), goal lists under a "Mål" /
 * "Målsætninger" heading (with group headings), numbered or bulleted initiatives under an
 * "Indsatser" lead-in or a theme heading, logic-model tables (tab rows or a header row), action
 * plans and success criteria, and goal references in initiatives.
 */
import type { SourceLine } from '../clean/text';
import type { Speller } from '../clean/speller';
import { BARE_LABEL, isHeading, itemText, toBlocks, type Block } from '../parse/blocks';
import type {
  DraftCriterion,
  DraftGoal,
  DraftGoalRef,
  DraftInitiative,
  DraftListItem,
  DraftSection,
  ImportDraft,
  ReviewItem,
} from './model';
import { readMetadata } from './metadata';
import {
  ACTION_PLAN,
  ACTIVITY_PREFIX,
  AD_LABEL,
  columnKind,
  CRITERIA,
  GOAL_HEADING,
  GOAL_LABEL,
  GOAL_LABEL_AFTER,
  GOAL_REF,
  INITIATIVE_HEADING,
  INITIATIVE_LABEL,
  PURPOSE,
  STRATEGY,
  STRUCTURAL,
  THEME_HEADING,
  TYPE_WORDS,
  VISION_HEADING,
  type ColumnKind,
} from './patterns';
import { findBaseline, findDeadline, findValue, sentences, targetOf } from './targets';
import { loose, shorten, similarity, slug } from './text-tools';

export interface RecogniseOptions {
  /** File name the entries cite (`source.file`), in content/sources/. */
  file: string;
  municipality: string;
  documentId?: string;
  speller?: Speller;
  /** Title from the PDF's metadata, used when the text shows none. */
  pdfTitle?: string;
}

interface Anchor {
  block: number;
  kind: 'label' | 'ad' | 'list';
  number?: string;
  label?: string;
  title: string;
  section?: string;
}

const EDITORIAL_SUMMARY = 'Udkast fra importen: skriv et resumé af dokumentet.';

/** Recognise a whole document. */
export function recognise(lines: readonly SourceLine[], options: RecogniseOptions): ImportDraft {
  const blocks = toBlocks(lines, options.speller);
  const used = new Set<number>();
  const review: ReviewItem[] = [];
  const meta = readMetadata(blocks, options.pdfTitle);
  if (meta.titleBlock !== undefined) used.add(meta.titleBlock);
  if (meta.subtitleBlock !== undefined) used.add(meta.subtitleBlock);

  const periodText = meta.period ? (meta.period.to && meta.period.to !== meta.period.from ? `${meta.period.from}-${meta.period.to}` : String(meta.period.from)) : meta.dated?.slice(0, 4) ?? '';
  const documentId =
    options.documentId ?? [options.municipality, titleWord(meta.title ?? 'dokument'), periodText].filter(Boolean).join('-');
  const short = [options.municipality, periodText].filter(Boolean).join('-') || documentId;
  const src = (from: number, to: number, place: string) => ({ file: options.file, place, lines: [from, to] as [number, number] });

  // --- sections: theme headings, and headings followed by a structural heading -------------
  const sections: DraftSection[] = [];
  const sectionAt = new Map<number, string>();
  blocks.forEach((b, i) => {
    if (!isHeading(b) || STRUCTURAL.test(b.text) || columnKind(b.text) || i === meta.titleBlock) return;
    if (AD_LABEL.test(b.text) || INITIATIVE_LABEL.test(b.text) || GOAL_LABEL.test(b.text)) return;
    const theme = THEME_HEADING.exec(b.text);
    const next = blocks[i + 1];
    const opensStructure = next && isHeading(next) && (STRATEGY.test(next.text) || /^handleplan/i.test(next.text) || CRITERIA.test(next.text));
    if (!theme && !opensStructure) return;
    const title = theme ? theme.groups!.title!.trim() : b.text;
    let id = slug(title, 3);
    while (sections.some((s) => s.id === id)) id += '-2';
    sections.push({ id, kind: theme ? (/^tema/i.test(theme.groups!.kind!) ? 'tema' : 'indsatsomraade') : 'indsatsomraade', title });
    sectionAt.set(i, id);
    used.add(i);
  });
  // An overview heading with the same title followed by a paragraph gives the section's intro.
  blocks.forEach((b, i) => {
    const section = sections.find((s) => !sectionAt.has(i) && loose(s.title) === loose(b.text));
    const next = blocks[i + 1];
    if (section && !section.intro && next && !isHeading(next) && !next.marker && !next.cells) {
      section.intro = next.text;
      used.add(i).add(i + 1);
    }
  });

  // --- initiative anchors: "Indsats 4", "Ad 4" ---------------------------------------------
  const anchors: Anchor[] = [];
  const nested = new Set<number>();
  let lastMain: number | undefined;
  let nestedNext: number | undefined;
  let currentSection: string | undefined;
  blocks.forEach((b, i) => {
    if (sectionAt.has(i)) {
      currentSection = sectionAt.get(i);
      lastMain = undefined;
      nestedNext = undefined;
      return;
    }
    if (b.cells) return;
    const label = INITIATIVE_LABEL.exec(b.text);
    if (label) {
      const n = Number.parseInt(label.groups!.n!, 10);
      if (nestedNext !== undefined && nested.has(i - 1) && n === nestedNext) {
        nested.add(i);
        nestedNext++;
        return;
      }
      nestedNext = undefined;
      if (lastMain !== undefined && n <= lastMain) {
        nested.add(i);
        nestedNext = n + 1;
        return;
      }
      lastMain = n;
      anchors.push({ block: i, kind: 'label', number: label.groups!.n!, label: label.groups!.label!, title: label.groups!.rest!.replace(/[:.]$/, '').trim(), ...(currentSection ? { section: currentSection } : {}) });
      return;
    }
    const ad = AD_LABEL.exec(b.text);
    if (ad && ad.groups!.rest) {
      anchors.push({ block: i, kind: 'ad', number: ad.groups!.n!, label: ad.groups!.label!.trim(), title: ad.groups!.rest!.trim(), ...(currentSection ? { section: currentSection } : {}) });
    }
  });

  // --- goals ---------------------------------------------------------------------------------
  const goals: DraftGoal[] = [];
  const bodyOf = new Map<number, [number, number]>();
  const boundaries = new Set<number>([...anchors.map((a) => a.block), ...sectionAt.keys()]);
  for (const a of anchors) {
    let end = a.block + 1;
    while (end < blocks.length && !boundaries.has(end)) end++;
    bodyOf.set(a.block, [a.block + 1, end]);
  }
  const inBody = (i: number) => [...bodyOf.values()].some(([s, e]) => i >= s && i < e);

  const goalId = (n: number | undefined) => `${short}-maal-${n ?? goals.length + 1}`;
  const takeGoal = (i: number, number: number | undefined, label: string | undefined, text: string, extra: Partial<DraftGoal> = {}) => {
    if (number !== undefined && goals.some((g) => g.number === number)) {
      review.push({ lines: [blocks[i]!.from, blocks[i]!.to], what: `Mål ${number} står mere end én gang; kun det første er taget med. Tjek, om dette er et andet mål.`, excerpt: shorten(text) });
      used.add(i);
      return undefined;
    }
    const b = blocks[i]!;
    const goal: DraftGoal = {
      id: number !== undefined ? goalId(number) : `${short}-maal-${goals.length + 1}`,
      ...(number !== undefined ? { number } : {}),
      ...(label ? { label } : {}),
      title: shorten(text, 8),
      text,
      details: [],
      measures: [],
      source: src(b.from, b.to, label ? label : `Mål under »${extra.group ?? 'Mål'}«`),
      notes: [],
      ...extra,
    };
    used.add(i);
    goals.push(goal);
    return goal;
  };

  let goalsHeading: string | undefined;
  blocks.forEach((b, i) => {
    if (used.has(i) || inBody(i) || b.cells) return;
    const m = GOAL_LABEL.exec(b.text) ?? GOAL_LABEL_AFTER.exec(b.text);
    if (m && m.groups!.rest) {
      const goal = takeGoal(i, Number(m.groups!.n), m.groups!.label!, m.groups!.rest!.trim());
      if (!goal) return;
      // Bullets right after the goal are its details.
      for (let j = i + 1; j < blocks.length && /^[-•▪◦*–]$/.test(blocks[j]!.marker ?? '') && !used.has(j); j++) {
        goal.details.push(itemText(blocks[j]!));
        goal.source.lines[1] = blocks[j]!.to;
        used.add(j);
      }
      return;
    }
    if (isHeading(b) && GOAL_HEADING.test(b.text)) {
      goalsHeading ??= b.text.replace(/:$/, '');
      used.add(i);
      let group: string | undefined;
      let groupSlugCount = 0;
      for (let j = i + 1; j < blocks.length; j++) {
        const c = blocks[j]!;
        if (boundaries.has(j) || c.cells) break;
        if (c.marker) {
          const numbered = /^\(?(\d{1,2})[.)]/.exec(c.marker);
          groupSlugCount++;
          takeGoal(j, numbered ? Number(numbered[1]) : undefined, numbered ? c.marker : undefined, itemText(c), group ? { group } : {});
          continue;
        }
        const next = blocks[j + 1];
        if (isHeading(c) && !STRUCTURAL.test(c.text) && next?.marker) {
          group = c.text;
          groupSlugCount = 0;
          used.add(j);
          continue;
        }
        break;
      }
    }
  });
  // Goal ids of unnumbered goals: by group, in order ("…-maal-bolig-1").
  const perGroup = new Map<string, number>();
  for (const g of goals) {
    if (g.number !== undefined || !g.group) continue;
    const key = slug(g.group, 1);
    const n = (perGroup.get(key) ?? 0) + 1;
    perGroup.set(key, n);
    g.id = `${short}-maal-${key}-${n}`;
    g.section = sections.find((s) => loose(s.title).startsWith(loose(g.group!)) || loose(g.group!).startsWith(loose(s.title)))?.id;
    if (!g.section) delete g.section;
  }
  for (const g of goals) addMeasures(g, review);

  // --- vision ------------------------------------------------------------------------------
  const vision: string[] = [];
  blocks.forEach((b, i) => {
    if (!isHeading(b) || !VISION_HEADING.test(b.text) || used.has(i)) return;
    used.add(i);
    for (let j = i + 1; j < blocks.length && !isHeading(blocks[j]!) && !boundaries.has(j); j++) {
      vision.push(itemText(blocks[j]!));
      used.add(j);
    }
  });

  // --- initiatives -------------------------------------------------------------------------
  const initiatives: DraftInitiative[] = [];
  const initiativeId = (a: { number?: string; section?: string }) => {
    const base = a.section ? `${short}-${a.section}` : `${short}-indsats`;
    let id = `${base}-${a.number ?? initiatives.length + 1}`.toLowerCase();
    while (initiatives.some((x) => x.id === id)) id += '-b';
    return id;
  };
  const empty = (): Pick<DraftInitiative, 'text' | 'resources' | 'activities' | 'outputs' | 'indicators' | 'successCriteria' | 'targets' | 'goals' | 'goalsText' | 'notes'> => ({
    text: [],
    resources: [],
    activities: [],
    outputs: [],
    indicators: [],
    successCriteria: [],
    targets: [],
    goals: [],
    goalsText: [],
    notes: [],
  });

  for (const a of anchors) {
    const b = blocks[a.block]!;
    used.add(a.block);
    const [start, end] = bodyOf.get(a.block)!;
    const initiative: DraftInitiative = {
      id: initiativeId(a),
      ...(a.number ? { number: a.number } : {}),
      ...(a.label ? { label: a.label } : {}),
      title: a.title || shorten(blocks[start]?.text ?? a.label ?? 'Indsats', 8),
      ...(a.title ? {} : { titleIsEditorial: true }),
      ...(a.section ? { section: a.section } : {}),
      ...empty(),
      source: src(b.from, blocks[Math.max(start, end - 1)]?.to ?? b.to, a.label ?? 'Indsats'),
    };
    const subs = readBody(initiative, start, end);
    if (subs.length > 0) {
      for (const sub of subs) {
        sub.strategy = a.title;
        initiatives.push(sub);
      }
    } else initiatives.push(initiative);
  }

  // Numbered or bulleted items under an "Indsatser" lead-in or a theme heading, when no labelled
  // initiative has their numbers (otherwise the list is a table of contents).
  blocks.forEach((b, i) => {
    if ((used.has(i) && !sectionAt.has(i)) || b.cells || inBody(i)) return;
    const lead = INITIATIVE_HEADING.test(b.text) && (isHeading(b) || /:$/.test(b.text));
    const theme = sectionAt.has(i) && sections.find((s) => s.id === sectionAt.get(i))?.kind === 'tema';
    if (!lead && !theme) return;
    const items: number[] = [];
    for (let j = i + 1; j < blocks.length && blocks[j]!.marker && !used.has(j); j++) items.push(j);
    if (items.length < (theme ? 1 : 2)) return;
    used.add(i);
    // Initiatives with a labelled heading ("Indsats 3: …"): a list with their numbers is a table of contents.
    const labelled = initiatives.filter((x) => x.label && INITIATIVE_LABEL.test(x.label));
    for (const j of items) {
      const c = blocks[j]!;
      const text = itemText(c).replace(/\*+$/, '').trim();
      const inner = /^(\d{1,2})[.)]\s+(.*)$/.exec(text);
      const numbered = /^\(?(\d{1,2}[a-z]?)[.)]$/.exec(c.marker!) ?? (inner ? [inner[0], inner[1]] : null);
      // An item used as a heading loses its closing full stop ("1) Den gode modtagelse af nye flygtninge.").
      const title = (inner ? inner[2]! : text).replace(/(?<!\.)\.$/, '');
      const number = numbered?.[1];
      const match = number ? labelled.find((x) => x.number === number) : undefined;
      used.add(j);
      if (labelled.length > 0) {
        if (match && loose(match.title) !== loose(title)) {
          match.notes.push({ kind: 'editorial', text: `Listen over indsatser (linje ${c.from}) kalder indsatsen »${title}«; titlen her følger overskriften over indsatsen.` });
          review.push({ lines: [c.from, c.to], entry: match.id, what: `Listen over indsatser har en anden titel end overskriften over indsatsen (»${match.title}«). Vælg titlen.`, excerpt: title });
        } else if (!match) {
          review.push({ lines: [c.from, c.to], what: 'Punkt i listen over indsatser uden en tilsvarende indsats med overskrift. Tilføj indsatsen, eller slet punktet fra oversigten.', excerpt: shorten(title) });
        }
        continue;
      }
      const section = theme ? sectionAt.get(i) : undefined;
      initiatives.push({
        id: initiativeId({ number: number ?? String(items.indexOf(j) + 1), ...(section ? { section } : {}) }),
        ...(number ? { number, label: c.marker! } : {}),
        title,
        ...(section ? { section } : {}),
        ...empty(),
        source: src(c.from, c.to, `${shorten(b.text, 6)}, punkt ${number ?? items.indexOf(j) + 1}`),
      });
    }
  });

  // A section with an action plan but no numbered initiative becomes one initiative.
  for (const [i, sectionId] of sectionAt) {
    if (initiatives.some((x) => x.section === sectionId)) continue;
    let end = i + 1;
    while (end < blocks.length && !sectionAt.has(end) && !boundaries.has(end)) end++;
    const plan = blocks.slice(i + 1, end).findIndex((c) => isHeading(c) && ACTION_PLAN.test(c.text));
    if (plan < 0) continue;
    const section = sections.find((s) => s.id === sectionId)!;
    const initiative: DraftInitiative = {
      id: initiativeId({ number: '1', section: sectionId }),
      title: section.title,
      titleIsEditorial: true,
      section: sectionId,
      ...empty(),
      source: src(blocks[i + 1 + plan]!.from, blocks[end - 1]!.to, `${section.title}, handleplan`),
    };
    const leadIn = blocks[i + plan];
    if (leadIn && !used.has(i + plan) && /:$/.test(leadIn.text)) initiative.strategy = leadIn.text;
    readBody(initiative, i + 1 + plan, end);
    initiative.notes.push({ kind: 'editorial', text: 'Afsnittet har ingen nummererede indsatser; handleplanen er samlet i én indsats med afsnittets titel som redaktionel titel.' });
    initiatives.push(initiative);
  }

  resolveReferences(initiatives, goals, review);

  // --- everything not placed goes to the review list -----------------------------------------
  let run: Block[] = [];
  const flushRun = () => {
    if (run.length === 0) return;
    review.push({
      lines: [run[0]!.from, run[run.length - 1]!.to],
      what: 'Ikke placeret: tjek, om teksten hører til et mål, en indsats eller dokumentet (forord, vision, afsnit).',
      excerpt: shorten(run.map((r) => r.text).join(' / '), 16),
    });
    run = [];
  };
  blocks.forEach((b, i) => {
    if (used.has(i)) flushRun();
    else run.push(b);
  });
  flushRun();

  for (const g of goals) review.push({ lines: g.source.lines, entry: g.id, what: 'Skriv en kort redaktionel titel (title) til målet.' });
  for (const x of initiatives.filter((x) => x.titleIsEditorial)) review.push({ lines: x.source.lines, entry: x.id, what: 'Kilden giver ingen overskrift: titlen er et forslag, skriv en kort redaktionel titel.' });
  review.push({ lines: [1, lines.length], what: 'Skriv dokumentets resumé (summary) og tjek titel, type, periode og vedtagelse.', entry: documentId });
  review.sort((x, y) => x.lines[0] - y.lines[0] || x.lines[1] - y.lines[1]);

  const lastLine = [...lines].reverse().find((l) => l.text.trim())?.no ?? 1;
  return {
    document: {
      id: documentId,
      municipality: options.municipality,
      title: meta.title ?? 'Udkast: dokumentets titel',
      ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
      type: meta.type,
      summary: EDITORIAL_SUMMARY,
      ...(meta.period ? { period: meta.period } : {}),
      ...(meta.adopted ? { adopted: meta.adopted } : {}),
      ...(meta.dated ? { dated: meta.dated } : {}),
      vision,
      sections: sections.filter((s) => initiatives.some((x) => x.section === s.id) || goals.some((g) => g.section === s.id)),
      ...(goalsHeading && !/^mål$/i.test(goalsHeading) ? { goalsHeading } : {}),
      source: { ...src(1, lastLine, 'Hele dokumentet'), kind: 'dokument' },
      notes: [],
    },
    goals,
    initiatives,
    review,
  };

  /**
   * Read an initiative's body (blocks start..end): logic-model tables, action plan, success
   * criteria, goal references. Returns sub-initiatives when the body holds labelled items that
   * each state their own aim ("1a)" + "Mål: …"), as a focus area's project list does.
   */
  function readBody(initiative: DraftInitiative, start: number, end: number): DraftInitiative[] {
    let columns: Array<ColumnKind | undefined> | undefined;
    const dissolvedHeaders: Block[] = [];
    let mode: 'activities' | 'criteria' | 'unknown' = 'activities';
    let pendingLabel: string | undefined;
    const subs: DraftInitiative[] = [];
    let sub: DraftInitiative | undefined;
    const target = () => sub ?? initiative;
    const unplaced: Block[] = [];
    for (let i = start; i < end; i++) {
      const c = blocks[i]!;
      if (used.has(i)) continue;
      used.add(i);
      const extend = (x: DraftInitiative) => (x.source.lines[1] = Math.max(x.source.lines[1], c.to));
      extend(initiative);
      if (nested.has(i)) {
        initiative.activities.push({ text: c.text });
        continue;
      }
      if (c.cells) {
        const kinds = c.cells.map((cell) => (cell ? columnKind(cell) : undefined));
        if (kinds.filter(Boolean).length >= 3) {
          columns = kinds;
          continue;
        }
        if (columns) {
          c.cells.forEach((cell, k) => {
            if (!cell) return;
            const kind = columns![k];
            if (kind === 'goals') readGoalsCell(initiative, cell);
            else if (kind) initiative[kind].push({ text: cell });
            else review.push({ lines: [c.from, c.to], entry: initiative.id, what: `Tabelcelle uden kolonneoverskrift (kolonne ${k + 1}).`, excerpt: shorten(cell) });
          });
          continue;
        }
        unplaced.push(c);
        continue;
      }
      const goalLabel = GOAL_LABEL.exec(c.text);
      if (goalLabel && goalLabel.groups!.rest) {
        readGoalsCell(initiative, c.text);
        continue;
      }
      if (isHeading(c) && ACTION_PLAN.test(c.text) && !dissolvedHeaders.length && !columnKind(c.text)) {
        mode = 'activities';
        continue;
      }
      if (isHeading(c) && CRITERIA.test(c.text) || CRITERIA.test(c.text)) {
        mode = 'criteria';
        sub = undefined;
        continue;
      }
      if (isHeading(c) && STRATEGY.test(c.text)) continue;
      if (columnKind(c.text) && isHeading(c) && c.text.length <= 40) {
        dissolvedHeaders.push(c);
        mode = 'unknown';
        continue;
      }
      const bare = BARE_LABEL.exec(c.text);
      if (bare) {
        pendingLabel = bare[1];
        const next = blocks[i + 1];
        if (mode === 'activities' && next && PURPOSE.test(next.text)) {
          sub = {
            id: initiativeId({ number: pendingLabel, ...(initiative.section ? { section: initiative.section } : {}) }),
            number: pendingLabel,
            label: c.text,
            title: '',
            titleIsEditorial: true,
            ...(initiative.section ? { section: initiative.section } : {}),
            ...empty(),
            source: src(c.from, c.to, `${initiative.label ?? initiative.title}, punkt ${c.text}`),
          };
          subs.push(sub);
        }
        continue;
      }
      if (sub) extend(sub);
      const purpose = PURPOSE.exec(c.text);
      if (purpose && mode === 'activities') {
        target().purpose = purpose.groups!.rest!.trim();
        continue;
      }
      const refs = [...c.text.matchAll(GOAL_REF)];
      if (refs.length > 0 && mode !== 'criteria') {
        readGoalsCell(initiative, c.text);
        continue;
      }
      if (mode === 'unknown') {
        unplaced.push(c);
        continue;
      }
      const labelled = /^\(?(\d{1,2}[a-zæøå])\)\s*(.*)$/u.exec(c.text);
      const label = labelled ? labelled[1] : c.marker?.startsWith('-') || c.marker === '•' ? pendingLabel : undefined;
      let text = labelled ? labelled[2]! : itemText(c);
      if (mode === 'criteria') {
        const owner = subs.find((s) => s.number === label) ?? initiative;
        const t = targetOf(text);
        const criterion: DraftCriterion = { ...(label ? { label } : {}), text, ...(t ? { target: t } : {}) };
        owner.successCriteria.push(criterion);
        owner.source.lines[1] = Math.max(owner.source.lines[1], c.to);
        continue;
      }
      const activity = ACTIVITY_PREFIX.exec(text);
      if (activity) text = activity.groups!.rest!.trim();
      const item: DraftListItem = labelled ? { label: labelled[1]!, text } : { text };
      target().activities.push(item);
      if (sub && !sub.title) sub.title = /^([^:]{3,80}):/.exec(text)?.[1] ?? shorten(sub.purpose ?? text, 8);
    }
    if (dissolvedHeaders.length > 0 || unplaced.length > 0) {
      const first = unplaced[0] ?? dissolvedHeaders[0]!;
      const last = unplaced[unplaced.length - 1] ?? dissolvedHeaders[dissolvedHeaders.length - 1]!;
      if (dissolvedHeaders.length > 0) {
        initiative.notes.push({
          kind: 'unclear',
          text: `Tabellens kolonner (${dissolvedHeaders.map((h) => h.text).join(', ')}) er opløst til afsnit i tekstudtrækket; afsnittene er ikke fordelt på kolonnerne.`,
        });
      }
      review.push({
        lines: [first.from, last.to],
        entry: initiative.id,
        what: dissolvedHeaders.length > 0 ? 'Tabellen er opløst i tekstudtrækket: fordel afsnittene på kolonnerne (resources, activities, outputs, indicators).' : 'Tekst i indsatsen, der ikke er placeret.',
        excerpt: shorten(unplaced.map((u) => u.text).join(' / '), 16),
      });
    }
    for (const s of subs) if (!s.title) s.title = shorten(s.purpose ?? 'Delindsats', 8);
    return subs;
  }
}

/** The word of a title that names the kind of document ("integrationspolitik"), as an id part. */
function titleWord(title: string): string {
  const words = title.split(/\s+/);
  const typed = words.find((w) => TYPE_WORDS.some(([re]) => re.test(w)));
  return slug(typed ?? words.find((w) => /\p{L}{4,}/u.test(w)) ?? 'dokument', 1);
}

/** Goal references in one cell or paragraph: "Mål 3: <quote>", "(mål 1-9)", "mål 9". */
function readGoalsCell(initiative: DraftInitiative, text: string): void {
  const labelled = GOAL_LABEL.exec(text);
  if (labelled && labelled.groups!.rest) {
    initiative.goals.push({ goal: Number(labelled.groups!.n), citedAs: labelled.groups!.label!, quote: labelled.groups!.rest!.trim() });
    return;
  }
  for (const m of text.matchAll(GOAL_REF)) {
    const a = Number(m.groups!.a);
    const b = m.groups!.b ? Number(m.groups!.b) : undefined;
    const citedAs = m[0].trim();
    initiative.goals.push(b !== undefined && b > a ? { from: a, to: b, citedAs } : { goal: a, citedAs });
  }
  initiative.goalsText.push(text);
}

/**
 * Check each quoted reference against the goals: when the quote is another goal's text, the
 * reference points to that goal (citedAs keeps what the source printed, and a note says so);
 * a reference to a goal the draft does not have goes to the review list.
 */
function resolveReferences(initiatives: DraftInitiative[], goals: DraftGoal[], review: ReviewItem[]): void {
  const numbered = goals.filter((g) => g.number !== undefined);
  for (const x of initiatives) {
    for (const ref of x.goals as DraftGoalRef[]) {
      const numbers = ref.goal !== undefined ? [ref.goal] : [ref.from!, ref.to!];
      if (ref.quote && ref.goal !== undefined) {
        const cited = numbered.find((g) => g.number === ref.goal);
        const best = numbered.map((g) => ({ g, s: similarity(ref.quote!, g.text) })).sort((p, q) => q.s - p.s)[0];
        const citedScore = cited ? similarity(ref.quote, cited.text) : 0;
        if (best && best.g !== cited && best.s >= 0.9 && citedScore < 0.9) {
          ref.note = `Kilden skriver »${ref.citedAs}«, men den citerede tekst er Mål ${best.g.number}'s. Henvisningen peger derfor på Mål ${best.g.number}.`;
          review.push({ lines: x.source.lines, entry: x.id, what: `Henvisningen »${ref.citedAs}« citerer Mål ${best.g.number}'s tekst; den er sat til Mål ${best.g.number}. Tjek det.` });
          ref.goal = best.g.number;
          continue;
        }
        if (cited && citedScore < 0.9) {
          review.push({ lines: x.source.lines, entry: x.id, what: `Citatet ved »${ref.citedAs}« svarer ikke helt til målets tekst. Tjek henvisningen.`, excerpt: shorten(ref.quote) });
        }
      }
      if (numbers.some((n) => !numbered.some((g) => g.number === n))) {
        review.push({ lines: x.source.lines, entry: x.id, what: `Henvisningen »${ref.citedAs}« peger på et mål, som udkastet ikke har.` });
      }
    }
    // The goals column's text that is only a reference stays out of goalsText.
    x.goalsText = x.goalsText.filter((t) => !GOAL_LABEL.test(t));
  }
}

/** Baseline, target and deadline from the goal's sentences, where they are stated. */
function addMeasures(goal: DraftGoal, review: ReviewItem[]): void {
  const all = [goal.text, ...goal.details];
  const parts = all.flatMap(sentences);
  const baseline = parts.map(findBaseline).find(Boolean);
  const targetSentence = parts.find((s) => findDeadline(s) && findValue(s) && !findBaseline(s)) ?? parts.find((s) => /\b(skal|målet)\b/i.test(s) && findDeadline(s));
  const deadline = targetSentence ? findDeadline(targetSentence) : parts.map(findDeadline).find(Boolean);
  const value = targetSentence ? findValue(targetSentence) : undefined;
  if (value || baseline) {
    const unit = value?.unit ?? (baseline ? /procentpoint|%|karakterpoint/.exec(baseline.text)?.[0] : undefined) ?? '';
    goal.measures.push({
      description: 'Udkast: beskriv, hvad der måles',
      unit: unit || 'Udkast: enhed',
      ...(baseline ? { baseline } : {}),
      ...(targetSentence ? { target: { text: targetSentence, ...(value ?? {}), ...(deadline ? { deadline } : {}) } } : {}),
    });
    review.push({ lines: goal.source.lines, entry: goal.id, what: 'Tjek måltallene (udgangsværdi, mål, enhed, frist) og skriv målingens beskrivelse.' });
  } else if (deadline) goal.deadline = deadline;
}
