/**
 * The editing interface in Danish: every field's label and help text as the editors read it, kept
 * here as data, keyed by collection and field path ("goals" → "measures[].target.deadline.year";
 * a list's items are "<list>[]."). The schemas' English `.describe()` texts stay what they are:
 * they serve developers, the JSON Schemas and editors' YAML language servers.
 *
 * src/cms/fields.ts looks each field up here; a schema field without an entry, or an entry for a
 * field that no longer exists, fails tests/cms/danish.test.ts, so a new field cannot be forgotten.
 * The help texts speak of other fields by their Danish labels (the editor never sees the keys).
 *
 * Parts that several collections share (a source reference, notes, a target, a follow-up value, a
 * list item) are written once below and placed under their path with `under()`.
 */
import { DOCUMENT_TYPES, REGIONS } from '../collections/schemas/taxonomy';

/** A field as the editor sees it. */
export interface DanishField {
  /** The field's label in the form. */
  label: string;
  /** The help text under it. */
  hint: string;
  /** For a list: one item, for the "Tilføj …" button ("Tilføj note"). */
  singular?: string;
  /** For a choice: what each stored value is called in the form. */
  options?: Record<string, string>;
}

/** Danish fields by path within an entry. */
export type DanishFields = Record<string, DanishField>;

/** `fields` (paths relative to a part) placed under `prefix` ("notes[]" + "kind" → "notes[].kind"). */
const under = (prefix: string, fields: DanishFields): DanishFields =>
  Object.fromEntries(Object.entries(fields).map(([path, field]) => [`${prefix}.${path}`, field]));

// ---------------------------------------------------------------- shared parts

const idHint = (address: string, example: string) =>
  `Fast id med små bogstaver a–z, tal og bindestreger; bliver til adressen ${address}, fx »${example}«. Ændres ikke, når posten er udgivet (se Tidligere id'er).`;

const REDIRECT_FROM: DanishField = {
  label: "Tidligere id'er",
  singular: 'tidligere id',
  hint: "Id'er, posten tidligere er udgivet under. Ændrer du id, så skriv det gamle id her, så links, der er delt med den gamle adresse, stadig virker.",
};

const DRAFT: DanishField = {
  label: 'Kladde',
  hint: 'Sat, mens posten er en kladde, der ikke er kontrolleret mod kilden (importassistenten sætter den). Kontrollen advarer om kladder, og sitet udgiver dem ikke. Fjern hakket, når du har kontrolleret posten.',
};

const THEMES: DanishField = { label: 'Temaer', singular: 'tema', hint: 'De temaer (fra listen Temaer), posten handler om.' };
const TARGET_GROUPS: DanishField = { label: 'Målgrupper', singular: 'målgruppe', hint: 'De målgrupper (fra listen Målgrupper), posten henvender sig til.' };

/** Where in the source an entry is transcribed from (common.ts sourceRefSchema). */
const SOURCE: DanishFields = {
  file: { label: 'Kildefil', hint: 'Navnet på den kildetekst i content/sources/, posten er skrevet af fra, fx »001_6aabdc5b922a8d1d.txt«.' },
  place: { label: 'Sted i kilden', hint: 'Hvor i kilden teksten står, på dansk, fx »Indsats 4, kolonnen Langsigtede mål«.' },
  lines: { label: 'Linjer', singular: 'linje', hint: 'Første og sidste linje i kildefilen: to tal, fra og til.' },
  url: { label: 'Netadresse', hint: 'Hvor det oprindelige dokument kan læses på nettet (https://…), hvis det kendes. Siden linker dertil.' },
};
const SOURCE_OF_ENTRY: DanishField = { label: 'Kilde', hint: 'Hvor i kilden posten er skrevet af fra: kildefilen, stedet i den og linjerne.' };

/** The editor's notes to the reader (common.ts notesSchema). */
const NOTES: DanishField = {
  label: 'Redaktionelle noter',
  singular: 'note',
  hint: 'Noter til læseren, hvor kilden er afskåret, forkert eller uklar. De vises på siden.',
};
const NOTE: DanishFields = {
  kind: {
    label: 'Slags note',
    hint: 'Hvad noten handler om: kilden stopper, før afsnittet slutter; kilden tager fejl; kilden er tvetydig; eller en anden redaktionel ændring.',
    options: { truncated: 'Kilden er afskåret', 'source-error': 'Fejl i kilden', unclear: 'Kilden er uklar', editorial: 'Anden redaktionel ændring' },
  },
  text: { label: 'Notens tekst', hint: 'Noten til læseren, på dansk.' },
};

