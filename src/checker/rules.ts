/**
 * Every rule the reference checker applies: a stable id (printed as `[rule-id]` and used by tests
 * and tools), its severity, what it checks and a hint telling the editor what to change.
 *
 * Errors stop the build (`npm run check` exits 1); warnings are listed but let the build go on.
 */

export type Severity = 'error' | 'warning';

export interface RuleDefinition {
  severity: Severity;
  /** What the rule checks, for the rule table (README, report). */
  description: string;
  /** What the editor should change; printed under every finding of the rule. */
  hint: string;
}

export const RULES = {
  'read-error': {
    severity: 'error',
    description:
      'The checker could not read the content: a missing folder or file, a file that is not valid YAML, or a file of the wrong shape. The check stops (exit 2).',
    hint: 'Fix the file at the position shown; the YAML parser stops at the first problem.',
  },
  schema: {
    severity: 'error',
    description: 'An entry does not match its schema (src/collections/schemas/): a missing, misspelt or wrongly typed field.',
    hint: 'Correct the field as the message says; every field is described in src/collections/schemas/ and content/README.md.',
  },
  'duplicate-id': {
    severity: 'error',
    description:
      'A name that becomes an address is used twice. Per kind of page (/maal/, /indsatser/, /cases/, /dokumenter/, /kommuner/, /temaer/): the ids and old ids (`redirectFrom`) of its entries, across all documents. Target groups and related documents: their ids. Per document page: the anchors #<id> of its sections (and their headings, #<section>-titel), goals, initiatives and cases with their old ids, which must also differ from the ids the page uses itself (#maal, #indsatser, #cases, #kilde, #citer …).',
    hint: 'Give one of them another id; ids become permalinks, so change the newer entry, never a published one. An old id in redirectFrom must not be the id of another entry of the same kind or of the same document page.',
  },
  'duplicate-municipality-code': {
    severity: 'error',
    description: 'Two municipalities share a 3-digit municipality code.',
    hint: 'Check both codes against Danmarks Statistik’s list of municipality codes.',
  },
  'duplicate-goal-number': {
    severity: 'error',
    description: 'Two goals of one document have the same number, so a reference to that number is ambiguous.',
    hint: 'Give each goal the number the source prints; if the source itself repeats a number, number only one of them and explain in a note.',
  },
  'document-folder-mismatch': {
    severity: 'error',
    description: 'A document’s id differs from the name of its folder under content/documents/.',
    hint: 'Rename the folder to the document id (or fix the id if the document is not yet published).',
  },
  'unknown-municipality': {
    severity: 'error',
    description: 'A document, case or related document names a municipality id that is not in content/municipalities.yaml.',
    hint: 'Use the municipality’s id from content/municipalities.yaml (ASCII name, e.g. "hilleroed", "hoeje-taastrup").',
  },
  'unknown-theme': {
    severity: 'error',
    description: 'A document, section, goal, initiative or case names a theme id that is not in content/themes.yaml.',
    hint: 'Use an id from content/themes.yaml, or add the theme there (id, label, description).',
  },
  'unknown-target-group': {
    severity: 'error',
    description: 'A goal, initiative or case names a target group id that is not in content/target-groups.yaml.',
    hint: 'Use an id from content/target-groups.yaml, or add the target group there (id, label, description).',
  },
  'unknown-document': {
    severity: 'error',
    description:
      'A goal reference (`goals[].document`) or a related document (`listedIn`) names a document id that has no folder under content/documents/.',
    hint: 'Use the id of an existing document (its folder name under content/documents/), or omit `document` to mean the initiative’s own document.',
  },
  'unknown-section': {
    severity: 'error',
    description: 'A goal or initiative names a section (`section`, `sections`) that its document.yaml does not define.',
    hint: 'Use the id of one of the document’s `sections` in document.yaml, or add the section there.',
  },
  'goal-missing': {
    severity: 'error',
    description:
      'An initiative cites a goal number that no goal of the referenced document has (the document named in the reference, else the initiative’s own).',
    hint: 'Cite a goal number that exists in goals.yaml of that document, or add `document:` when the goal belongs to another document.',
  },
  'goal-range-invalid': {
    severity: 'error',
    description: 'A goal range (`from`/`to`, "mål 1-9") is reversed, or one of its ends is not a goal of the referenced document.',
    hint: 'Write the range low to high (from ≤ to) with both ends numbers of existing goals; if the source itself is wrong, record what it means and add a note.',
  },
  'quote-mismatch': {
    severity: 'error',
    description:
      'The text quoted with a goal reference does not match the cited goal (compared after normalising Unicode, case, dashes, white space, hyphenation and punctuation, tolerating small spelling slips; an excerpt of at least 30 characters, or fragments joined by "…", also matches). When it matches another goal of the document, the message names that goal. A quote with a range (`from`/`to`) is not compared.',
    hint: 'If the source cites the wrong number, record the goal the quote really belongs to (`goal:`), keep the printed number in `citedAs` and explain in `note`; otherwise copy the quote verbatim from the source.',
  },
  'cited-as-unexplained': {
    severity: 'error',
    description:
      'A goal reference records another goal than the number the source prints (`citedAs`) without an editor’s `note` saying why, so the page would repair the source silently.',
    hint: 'Add a `note` explaining the difference (e.g. "Kilden skriver Mål 5, men citerer Mål 2"), or make `goal`/`from`/`to` agree with `citedAs`.',
  },
  'target-placeholder': {
    severity: 'error',
    description:
      'A placeholder such as "XX" ("min. XX nye praktikpladser") is not recorded as an unfilled target: a target or success criterion whose text has one is not marked `unfilled: true`, or verbatim text of a goal or initiative has one while the entry records no target with `unfilled: true`. The catalogue would otherwise show a made-up or missing target.',
    hint: 'Set `unfilled: true` on the target and leave `value` out; never guess the number.',
  },
  'goal-unserved': {
    severity: 'warning',
    description:
      'A numbered goal that no initiative serves (a range counts as serving every goal in it). Only for documents whose goals are cited at least once: documents without any goal links (their initiatives carry success criteria instead) are not reported.',
    hint: 'Nothing to fix if the source links no initiative to this goal; otherwise add the reference to the initiative’s `goals`.',
  },
  'initiative-without-goals': {
    severity: 'warning',
    description:
      'An initiative with no goal references, in a document where at least one initiative cites a goal. Documents whose source links no goals at all (Kerteminde, Hillerød 2012, Høje-Taastrup) are not reported.',
    hint: 'Nothing to fix if the source gives no goals for it (e.g. the source is cut off: add a `truncated` note); otherwise add its `goals`.',
  },
  'empty-list': {
    severity: 'warning',
    description:
      'A list file (goals.yaml, initiatives.yaml, cases.yaml, related-documents.yaml, …) holds no entries: it is empty, holds only comments, or is `[]`. An emptied file would otherwise remove every entry from the site without a word.',
    hint: 'If the entries were removed by mistake, restore them (git diff / git checkout the file); if the document really has none, delete the file: goals.yaml, initiatives.yaml and cases.yaml are optional.',
  },
  draft: {
    severity: 'warning',
    description:
      'An entry marked `draft: true` (the import assistant drafts every entry so). The site does not publish it, nor any entry of a draft document, until the mark is removed.',
    hint: 'Check the entry against the source (the review comments at the top of the file list what the import was unsure of), then delete the line "draft: true".',
  },
  'draft-referenced': {
    severity: 'error',
    description:
      'A published initiative refers to a goal (or a published entry lies in a document) that is a draft. The draft is not published, so the published page would point at nothing.',
    hint: 'Finish the draft it refers to (check it and delete its "draft: true"), or mark the referring entry as a draft too.',
  },
  'target-unfilled': {
    severity: 'warning',
    description: 'A target the source left unfilled ("min. XX"), recorded with `unfilled: true`.',
    hint: 'Nothing to fix in the content: the source never gave the number. Add it only from a newer source, with that source.',
  },
  'synonym-not-in-catalogue': {
    severity: 'warning',
    description:
      'A synonym group of content/synonyms.yaml none of whose words (as written, inflected or inside a compound) or abbreviations occurs in the catalogue: a search for it finds nothing yet.',
    hint: 'Nothing to fix if the group is written ahead of the content that needs it; otherwise add the word the catalogue uses (e.g. "helbredsvurdering" to a group of "helbredstjek").',
  },
  'synonym-duplicate': {
    severity: 'error',
    description: 'A word is in two synonym groups, so the search would use only one of them.',
    hint: 'Keep the word in one group, or merge the two groups if they mean the same.',
  },
  'follow-up-unit': {
    severity: 'error',
    description:
      'A follow-up value is in another unit than its measure (a goal measure’s `unit`, a success criterion’s `target.unit`), e.g. "%" for a measure in "procentpoint"; or it is recorded on a success criterion without a number (`target.value`), which has nothing to compare it with.',
    hint: 'Write the value in the measure’s unit (convert per cent to percentage points only if the source does); a criterion without a number gets no follow-up values.',
  },
  'follow-up-year': {
    severity: 'error',
    description: 'A follow-up value describes a year before the measure’s baseline year.',
    hint: 'A follow-up comes after the baseline: check the year the value describes (not the year it was published).',
  },
  'follow-up-duplicate-year': {
    severity: 'error',
    description: 'A measure has two follow-up values for the same year and neither says why in a `note` (e.g. revised figures).',
    hint: 'Remove the value that is wrong, or add a `note` to the later one explaining why the year has two values.',
  },
  'national-goal': {
    severity: 'error',
    description:
      'content/national-goals.yaml or content/national-goal-links.yaml does not match its schema, or a link names a local goal, initiative, success criterion, national goal or indicator that does not exist, or names one local entry twice.',
    hint: 'Use ids from content/national-goals.yaml (`id`, indicator `number`) and from the goals/initiatives (a success criterion is `initiative` + `criterion`, its number from 1 in the source’s order).',
  },
} as const satisfies Record<string, RuleDefinition>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
