/**
 * What each field of the open data means, in Danish, for the Data page (/data/). The JSON Schema
 * files carry the editors' English descriptions; these are the readers' explanations. A test checks
 * that every field of every export and every CSV column is explained here, so the page cannot fall
 * behind the schemas.
 */
import type { CollectionKey } from './schema';
import type { CsvName } from './csv';

/** Fields every (or nearly every) collection has. */
export const COMMON_FIELDS: Record<string, string> = {
  id: 'Postens faste id (små ASCII-bogstaver, æ→ae, ø→oe, å→aa). Det ændres aldrig og indgår i sidens adresse.',
  url: 'Den fulde adresse på postens side i kataloget.',
  links: 'Alle de poster, feltet henviser til, slået op: id, navn eller titel og adresse.',
  document: 'Id på det dokument, posten stammer fra.',
  themes: 'Id’er på katalogets temaer, som redaktionen har tildelt posten (se themes.json).',
  targetGroups: 'Id’er på målgrupper, som redaktionen har tildelt posten (se target-groups.json).',
  source: 'Hvor i kilden teksten står: kildefilens navn (file), stedet i kilden (place), første og sidste linje (lines) og, hvor den kendes, originalens webadresse (url).',
  notes: 'Redaktionens bemærkninger, hvor kilden er afskåret (truncated), forkert (source-error) eller uklar (unclear), eller andet (editorial).',
  redirectFrom: 'Tidligere id’er for posten. Gamle adresser med disse id’er viderestiller til posten.',
  draft: 'Altid false i de offentliggjorte data: et udkast (draft: true), fx fra importassistenten, offentliggøres ikke, før redaktionen har tjekket det.',
};