/** A numbered point of a list as the source prints it (common.ts listItemSchema). */
/** An entry's source and notes (goals, initiatives, cases, related documents). */
const SOURCE_AND_NOTES: DanishFields = { source: SOURCE_OF_ENTRY, ...under('source', SOURCE), notes: NOTES, ...under('notes[]', NOTE) };
/** The fields a published entry ends with: its source and notes, old addresses and draft mark. */
const ENTRY_END: DanishFields = { ...SOURCE_AND_NOTES, redirectFrom: REDIRECT_FROM, draft: DRAFT };

const LIST_ITEM: DanishFields = {
  label: { label: 'Nummer', hint: 'Det nummer eller mærke, kilden giver punktet, fx »1a« eller »Ad 2«. Tomt, når kilden ikke nummererer.' },
  text: { label: 'Tekst', hint: 'Punktets tekst, ordret fra kilden.' },
};

/** A target the source states (common.ts targetSchema). */
const TARGET: DanishFields = {
  text: { label: 'Målets ordlyd', hint: 'Målet, som kilden formulerer det (ordret).' },
  value: { label: 'Værdi', hint: 'Det tal, målet sigter mod, når kilden giver et.' },
  unit: { label: 'Enhed', hint: 'Enheden for Værdi, fx »procentpoint«, »%« eller »borgere«.' },
  comparator: { label: 'Sammenligning', hint: 'Hvordan Værdi afgrænser resultatet: mindst, højst, ca. eller præcis.' },
  deadline: { label: 'Frist', hint: 'Fristen: året, og kildens ordlyd, hvor den er mere præcis.' },
  'deadline.year': { label: 'Fristens år', hint: 'Det år, fristen falder i (bruges til sortering og filtrering).' },
  'deadline.text': { label: 'Fristens ordlyd', hint: 'Fristen, som kilden formulerer den, fx »inden udgangen af 2018«.' },
  unfilled: { label: 'Tallet er ikke udfyldt i kilden', hint: 'Sæt hak, når kilden har en pladsholder i stedet for et tal (fx »min. XX«). Så skal Værdi være tom.' },
};

const DIRECTION: DanishField = {
  label: 'Retning',
  hint: 'Hvilken vej tallet skal bevæge sig, når tallene ikke selv siger det (intet udgangspunkt, hverken »mindst« eller »højst«). Din læsning af ordene, fx »falde« → skal falde.',
  options: { increase: 'Skal stige', decrease: 'Skal falde' },
};

/** A follow-up value and its source (src/follow-up/schema.ts). */
const FOLLOW_UP: DanishFields = {
  value: { label: 'Værdi', hint: 'Den værdi, kilden giver, i målets enhed.' },
  unit: { label: 'Enhed', hint: 'Værdiens enhed; den skal være målets enhed (fx »procentpoint«, ikke »%«).' },
  year: { label: 'År', hint: 'Det år, værdien beskriver (ikke året, den blev udgivet).' },
  date: { label: 'Dato', hint: 'Den dato, værdien beskriver, når kilden giver en (ÅÅÅÅ-MM-DD, i året ovenfor).' },
  source: { label: 'Kilde', hint: 'Hvor værdien kommer fra: titel, udgiver, netadresse eller dokument, og dato. Netadresse eller Dokument skal udfyldes.' },
  'source.title': { label: 'Titel', hint: 'Kildens titel, fx »Integrationsbarometer, Hillerød Kommune, udviklingsrapport 2019«.' },
  'source.publisher': { label: 'Udgiver', hint: 'Hvem der har udgivet kilden, fx »Udlændinge- og Integrationsministeriet«.' },
  'source.url': { label: 'Netadresse', hint: 'Hvor værdien kan læses (https://…).' },
  'source.document': { label: 'Dokument', hint: 'Dokumentet og stedet, værdien står i, når den ikke er på nettet (fx »Årsrapport 2019, s. 12«).' },
  'source.date': { label: 'Udgivet', hint: 'Hvornår kilden blev udgivet: en dato (ÅÅÅÅ-MM-DD) eller et år.' },
  note: { label: 'Note', hint: 'En note til læseren, fx hvorfor et år har to værdier (reviderede tal).' },
  generated: { label: 'Opdigtet testværdi', hint: 'Kun i det genererede testkorpus: en opdigtet værdi, vist som sådan. Sæt aldrig hak i rigtigt indhold.' },
};

/** Where a national goal's wording is quoted from (src/follow-up/national-schema.ts). */
const NATIONAL_SOURCE: DanishFields = {
  title: { label: 'Titel', hint: 'Titlen på den side eller rapport, ordlyden er citeret fra.' },
  publisher: { label: 'Udgiver', hint: 'Hvem der udgiver den.' },
  url: { label: 'Netadresse', hint: 'Dens adresse (https://…).' },
  date: { label: 'Dato', hint: 'Dens dato, som den selv skriver den (fx »november 2022«), hvis den har en.' },
};

const term = (what: string, plural: string, redirect: string): DanishFields => ({
  id: { label: 'Id', hint: idHint(`/temaer/<id>/`, 'bolig') },
  label: { label: 'Navn', hint: `Det danske navn på ${what}, som læseren ser det, fx »Bolig og boligplacering«.` },
  description: { label: 'Beskrivelse', hint: `En eller to danske sætninger om, hvad ${what} dækker.` },
  redirectFrom: { ...REDIRECT_FROM, hint: `Id'er, ${plural} tidligere er udgivet under. ${redirect}` },
});

// ---------------------------------------------------------------- the collections

/** The Danish fields of every collection of the registry (src/collections/registry.ts), by collection name. */
export const DANISH: Record<string, DanishFields> = {
  municipalities: {
    id: { label: 'Id', hint: 'Navnet skrevet med a–z (æ → ae, ø → oe, å → aa), fx »hilleroed«; bliver til adressen /kommuner/<id>/.' },
    name: { label: 'Navn', hint: 'Det officielle navn uden »Kommune«, fx »Hillerød«.' },
    officialName: { label: 'Officielt navn', hint: 'Det fulde officielle navn, når det ikke er »<navn> Kommune«, fx »Bornholms Regionskommune«.' },
    code: { label: 'Kommunekode', hint: 'Danmarks Statistiks trecifrede kommunekode, fx »219« for Hillerød.' },
    region: { label: 'Region', hint: 'Den region, kommunen ligger i.', options: Object.fromEntries(REGIONS.map((r) => [r.id, r.label])) },
    redirectFrom: REDIRECT_FROM,
  },

  themes: term('temaet', 'temaet', 'Gamle links til /temaer/<gammelt-id>/ fører hertil.'),

  targetGroups: {
    ...term('målgruppen', 'målgruppen', 'Målgrupper har ingen egne sider, så for dem har feltet ingen virkning.'),
    id: { label: 'Id', hint: "Fast id med små bogstaver a–z, tal og bindestreger, fx »flygtninge«. Ændres ikke, når det er i brug (se Tidligere id'er)." },
  },

  documents: {
    id: { label: 'Id', hint: `${idHint('/dokumenter/<id>/', 'hilleroed-integrationshandlingsprogram-2015-2018')} Skal være det samme som mappens navn.` },
    municipality: { label: 'Kommune', hint: 'Den kommune, der har udgivet dokumentet. Tom for landsdækkende afsendere som KL.' },
    publisher: { label: 'Afsender', hint: 'Afsenderen, når det ikke er en kommune, fx »KL«.' },
    title: { label: 'Titel', hint: 'Dokumentets titel, ordret fra kilden.' },
    subtitle: { label: 'Undertitel', hint: 'Undertitlen, som kilden giver den.' },
    type: {
      label: 'Dokumenttype',
      hint: 'Hvilken slags dokument det er.',
      options: Object.fromEntries(DOCUMENT_TYPES.map((t) => [t.id, t.label])),
    },
    summary: { label: 'Resumé', hint: 'Redaktionens resumé på ét afsnit, til lister og søgemaskiner (ikke et citat).' },
    period: { label: 'Periode', hint: 'De år, dokumentet dækker, hvor kilden oplyser dem.' },
    'period.from': { label: 'Fra år', hint: 'Det første år, dokumentet dækker.' },
    'period.to': { label: 'Til år', hint: 'Det sidste år, dokumentet dækker (ikke før Fra år). Tomt, når perioden ikke har en slutning.' },
    'period.text': { label: 'Periodens ordlyd', hint: 'Perioden, som kilden formulerer den, når den er mindre præcis end årstal.' },
    adopted: { label: 'Vedtaget', hint: 'Hvornår og af hvem dokumentet blev vedtaget, så vidt kilden siger det.' },
    'adopted.date': { label: 'Vedtagelsesdato', hint: 'Datoen for vedtagelsen (ÅÅÅÅ-MM-DD), når kilden oplyser dagen.' },
    'adopted.year': { label: 'Vedtagelsesår', hint: 'Året for vedtagelsen, når kun året kendes.' },
    'adopted.by': { label: 'Vedtaget af', hint: 'Hvem der vedtog det, som kilden nævner dem, fx »Kerteminde Byråd«.' },
    'adopted.text': { label: 'Vedtagelsens ordlyd', hint: 'Kildens ord om vedtagelsen, ordret, fx »Godkendt af Kerteminde Byråd den 28.01 2016«.' },
    dated: { label: 'Dateret', hint: 'Den dato, der står på selve dokumentet (ÅÅÅÅ-MM-DD).' },
    themes: { ...THEMES, hint: 'De temaer (fra listen Temaer), dokumentet dækker.' },
    foreword: { label: 'Forord', singular: 'afsnit', hint: 'Forord eller indledning, ordret; ét afsnit pr. punkt.' },
    vision: { label: 'Vision', singular: 'punkt', hint: 'Visionen, ordret; ét punkt pr. udsagn.' },
    ...under('vision[]', LIST_ITEM),
    definitions: { label: 'Definitioner', singular: 'definition', hint: 'Begreber, dokumentet definerer (fx Kertemindes »aktiv medborger«).' },
    'definitions[].term': { label: 'Begreb', hint: 'Det begreb, der defineres, fx »aktiv medborger«.' },
    'definitions[].lead': { label: 'Indledning', hint: 'Teksten før definitionens punkter, ordret.' },
    'definitions[].items': { label: 'Punkter', singular: 'punkt', hint: 'Definitionens punkter, ordret.' },
    ...under('definitions[].items[]', LIST_ITEM),
    quotes: { label: 'Citater', singular: 'citat', hint: 'Citater om dokumentet, som kilden bringer dem.' },
    'quotes[].text': { label: 'Citat', hint: 'De citerede ord, ordret fra kilden.' },
    'quotes[].speaker': { label: 'Afsender', hint: 'Hvem der sagde eller skrev det, som kilden nævner dem.' },
    'quotes[].role': { label: 'Rolle', hint: 'Personens rolle, som kilden angiver den.' },
    body: { label: 'Øvrig tekst', singular: 'afsnit', hint: 'Anden beskrivende tekst fra kilden, ordret; ét afsnit pr. punkt.' },
    sections: { label: 'Afsnit', singular: 'afsnit', hint: 'Temaer eller indsatsområder, der samler indsatserne, i kildens rækkefølge.' },
    'sections[].id': { label: 'Id', hint: 'Id, der er entydigt i dokumentet; bliver til ankeret #<id> på dokumentets side.' },
    'sections[].kind': {
      label: 'Slags afsnit',
      hint: 'Hvad kilden kalder delen: tema, indsatsområde eller et almindeligt afsnit.',
      options: { tema: 'Tema', indsatsomraade: 'Indsatsområde', afsnit: 'Afsnit' },
    },
    'sections[].title': { label: 'Titel', hint: 'Titlen, som kilden giver den, fx »Uddannelse«.' },
    'sections[].intro': { label: 'Indledning', hint: 'Delens udsagn, ordret: Kertemindes »hensigtserklæring«, Høje-Taastrups »Med fokus på …«.' },
    'sections[].strategyIntro': { label: 'Indledning til strategien', hint: 'Teksten før strategipunkterne, ordret, fx »… skal i de kommende år fokusere på:«.' },
    'sections[].strategy': { label: 'Strategipunkter', singular: 'strategipunkt', hint: 'De nummererede strategipunkter, kilden giver for delen.' },
    ...under('sections[].strategy[]', LIST_ITEM),
    'sections[].strategyOutro': { label: 'Efter strategien', hint: 'Teksten efter strategipunkterne, ordret.' },
    'sections[].themes': { ...THEMES, hint: 'De temaer (fra listen Temaer), delen handler om.' },
    'sections[].redirectFrom': { ...REDIRECT_FROM, hint: "Id'er, delen tidligere er udgivet under (gamle ankre #<gammelt-id> på dokumentets side fører stadig hertil)." },
    goalsHeading: { label: 'Overskrift for mål', hint: 'Hvad kilden kalder sine mål, fx »Målsætninger«. Tomt betyder »Mål«.' },
    source: { label: 'Kilde', hint: 'Den kildefil, dokumentet er skrevet af fra: hvad den er, hvor i den, linjerne, og hvor originalen kan læses.' },
    ...under('source', SOURCE),
    'source.kind': {
      label: 'Slags kilde',
      hint: 'Hvad kildefilen er: selve dokumentet, en nyhed om det, eller en side, der gengiver det.',
      options: { dokument: 'Dokumentet selv', nyhed: 'En nyhed om dokumentet', dokumentdeling: 'En side, der gengiver dokumentet' },
    },
    'source.title': { label: 'Kildens titel', hint: 'Titlen på kildesiden, når den ikke er dokumentet selv (fx en nyhedsoverskrift).' },
    'source.publisher': { label: 'Kildens udgiver', hint: 'Hvem der har udgivet kildesiden, fx »Kommunen.dk«.' },
    'source.date': { label: 'Kildens dato', hint: 'Datoen på kildesiden (ÅÅÅÅ-MM-DD).' },
    notes: NOTES,
    ...under('notes[]', NOTE),
    redirectFrom: REDIRECT_FROM,
    draft: DRAFT,
  },

  goals: {
    id: { label: 'Id', hint: idHint('/maal/<id>/', 'hilleroed-2015-2018-maal-1') },
    number: { label: 'Nummer', hint: 'Målets nummer, som kilden trykker det (»Mål 3« → 3). Indsatser henviser til målet med det. Tomt, når kilden ikke nummererer målet.' },
    label: { label: 'Betegnelse', hint: 'Betegnelsen præcis som trykt, fx »Mål 3«. Tom, når målet ikke er nummereret.' },
    title: { label: 'Overskrift', hint: 'Redaktionens korte danske overskrift til lister (ikke fra kilden; stav den korrekt).' },
    group: { label: 'Gruppe', hint: 'Den overskrift, kilden står målet under, ordret (fx Høje-Taastrups »Bolig«).' },
    section: { label: 'Afsnit', hint: 'Det afsnit (tema eller indsatsområde) i dokumentet, målet hører til.' },
    text: { label: 'Målets tekst', hint: 'Hele målets tekst, ordret fra kilden.' },
    details: { label: 'Underpunkter', singular: 'punkt', hint: 'Punkter, kilden trykker under målet, ordret.' },
    measures: { label: 'Målinger', singular: 'måling', hint: 'De udgangspunkter og mål, målet angiver. Tom, når det ikke angiver nogen.' },
    'measures[].description': { label: 'Hvad måles', hint: 'Hvad der måles, med redaktionens danske ord, fx »Forskel til landsgennemsnittet«.' },
    'measures[].unit': { label: 'Enhed', hint: 'Enheden for udgangspunkt og mål, fx »procentpoint«, »%« eller »karakterpoint«.' },
    'measures[].baseline': { label: 'Udgangspunkt', hint: 'Hvor tallet stod, da målet blev sat, som kilden oplyser det (værdi og år).' },
    'measures[].baseline.value': { label: 'Værdi', hint: 'Udgangsværdien, kilden giver.' },
    'measures[].baseline.year': { label: 'År', hint: 'Året for udgangsværdien.' },
    'measures[].baseline.text': { label: 'Udgangspunktets ordlyd', hint: 'Udgangspunktet, som kilden formulerer det.' },
    'measures[].target': { label: 'Mål', hint: 'Hvor tallet skal hen, som kilden oplyser det (værdi og frist; Tallet er ikke udfyldt, når kilden lod tallet stå åbent).' },
    ...under('measures[].target', TARGET),
    'measures[].direction': DIRECTION,
    'measures[].followUps': { label: 'Opfølgninger', singular: 'opfølgning', hint: 'Senere målte værdier, hver med sin kilde. Opfind aldrig en værdi.' },
    ...under('measures[].followUps[]', FOLLOW_UP),
    deadline: { label: 'Frist', hint: 'Målets samlede frist, når det har en, der ikke hører til en måling.' },
    'deadline.year': { label: 'Fristens år', hint: 'Det år, fristen falder i.' },
    'deadline.text': { label: 'Fristens ordlyd', hint: 'Fristen, som kilden formulerer den, fx »inden udgangen af 2018«.' },
    themes: THEMES,
    targetGroups: TARGET_GROUPS,
    ...ENTRY_END,
  },

  initiatives: {
    id: { label: 'Id', hint: idHint('/indsatser/<id>/', 'hilleroed-2015-2018-indsats-4') },
    number: { label: 'Nummer', hint: 'Nummeret, som kilden giver det, fx »4« eller »1a«.' },
    label: { label: 'Betegnelse', hint: 'Den fulde betegnelse som trykt, fx »Indsats 4«.' },
    title: { label: 'Overskrift', hint: 'Overskriften: ordret, hvor kilden giver indsatsen en titel, ellers redaktionens korte titel.' },
    titleIsEditorial: { label: 'Redaktionens overskrift', hint: 'Sæt hak, når Overskrift er skrevet af redaktionen, fordi kilden ikke giver en.' },
    section: { label: 'Afsnit', hint: 'Det afsnit (tema eller indsatsområde) i dokumentet, indsatsen hører til.' },
    sections: { label: 'Flere afsnit', singular: 'afsnit', hint: 'Andre afsnit i dokumentet, indsatsen også hører til (en fælles overskrift i kilden).' },
    text: { label: 'Tekst', singular: 'afsnit', hint: 'Indsatsens egen tekst, ordret; ét afsnit pr. punkt.' },
    purpose: { label: 'Formål', hint: 'Formålet med selve indsatsen, ordret (fx »Mål: …« i et punkt hos Høje-Taastrup).' },
    strategy: { label: 'Strategipunkt', hint: 'Det strategipunkt, indsatsen udfører, ordret.' },
    themes: THEMES,
    targetGroups: TARGET_GROUPS,
    partners: { label: 'Samarbejdspartnere', singular: 'partner', hint: 'De samarbejdspartnere, kilden nævner, ordret.' },
    budget: { label: 'Budget', singular: 'budgetlinje', hint: 'De budgetlinjer, kilden giver.' },
    'budget[].text': { label: 'Budgetlinje', hint: 'Budgetlinjen, ordret fra kilden.' },
    'budget[].amountDkk': { label: 'Beløb (kr.)', hint: 'Beløbet i kroner, når linjen nævner et.' },
    'budget[].partOfTotal': { label: 'Del af en total', hint: 'Sæt hak, når beløbet er en del af en total, som en anden linje nævner (kildens »hvoraf …«); så lægges det ikke til budgettet.' },
    'budget[].perYear': { label: 'Pr. år', hint: 'Sæt hak, når beløbet er pr. år (kildens »årligt«); det lægges ikke til et engangsbudget og ganges aldrig op.' },
    period: { label: 'Periode', hint: 'Hvornår indsatsen kører, hvor kilden oplyser det.' },
    'period.from': { label: 'Fra år', hint: 'Det første år, indsatsen kører.' },
    'period.to': { label: 'Til år', hint: 'Det sidste år, indsatsen kører (ikke før Fra år).' },
    'period.text': { label: 'Periodens ordlyd', hint: 'Perioden, som kilden formulerer den, når den er mindre præcis end årstal.' },
    resources: { label: 'Rammer og ressourcer', singular: 'punkt', hint: 'Kildens »Rammer og ressourcer«, ordret.' },
    ...under('resources[]', LIST_ITEM),
    activities: { label: 'Aktiviteter', singular: 'aktivitet', hint: 'Kildens »Aktiviteter« eller punkter i handleplanen, ordret.' },
    ...under('activities[]', LIST_ITEM),
    outputs: { label: 'Output (leverancer)', singular: 'leverance', hint: 'Kildens »Output (leverancer)«, ordret.' },
    ...under('outputs[]', LIST_ITEM),
    indicators: { label: 'Indikatorer', singular: 'indikator', hint: 'Kildens »Indikatorer på indsatsen«, ordret.' },
    ...under('indicators[]', LIST_ITEM),
    successCriteria: { label: 'Succeskriterier', singular: 'succeskriterium', hint: 'Kildens »Succeskriterier«, ordret, med mål, hvor de er angivet.' },
    'successCriteria[].label': { label: 'Nummer', hint: 'Det nummer eller mærke, kilden giver kriteriet, fx »1a«.' },
    'successCriteria[].text': { label: 'Kriteriet', hint: 'Succeskriteriet, ordret fra kilden.' },
    'successCriteria[].target': { label: 'Mål', hint: 'Tallet og fristen i kriteriet, når det har dem.' },
    ...under('successCriteria[].target', TARGET),
    'successCriteria[].direction': DIRECTION,
    'successCriteria[].followUps': {
      label: 'Opfølgninger',
      singular: 'opfølgning',
      hint: 'Senere målte værdier af kriteriets tal (kun når Mål har en Værdi), hver med sin kilde. Opfind aldrig en værdi.',
    },
    ...under('successCriteria[].followUps[]', FOLLOW_UP),
    targets: { label: 'Mål i teksten', singular: 'mål i teksten', hint: 'Mål, der står i selve indsatsens tekst (fx »min. XX nye praktikpladser«).' },
    ...under('targets[]', TARGET),
    goals: { label: 'Mål, indsatsen tjener', singular: 'mål', hint: 'De mål i dokumentet, indsatsen tjener (kildens »Langsigtede mål«): ét mål, eller et interval med Fra mål og Til mål.' },
    'goals[].document': { label: 'Andet dokument', hint: 'Det dokument, målet står i. Tomt for indsatsens eget dokument.' },
    'goals[].goal': { label: 'Mål', hint: 'Det mål, indsatsen tjener: vælg det blandt dokumentets mål (efter nummer og overskrift).' },
    'goals[].from': { label: 'Fra mål', hint: 'Det første mål i et interval (»mål 1-9« → 1).' },
    'goals[].to': { label: 'Til mål', hint: 'Det sidste mål i et interval (»mål 1-9« → 9).' },
    'goals[].citedAs': { label: 'Henvisningen i kilden', hint: 'Henvisningen præcis som kilden trykker den, fx »Mål 5« eller »mål 1-9«.' },
    'goals[].quote': { label: 'Citeret tekst', hint: 'Den tekst, kilden citerer sammen med henvisningen, ordret (også med kildens fejl).' },
    'goals[].note': { label: 'Note', hint: 'Redaktionens note, der vises ved henvisningen, fx hvorfor den afviger fra Henvisningen i kilden.' },
    goalsText: { label: 'Anden tekst i målkolonnen', singular: 'afsnit', hint: 'Tekst i kildens målkolonne, der ikke selv er en henvisning til et mål, ordret.' },
    ...ENTRY_END,
  },

  cases: {
    id: { label: 'Id', hint: idHint('/cases/<id>/', 'kl-2016-vejle-fast-track') },
    title: { label: 'Overskrift', hint: 'Casens eget navn, hvor kilden giver et, ellers redaktionens korte titel.' },
    titleIsEditorial: { label: 'Redaktionens overskrift', hint: 'Sæt hak, når Overskrift er skrevet af redaktionen.' },
    municipalities: { label: 'Kommuner', singular: 'kommune', hint: 'De kommuner, casen handler om.' },
    partners: { label: 'Samarbejdspartnere', singular: 'partner', hint: 'De samarbejdspartnere, kilden nævner, ordret.' },
    themes: THEMES,
    targetGroups: TARGET_GROUPS,
    summary: { label: 'Beskrivelse', hint: 'Casens beskrivelse, ordret fra kilden.' },
    ...ENTRY_END,
  },

  relatedDocuments: {
    id: { label: 'Id', hint: 'Fast id, fx »relateret-01«.' },
    title: { label: 'Titel', hint: 'Titlen, som den står på listen, ordret fra kilden.' },
    municipality: { label: 'Kommune', hint: 'Kommunen, kun hvor titlen nævner den eller tydeligt peger på den.' },
    year: { label: 'År', hint: 'Året, kun hvor titlen nævner det.' },
    type: {
      label: 'Dokumenttype',
      hint: 'Typen, kun hvor titlen siger den (fx »Integrationspolitik« → Politik).',
      options: Object.fromEntries(DOCUMENT_TYPES.map((t) => [t.id, t.label])),
    },
    listedIn: { label: 'Nævnt i', hint: 'Det dokument i kataloget, hvis kilde nævner dette dokument.' },
    ...SOURCE_AND_NOTES,
  },

  synonyms: {
    id: { label: 'Id', hint: 'Fast id for gruppen, fx »helbredsvurdering«.' },
    words: {
      label: 'Ord',
      singular: 'ord',
      hint: 'Gruppens ord: ét ord pr. felt, med små bogstaver, i grundform og korrekt stavet (bøjninger som »-en«, »-er«, »-erne« genkendes). Mindst ét af dem skal stå i kataloget (kontrollen advarer ellers): det er dét, de andre finder.',
    },
    abbreviations: { label: 'Forkortelser', singular: 'forkortelse', hint: 'Gruppens forkortelser med store bogstaver, fx »IGU« for »integrationsgrunduddannelse«. De findes, uanset hvordan læseren skriver dem.' },
    note: { label: 'Note', hint: 'Hvorfor ordene hører sammen, til redaktionen (vises ikke på sitet).' },
  },

  nationalGoals: {
    id: { label: 'Id', hint: idHint('/nationale-maal/<id>/', 'arbejde') },
    number: { label: 'Nummer', hint: 'Målets nummer i Integrationsbarometeret (»Mål 1« → 1).' },
    name: { label: 'Navn', hint: 'Målets korte navn, som det er trykt (»Arbejde«).' },
    text: { label: 'Ordlyd', hint: 'Målets officielle ordlyd, ordret fra kilden.' },
    baselineYear: { label: 'Basisår', hint: 'Året for barometerets basismåling for dette mål.' },
    source: { label: 'Kilde', hint: 'Hvor ordlyden er citeret fra.' },
    ...under('source', NATIONAL_SOURCE),
    indicators: { label: 'Indikatorer', singular: 'indikator', hint: 'De indikatorer, hvis nummer og ordlyd kunne bekræftes i en kilde.' },
    'indicators[].number': { label: 'Nummer', hint: 'Indikatorens nummer (»1.1«).' },
    'indicators[].text': { label: 'Ordlyd', hint: 'Indikatorens officielle ordlyd, ordret.' },
    'indicators[].source': { label: 'Kilde', hint: 'Hvor ordlyden er citeret fra.' },
    ...under('indicators[].source', NATIONAL_SOURCE),
    unconfirmed: { label: 'Ikke bekræftet', hint: 'Skriv ligeud, hvor indikatorerne ikke kunne bekræftes (gæt aldrig).' },
    'unconfirmed.text': { label: 'Tekst', hint: 'Hvad der ikke kunne bekræftes, på dansk, til læseren.' },
    'unconfirmed.source': { label: 'Kilde', hint: 'Den kilde, der siger, hvad der måles (titel, udgiver, adresse), hvis der er en.' },
    ...under('unconfirmed.source', NATIONAL_SOURCE),
    redirectFrom: REDIRECT_FROM,
  },
};

/** What each collection's content file holds, as help for the list of its entries and the collection. */
export const DANISH_FILES: Record<string, string> = {
  municipalities: 'De 98 kommuner: navn, kommunekode og region. Hver kommune får sin egen side.',
  themes: 'Temaerne, som dokumenter, mål, indsatser og cases knyttes til. Hvert tema får sin egen side.',
  targetGroups: 'Målgrupperne, som mål, indsatser og cases henvender sig til.',
  documents: 'Dokumenterne i kataloget: ét pr. mappe, med titel, periode, afsnit og kilde.',
  goals: 'Dokumentets mål, i kildens rækkefølge.',
  initiatives: 'Dokumentets indsatser, i kildens rækkefølge, med logikmodellens kolonner og de mål, de tjener.',
  cases: 'Cases (eksempler fra kommunerne), som dokumentet beskriver.',
  relatedDocuments: 'Dokumenter, som katalogets kilder nævner, men som ikke er skrevet af (kendt på titlen).',
  synonyms: 'Søgningens synonymer og forkortelser: ord, en læser kan søge på for det samme.',
  nationalGoals: 'De ni nationale integrationsmål i Integrationsbarometeret, med indikatorer og kilder.',
};