export const FIELDS: Record<CollectionKey, Record<string, string>> = {
  municipalities: {
    name: 'Kommunens navn uden »Kommune«.',
    officialName: 'Det fulde officielle navn, hvor det ikke er »<navn> Kommune« (fx »Bornholms Regionskommune«).',
    code: 'Danmarks Statistiks kommunekode (3 cifre, som tekst).',
    region: 'Id på regionen (hovedstaden, sjaelland, syddanmark, midtjylland, nordjylland).',
    regionLabel: 'Regionens navn.',
  },
  themes: {
    label: 'Temaets navn.',
    description: 'Hvad temaet dækker.',
    counts: 'Antal dokumenter, mål, indsatser og cases med temaet (mål og indsatser også gennem deres afsnit).',
  },
  targetGroups: {
    label: 'Målgruppens navn.',
    description: 'Hvem målgruppen dækker.',
  },
  documents: {
    municipality: 'Id på kommunen, der har udgivet dokumentet (mangler for fx KL).',
    publisher: 'Udgiveren, når det ikke er en kommune (fx »KL«).',
    title: 'Dokumentets titel, ordret.',
    subtitle: 'Undertitel, ordret.',
    type: 'Dokumenttype: politik, handlingsprogram, strategi, handleplan, katalog, aftale, notat, beretning, nyhed eller andet.',
    typeLabel: 'Dokumenttypen på dansk.',
    summary: 'Redaktionens resumé (ikke et citat).',
    period: 'De år, dokumentet dækker: from, to og kildens ordlyd (text).',
    adopted: 'Vedtagelsen: dato eller år, hvem der vedtog (by) og kildens ordlyd (text).',
    dated: 'Datoen, der står på selve dokumentet.',
    foreword: 'Forord eller indledning, ordret, ét afsnit pr. tekst.',
    vision: 'Vision, ordret, ét punkt pr. element.',
    definitions: 'Definitioner i dokumentet (begreb, indledning og punkter), ordret.',
    quotes: 'Citater i kilden om dokumentet, med hvem der sagde dem.',
    body: 'Anden beskrivende tekst fra kilden, ordret.',
    sections: 'Dokumentets afsnit (temaer, indsatsområder), der grupperer mål og indsatser: id, art, titel, indledning og strategi.',
    goalsHeading: 'Hvad kilden kalder sine mål (fx »Målsætninger«).',
  },
  goals: {
    number: 'Målets nummer, som kilden trykker det (»Mål 3« → 3). Indsatser henviser til mål med nummeret.',
    label: 'Målets betegnelse, som kilden trykker den (»Mål 3«).',
    title: 'Redaktionens korte overskrift (ikke fra kilden).',
    group: 'Overskriften, kilden placerer målet under, ordret.',
    section: 'Id på dokumentets afsnit, målet hører til.',
    text: 'Målets fulde tekst, ordret (også med kildens stavefejl).',
    details: 'Punkter, kilden skriver under målet, ordret.',
    measures: 'Målinger: hvad der måles (description), enhed (unit), udgangspunkt (baseline: value, year) og målsætning (target: value, comparator, deadline; unfilled = kilden udfyldte aldrig tallet).',
    deadline: 'Målets samlede frist, hvor den ikke hører til en måling.',
  },
  initiatives: {
    number: 'Indsatsens nummer eller mærke, som kilden giver det (»4«, »1a«).',
    label: 'Indsatsens betegnelse, som kilden trykker den (»Indsats 4«).',
    title: 'Overskrift: ordret, hvor kilden har en, ellers redaktionens.',
    titleIsEditorial: 'true, når overskriften er skrevet af redaktionen.',
    section: 'Id på dokumentets afsnit, indsatsen hører til.',
    sections: 'Id’er på yderligere afsnit, indsatsen også hører til.',
    text: 'Indsatsens egen tekst, ordret, ét afsnit pr. tekst.',
    purpose: 'Formål, kilden angiver for indsatsen, ordret.',
    strategy: 'Strategipunktet, indsatsen udfører, ordret.',
    partners: 'Samarbejdspartnere, som kilden nævner dem.',
    budget: 'Budgetlinjer: kildens tekst, beløbet i kroner (amountDkk), hvor det står, partOfTotal (beløbet er en del af en anden linjes samlede beløb, kildens »hvoraf …«) og perYear (beløbet er årligt).',
    period: 'Hvornår indsatsen løber (from, to, text).',
    resources: 'Forandringsteorien: »Rammer og ressourcer«, ordret. Hvert punkt er { label, text }.',
    activities: 'Forandringsteorien: »Aktiviteter«, ordret.',
    outputs: 'Forandringsteorien: »Output (leverancer)«, ordret.',
    indicators: 'Forandringsteorien: »Indikatorer på indsatsen«, ordret.',
    successCriteria: 'Succeskriterier, ordret, med måltal og frist (target), hvor kilden angiver dem.',
    targets: 'Måltal i indsatsens tekst (unfilled = kilden udfyldte aldrig tallet, fx »min. XX«).',
    goals: 'Henvisningerne til mål, som kilden skriver dem: goal (ét mål) eller from–to (et interval), citedAs (kildens ordlyd), quote (citeret tekst), note (redaktionens forklaring, hvor kilden tager fejl), document (dokumentet, målene hører til) og resolved (de mål, henvisningen peger på).',
    goalsText: 'Tekst i kildens målkolonne, der ikke selv er en henvisning.',
  },
  cases: {
    title: 'Casens navn: kildens, hvor den har et, ellers redaktionens.',
    titleIsEditorial: 'true, når titlen er skrevet af redaktionen.',
    municipalities: 'Id’er på de kommuner, casen handler om.',
    partners: 'Samarbejdspartnere, som kilden nævner dem.',
    summary: 'Kildens beskrivelse af casen, ordret.',
  },
  relatedDocuments: {
    title: 'Titlen, som den står på listen i kilden.',
    municipality: 'Id på kommunen, kun hvor titlen nævner den.',
    year: 'Året, kun hvor titlen nævner det.',
    type: 'Dokumenttypen, kun hvor titlen siger den.',
    listedIn: 'Id på katalogets dokument, hvis kilde har listen.',
  },
  synonyms: {
    words: 'Ordene i gruppen (grundform, små bogstaver): en søgning efter ét af dem finder også sider med de andre.',
    abbreviations: 'Forkortelser for gruppen (fx »IGU«), som søgningen også kender.',
    note: 'Redaktionens begrundelse for gruppen.',
  },
  nationalGoals: {
    number: 'Målets nummer i Integrationsbarometeret (»Mål 1« → 1).',
    name: 'Målets korte navn, som det står (»Arbejde«).',
    text: 'Målets officielle ordlyd, ordret fra kilden.',
    baselineYear: 'Året for barometerets basismåling for målet.',
    indicators: 'De indikatorer, hvis nummer og ordlyd kunne bekræftes i en kilde: nummer, ordret tekst og kilde.',
    unconfirmed: 'Hvad der ikke kunne bekræftes (fx indikatorernes ordlyd), sagt ligeud i stedet for gættet.',
  },
};

/** The fields of measures.json, which are also the columns of measures.csv. */
export const MEASURE_FIELD_DESCRIPTIONS: Record<string, string> = {
  id: 'Rækkens faste nøgle: postens id, arten og nummeret, fx »hilleroed-2015-2018-maal-4/measure-2«.',
  entry: 'Id på det mål eller den indsats, målingen hører til.',
  entryType: 'goal (mål) eller initiative (indsats).',
  entryLabel: 'Postens betegnelse, som kilden trykker den (»Mål 4«, »Indsats 2«).',
  entryTitle: 'Postens titel.',
  url: 'Den fulde adresse på postens side.',
  document: 'Id på dokumentet.',
  documentTitle: 'Dokumentets titel.',
  municipality: 'Id på kommunen, der udgav dokumentet.',
  municipalityName: 'Kommunens navn.',
  municipalityCode: 'Kommunekoden (3 cifre).',
  kind: 'measure: en måling under et mål; deadline: et måls egen frist (målet har ingen måling); target: et måltal i en indsats’ tekst; successCriterion: et succeskriterie med tal eller frist.',
  position: 'Nummeret blandt postens rækker af samme art, fra 1, i kildens rækkefølge.',
  description: 'Hvad der måles (redaktionens ord) eller succeskriteriet (ordret).',
  unit: 'Enheden for udgangspunkt og målsætning (fx %, procentpoint).',
  baselineValue: 'Udgangspunktet (decimalkomma i CSV).',
  baselineYear: 'Året for udgangspunktet.',
  baselineText: 'Udgangspunktet, som kilden skriver det.',
  targetText: 'Målsætningen, som kilden skriver den.',
  targetComparator: 'mindst, højst, ca. eller præcis.',
  targetValue: 'Måltallet (decimalkomma i CSV).',
  targetUnfilled: 'ja/true, når kilden aldrig udfyldte tallet (fx »min. XX«).',
  deadlineYear: 'Fristens år.',
  deadlineText: 'Fristen, som kilden skriver den.',
  followUpCount: 'Antal registrerede opfølgningsværdier (0 for hele det virkelige katalog i dag).',
  latestFollowUpValue: 'Den seneste opfølgningsværdi, i målingens enhed.',
  latestFollowUpYear: 'Året, den seneste opfølgningsværdi gælder.',
  latestFollowUpSource: 'Titlen på kilden til den seneste opfølgningsværdi.',
  latestFollowUpGenerated: 'true, når den seneste opfølgningsværdi er genererede testdata (aldrig i det virkelige katalog).',
  status: 'Status efter reglerne på siden »Om status« (/om/status/): reached, on-track, off-track, not-reached, overdue, overdue-stale, awaiting, not-assessable, no-deadline eller no-number.',
  statusText: 'Status på dansk, som webstedet viser den (fx »frist passeret – ingen opfølgning registreret«).',
  sourceFile: 'Kildefilen.',
  sourcePlace: 'Stedet i kilden.',
  sourceLines: 'Første og sidste linje i kildefilen (fx 17-17).',
};

/** CSV columns that are not a JSON field of the same name. */
export const CSV_COLUMNS: Record<CsvName, Record<string, string>> = {
  measures: MEASURE_FIELD_DESCRIPTIONS,
  goals: {
    documentTitle: 'Dokumentets titel.',
    municipality: 'Id på kommunen, der udgav dokumentet.',
    municipalityName: 'Kommunens navn.',
    municipalityCode: 'Kommunekoden (3 cifre).',
    sectionTitle: 'Titlen på målets afsnit.',
    measureCount: 'Antal målinger. Kolonnerne measure…, baseline… og target… viser den første; alle målinger står i measures.csv (én række pr. måling) og i goals.json.',
    measureDescription: 'Hvad den første måling måler.',
    measureUnit: 'Enheden for udgangspunkt og målsætning (fx %, procentpoint).',
    baselineValue: 'Udgangspunktet (decimalkomma).',
    baselineYear: 'Året for udgangspunktet.',
    targetText: 'Målsætningen, som kilden skriver den.',
    targetComparator: 'mindst, højst, ca. eller præcis.',
    targetValue: 'Måltallet (decimalkomma).',
    targetUnfilled: 'ja, når kilden aldrig udfyldte tallet (fx »min. XX«).',
    targetDeadlineYear: 'Fristens år.',
    initiatives: 'Id’er på de indsatser, der tjener målet.',
    sourceFile: 'Kildefilen.',
    sourcePlace: 'Stedet i kilden.',
    sourceLines: 'Første og sidste linje i kildefilen (fx 17-17).',
  },
  initiatives: {
    documentTitle: 'Dokumentets titel.',
    municipality: 'Id på kommunen, der udgav dokumentet.',
    municipalityName: 'Kommunens navn.',
    municipalityCode: 'Kommunekoden (3 cifre).',
    titleIsEditorial: 'ja, når overskriften er skrevet af redaktionen.',
    sections: 'Id’er på indsatsens afsnit.',
    sectionTitles: 'Afsnittenes titler, én pr. linje.',
    budgetDkk: 'Budgettet i kroner, som kilden angiver det: summen af engangsbeløbene. Et beløb, der er en del af et andet (»hvoraf …«), lægges ikke til, og årlige beløb står i budgetDkkPerYear. Tom, hvor kilden ikke angiver et engangsbeløb.',
    budgetDkkPerYear: 'Årlige beløb i kroner (kildens »årligt«), som kilden angiver dem; de er ikke ganget op til et samlet beløb.',
    periodFrom: 'Første år.',
    periodTo: 'Sidste år.',
    goals: 'Id’er på de mål, indsatsen tjener (intervaller er foldet ud).',
    goalsCitedAs: 'Henvisningerne, som kilden skriver dem, én pr. linje.',
    sourceFile: 'Kildefilen.',
    sourcePlace: 'Stedet i kilden.',
    sourceLines: 'Første og sidste linje i kildefilen (fx 17-17).',
  },
};

/** The Danish explanation of a field of a collection (its own, else the common one). */
export function fieldDescription(collection: CollectionKey, field: string): string | undefined {
  return FIELDS[collection][field] ?? COMMON_FIELDS[field];
}

/** The Danish explanation of a CSV column. */
export function columnDescription(csv: CsvName, column: string): string | undefined {
  if (csv === 'measures') return CSV_COLUMNS.measures[column];
  const collection: CollectionKey = csv === 'goals' ? 'goals' : 'initiatives';
  return CSV_COLUMNS[csv][column] ?? fieldDescription(collection, column);
}
