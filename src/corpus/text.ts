/**
 * Danish text for a generated corpus: goal subjects, initiative titles, logic-model items, partners
 * and the sentences they are put together with. Written in the register of the real sources
 * (Hillerød's logic-model tables, Kerteminde's themes, KL's case descriptions), so pages, search
 * records and exports have realistic lengths and words (æ, ø, å, dashes, numbers with decimal comma).
 */
import type { Random } from './random';

/** Danish decimal comma: 2.5 → "2,5". */
export const decimal = (n: number, digits = 1) => n.toFixed(digits).replace('.', ',');

/** Danish thousands separator: 487590 → "487.590". */
export const thousands = (n: number) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('da') + s.slice(1);

/** A measurable goal subject: what is measured, which way it should move, its unit and theme. */
export interface GoalSubject {
  /** "andelen af … der …" as it reads inside a sentence. */
  what: string;
  /** Short form for titles and measure descriptions. */
  short: string;
  /** 'up' when more is better, 'down' when less is better. */
  direction: 'up' | 'down';
  unit: '%' | 'procentpoint' | 'karakterpoint' | 'borgere' | 'virksomheder';
  /** Plausible baseline range. */
  range: [number, number];
  themes: string[];
  targetGroups: string[];
}

export const GOAL_SUBJECTS: GoalSubject[] = [
  { what: 'andelen af 16-19-årige indvandrere og efterkommere, der er i gang med en ungdomsuddannelse', short: 'unge i ungdomsuddannelse', direction: 'up', unit: '%', range: [58, 82], themes: ['uddannelse'], targetGroups: ['unge', 'efterkommere'] },
  { what: 'beskæftigelsesfrekvensen blandt indvandrere og efterkommere i alderen 16-64 år', short: 'beskæftigelse blandt indvandrere og efterkommere', direction: 'up', unit: '%', range: [42, 61], themes: ['beskaeftigelse'], targetGroups: ['indvandrere', 'efterkommere'] },
  { what: 'andelen af flygtninge, der er selvforsørgende efter den treårige integrationsperiode', short: 'selvforsørgende flygtninge', direction: 'up', unit: '%', range: [18, 45], themes: ['beskaeftigelse', 'modtagelse'], targetGroups: ['flygtninge'] },
  { what: 'andelen af børn med dansk som andetsprog, der ved sprogvurderingen placerer sig i generel indsats', short: 'børns sprog ved sprogvurderingen', direction: 'up', unit: '%', range: [51, 77], themes: ['dansk-og-sprog', 'boern-og-skole'], targetGroups: ['boern'] },
  { what: 'andelen af 16-24-årige indvandrere og efterkommere, der er uden for arbejdsstyrken og ikke i uddannelse', short: 'unge uden for arbejdsstyrken og uddannelse', direction: 'down', unit: '%', range: [9, 24], themes: ['uddannelse', 'beskaeftigelse'], targetGroups: ['unge'] },
  { what: 'andelen af borgere med anden etnisk baggrund end dansk, der er aktive i en forening', short: 'deltagelse i foreningslivet', direction: 'up', unit: '%', range: [14, 38], themes: ['fritid-og-kultur', 'civilsamfund'], targetGroups: ['etniske-minoriteter'] },
  { what: 'karaktergennemsnittet i de bundne prøvefag for elever med dansk som andetsprog', short: 'karakterer i de bundne prøvefag', direction: 'up', unit: 'karakterpoint', range: [4.2, 6.4], themes: ['boern-og-skole'], targetGroups: ['boern', 'efterkommere'] },
  { what: 'andelen af nyankomne flygtninge, der starter på sprogskole inden for en uge efter ankomst', short: 'hurtig start på sprogskole', direction: 'up', unit: '%', range: [35, 80], themes: ['modtagelse', 'dansk-og-sprog'], targetGroups: ['flygtninge'] },
  { what: 'andelen af indvandrerkvinder i alderen 25-64 år, der er i beskæftigelse', short: 'indvandrerkvinder i job', direction: 'up', unit: '%', range: [33, 55], themes: ['beskaeftigelse'], targetGroups: ['kvinder', 'indvandrere'] },
  { what: 'andelen af ældre borgere med indvandrerbaggrund, der tager imod et forebyggende hjemmebesøg', short: 'forebyggende hjemmebesøg til ældre', direction: 'up', unit: '%', range: [21, 63], themes: ['aeldre', 'sundhed'], targetGroups: ['aeldre'] },
  { what: 'andelen af beboere i de udsatte boligområder, der er i job eller uddannelse', short: 'beboere i job eller uddannelse', direction: 'up', unit: '%', range: [39, 64], themes: ['bolig', 'beskaeftigelse'], targetGroups: ['boligomraader'] },
  { what: 'antallet af virksomheder med en aftale om praktik eller løntilskud til flygtninge', short: 'virksomhedsaftaler om praktik', direction: 'up', unit: 'virksomheder', range: [12, 140], themes: ['beskaeftigelse', 'organisering'], targetGroups: ['virksomheder', 'flygtninge'] },
  { what: 'andelen af tosprogede elever, der begynder på en ungdomsuddannelse direkte efter 9. eller 10. klasse', short: 'overgang til ungdomsuddannelse', direction: 'up', unit: '%', range: [61, 88], themes: ['uddannelse', 'boern-og-skole'], targetGroups: ['unge'] },
  { what: 'andelen af voksne flygtninge, der har bestået Prøve i Dansk 2 inden for tre år', short: 'beståede danskprøver', direction: 'up', unit: '%', range: [22, 57], themes: ['dansk-og-sprog'], targetGroups: ['flygtninge'] },
  { what: 'valgdeltagelsen blandt indvandrere og efterkommere ved kommunalvalget', short: 'valgdeltagelse', direction: 'up', unit: '%', range: [34, 52], themes: ['medborgerskab'], targetGroups: ['indvandrere', 'efterkommere'] },
  { what: 'andelen af nyankomne flygtninge, der får en permanent bolig inden for tre måneder', short: 'permanent bolig inden for tre måneder', direction: 'up', unit: '%', range: [27, 70], themes: ['bolig', 'modtagelse'], targetGroups: ['flygtninge'] },
  { what: 'andelen af familiesammenførte ægtefæller, der er i job eller uddannelse efter to år', short: 'familiesammenførte i job eller uddannelse', direction: 'up', unit: '%', range: [28, 51], themes: ['beskaeftigelse', 'uddannelse'], targetGroups: ['familiesammenfoerte'] },
  { what: 'andelen af forældre med anden etnisk baggrund, der deltager i skole-hjem-samtaler', short: 'forældredeltagelse i skole-hjem-samtaler', direction: 'up', unit: '%', range: [55, 86], themes: ['boern-og-skole'], targetGroups: ['foraeldre'] },
];

export const INITIATIVE_TITLES = [
  'Modtagelse og integration af flygtninge',
  'Sprogstimulering i dagtilbud',
  'Brobygning til ungdomsuddannelse',
  'Virksomhedsrettet danskundervisning',
  'Mentorordning for unge',
  'Netværksfamilier og frivillige venner',
  'Sundhedsfremme for nyankomne',
  'Forældresamarbejde i skolen',
  'Lektiecafeer på bibliotekerne',
  'Boligsocial helhedsplan',
  'Fritidsjob til unge i boligområderne',
  'Foreningsguider',
  'Kvinder i job',
  'Tidlig opsporing af trivselsproblemer',
  'Helhedsorienteret familieindsats',
  'Frivilligkoordinering',
  'Sprogpraktik på virksomheder',
  'Uddannelsesvejledning for tosprogede',
  'Den gode modtagelse i skolen',
  'Åben skole og lokalsamfund',
  'Job-først-forløb for flygtninge',
  'Brobyggere i sundhedsvæsenet',
  'Samfundsforståelse og medborgerskab',
  'Styrket samarbejde med erhvervslivet',
  'Fleksibel boligplacering',
  'Kompetenceafklaring ved ankomst',
  'Idræt for alle børn',
  'Demokrativærksteder for unge',
  'Tolkning og kommunikation i borgerbetjeningen',
  'Ældrenetværk på tværs af kulturer',
  'Hjemmevejledning for småbørnsfamilier',
  'Kulturmødet i dagtilbud',
  'Praktikpladsopsøgende indsats',
  'Beskæftigelsesrettet sprogcenter',
  'Traumebehandling og psykisk sundhed',
  'Integrationsråd og borgerinddragelse',
];

export const SECTION_TITLES: { title: string; themes: string[] }[] = [
  { title: 'Uddannelse', themes: ['uddannelse'] },
  { title: 'Job og erhvervsmuligheder', themes: ['beskaeftigelse'] },
  { title: 'Bosætning', themes: ['bolig'] },
  { title: 'Mødet med andre medborgere', themes: ['medborgerskab', 'civilsamfund'] },
  { title: 'Mødet med det officielle danske system', themes: ['organisering'] },
  { title: 'Børn, dagtilbud og skole', themes: ['boern-og-skole'] },
  { title: 'Sundhed og trivsel', themes: ['sundhed'] },
  { title: 'Dansk sprog', themes: ['dansk-og-sprog'] },
  { title: 'Fritid og kultur', themes: ['fritid-og-kultur'] },
  { title: 'Modtagelse af nye borgere', themes: ['modtagelse'] },
];

export const PARTNERS = [
  'Sprogcentret',
  'Jobcentret',
  'Dansk Flygtningehjælp',
  'Røde Kors',
  'de almene boligorganisationer',
  'Ungdommens Uddannelsesvejledning',
  'erhvervsskolerne',
  'DGI',
  'lægehusene',
  'sundhedsplejen',
  'SSP-samarbejdet',
  'Red Barnet',
  'Mødrehjælpen',
  'bibliotekerne',
  'Ældre Sagen',
  'de lokale idrætsforeninger',
  'Erhvervsrådet',
  'Integrationsrådet',
  'Frivilligcentret',
  'Dansk Folkeoplysnings Samråd',
  'produktionsskolen',
  'politiet',
];

export const RESOURCES = [
  'Tilførsel af {fte} årsværk til opgaven (besluttet af byrådet den {date})',
  'Eksisterende personaleressourcer i {unit} (inden for ramme/normering)',
  'Midler fra satspuljen på kr. {amount} over {years} år',
  'Samarbejde med foreninger, frivillige borgere og erhvervsliv er en væsentlig ressource i arbejdet',
  'Lokaler stillet til rådighed af bibliotekerne og de almene boligorganisationer',
  'Kompetenceudvikling af {n} medarbejdere i {unit}',
  'Tolkebistand efter behov, finansieret af {unit}',
  'Koordinator i en fuldtidsstilling i projektperioden',
  'Øvrige ressourcer: eksisterende personaleressourcer, samarbejdsflader og relationer',
];

export const UNITS = ['Jobcentret', 'Børn og Unge', 'Sundhed og Omsorg', 'Familieafdelingen', 'Borgerservice', 'Kultur og Fritid', 'Dagtilbudsområdet', 'Skoleafdelingen'];

export const ACTIVITIES = [
  'Indsatsen samles i én organisatorisk enhed med en fast kontaktperson for hver borger',
  'Håndholdt formidling af praktikker, løntilskud og ordinært arbejde',
  'Opsøgende indsats over for virksomheder, der kan rumme medarbejdere, som endnu ikke har opnået danskkundskaber',
  'Tidlig virksomhedsrettet indsats kombineret med danskundervisning',
  'Hurtigere afklaring af behov for yderligere opkvalificering',
  'Leder- og personalemøder med information om indsats og metode',
  'Undervisning af personale i dialogisk læsning og sprogstimulering',
  'Etablering af lektiecafeer i samarbejde med frivillige og bibliotekerne',
  'Hjemmebesøg hos alle nyankomne familier inden for de første fire uger',
  'Informationsmøder for forældre om dagtilbud, skole og fritidsliv',
  'Mentorforløb af seks måneders varighed med opfølgning hver 14. dag',
  'Brobygningsforløb på erhvervsskolerne for elever i 8.-10. klasse',
  'Kontaktpersoner fra foreningerne følger nye medlemmer de første måneder',
  'Fælles visitation på tværs af jobcenter, sprogcenter og familieafdeling',
  'Sundhedssamtale ved ankomst med tilbud om opfølgning hos egen læge',
  'Årlig temadag for frivillige om samarbejdet med kommunen',
  'Kompetenceafklaring inden for de første to måneder efter ankomst',
  'Samarbejde med boligorganisationerne om fordeling af ledige boliger',
  'Uddannelse af kulturformidlere og brobyggere med egen indvandrerbaggrund',
  'Opsøgende arbejde i boligområderne om aftenen og i weekenden',
  'Sprogpraktik i kommunale arbejdspladser med en fast sprogmakker',
  'Styrkelse og udvidelse af samarbejdet med frivillige og foreninger',
];

export const OUTPUTS = [
  'Mere velkoordineret og effektiv integrationsindsats',
  'Flygtninge kommer hurtigere i uddannelse eller job',
  'Der er afviklet dialogiske læseforløb i alle institutioner',
  'Flere aftaler med virksomheder og flere praktikpladser',
  'Flygtninge lærer hurtigere dansk',
  'Bedre afklaring af kvalifikationer og muligheder',
  'Alle nyankomne familier har haft besøg af sundhedsplejen',
  'Lektiecafeerne har åbent fire dage om ugen',
  'Forældrene kender skolens forventninger og deltager i skole-hjem-samtaler',
  'Flere unge gennemfører brobygningsforløb',
  'Et fast netværk af frivillige er knyttet til indsatsen',
  'Medarbejderne har fået ny viden om kulturmøder og kommunikation',
  'Borgerne oplever sig bedre modtaget og bliver hurtigere en aktiv del af lokalsamfundet',
];

export const INDICATORS = [
  'Andelen af flygtninge i ordinær beskæftigelse stiger fra {a} % til {b} %',
  'Højst {a} % af flygtningene er på offentlig forsørgelse efter den treårige integrationsperiode',
  'Flere børn placerer sig i generel indsats ved sprogvurderingen',
  'Ved udgangen af {year} starter alle flygtninge på sprogskole inden for en uge efter ankomst',
  'I {year} får alle nyankomne flygtninge tildelt en permanent bolig inden for tre måneder',
  'Mindst {n} nye medlemmer med anden etnisk baggrund i de lokale foreninger om året',
  'Fraværet i folkeskolen blandt tosprogede elever falder med {a} procentpoint',
  'Antallet af unge, der falder fra en ungdomsuddannelse, halveres inden udgangen af {year}',
  'Mindst {n} virksomheder har indgået en partnerskabsaftale',
  'Borgerne giver indsatsen mindst 4 på en skala fra 1 til 5 i den årlige brugerundersøgelse',
];

export const CRITERIA = [
  'Mindst {n} flygtninge er tilknyttet en netværksfamilie ved udgangen af {year}',
  'Alle skoler har en plan for modtagelse af nyankomne elever inden udgangen af {year}',
  'Mindst {a} % af deltagerne er i job eller uddannelse et år efter forløbet',
  'Der er etableret et fast samarbejde med mindst {n} foreninger i {year}',
  'Ventetiden på danskundervisning er under to uger i {year}',
];

/** Sentence banks for the prose of initiatives, documents and cases. {M} is the municipality. */
const OPENERS = [
  'Indsatsen skal sikre, at {group} får en god start og hurtigt bliver en aktiv del af lokalsamfundet i {M}.',
  'Formålet er at styrke mulighederne for {group} for at komme i uddannelse og job.',
  '{M} Kommune vil med indsatsen gøre en særlig indsats for {group}, hvor erfaringerne viser, at der er mest at hente.',
  'Indsatsen retter sig mod {group} og bygger videre på de gode erfaringer fra den forrige integrationspolitik.',
  'Det er byrådets ambition, at {group} skal mødes af en sammenhængende indsats på tværs af forvaltningerne.',
];
const MIDDLES = [
  'Erfaringerne fra {year} viser, at en tidlig og håndholdt indsats gør en mærkbar forskel, særligt for borgere med kort skolegang.',
  'Arbejdet sker i tæt samarbejde med {partners}.',
  'Der lægges vægt på, at borgeren selv er med til at sætte mål for forløbet, og at målene følges op mindst hver tredje måned.',
  'Medarbejderne på tværs af {unit} og {unit2} mødes fast for at koordinere indsatsen omkring den enkelte familie.',
  'Indsatsen skal ses i sammenhæng med kommunens beskæftigelsesplan og den boligsociale helhedsplan for {area}.',
  'Der er i perioden {from}-{to} afsat kr. {amount} til indsatsen, heraf en del fra statslige puljer.',
  'Frivillige spiller en væsentlig rolle – både som netværkspersoner, lektiehjælpere og trænere i foreningerne.',
  'Undersøgelser peger på, at sprog, netværk og tilknytning til arbejdsmarkedet hænger tæt sammen.',
  'Indsatsen evalueres løbende, og resultaterne forelægges {committee} en gang om året.',
  'Hvor det er muligt, tilrettelægges forløbene, så danskundervisning og praktik kan foregå samtidig.',
];
const CLOSERS = [
  'På længere sigt er målet, at flere bliver selvforsørgende og deltager aktivt i fællesskabet.',
  'Indsatsen justeres, når de første resultater foreligger.',
  'Erfaringerne deles med de øvrige kommuner i regionen.',
  'Indsatsen skal dermed bidrage til, at {M} Kommune når de politisk vedtagne mål for integrationsindsatsen.',
  'Det forventes, at indsatsen kan forankres i den almindelige drift fra {to}.',
  'Resultaterne skal gøre det muligt at sammenligne {M} med landsgennemsnittet og med sammenlignelige kommuner.',
];

/**
 * Danish compounds, as the sources are full of them ("beskæftigelsesindsats", "forældresamarbejde"):
 * heads × tails give a vocabulary of thousands of words, so a search index of the generated corpus
 * is closer in size to one of real text than a few hundred repeated sentences would give.
 */
const HEADS = [
  'arbejdsmarkeds', 'bolig', 'sprog', 'skole', 'forældre', 'frivilligheds', 'sundheds', 'beskæftigelses', 'uddannelses', 'integrations',
  'kultur', 'forenings', 'virksomheds', 'praktik', 'mentor', 'familie', 'netværks', 'dagtilbuds', 'fritids', 'ungdoms',
  'kvinde', 'ældre', 'lektie', 'borger', 'medborger', 'demokrati', 'trivsels', 'kompetence', 'visitations', 'modtagelses',
  'jobcenter', 'sprogcenter', 'biblioteks', 'idræts', 'nærmiljø', 'lokalsamfunds', 'kvarter', 'tolke', 'brobygnings', 'vejlednings',
  'rådgivnings', 'sagsbehandler', 'forebyggelses', 'opsporings', 'inklusions', 'mangfoldigheds', 'ligestillings', 'uddannelsesvejlednings', 'erhvervs', 'iværksætter',
];
const TAILS: [string, string][] = [
  ['indsats', 'indsatsen'], ['tilbud', 'tilbuddet'], ['forløb', 'forløbet'], ['samarbejde', 'samarbejdet'], ['strategi', 'strategien'],
  ['plan', 'planen'], ['koordinator', 'koordinatoren'], ['konsulent', 'konsulenten'], ['team', 'teamet'], ['netværk', 'netværket'],
  ['projekt', 'projektet'], ['model', 'modellen'], ['vejledning', 'vejledningen'], ['undervisning', 'undervisningen'], ['aftale', 'aftalen'],
  ['område', 'området'], ['politik', 'politikken'], ['rådgivning', 'rådgivningen'], ['kursus', 'kurset'], ['møde', 'mødet'],
  ['center', 'centret'], ['udvalg', 'udvalget'], ['ordning', 'ordningen'], ['pulje', 'puljen'], ['evaluering', 'evalueringen'],
  ['opfølgning', 'opfølgningen'], ['kampagne', 'kampagnen'], ['værksted', 'værkstedet'], ['café', 'caféen'], ['guide', 'guiden'],
];
export function compound(r: Random, definite = false): string {
  const tail = r.pick(TAILS);
  return r.pick(HEADS) + (definite ? tail[1] : tail[0]);
}
const COMPOUND_SENTENCES = [
  (r: Random) => `Som en del af indsatsen styrkes ${compound(r, true)} i samarbejde med ${compound(r, true)}.`,
  (r: Random) => `Erfaringerne fra ${compound(r, true)} indgår i ${compound(r, true)}, som revideres hvert andet år.`,
  (r: Random) => `${capitalise(compound(r, true))} og ${compound(r, true)} koordineres på tværs af forvaltningerne.`,
  (r: Random) => `For hver deltager opdateres ${compound(r, true)}, og ${compound(r, true)} følger op efter tre måneder.`,
];

export const COMMITTEES = ['Arbejdsmarkedsudvalget', 'Børne- og Ungeudvalget', 'Social- og Sundhedsudvalget', 'Økonomiudvalget', 'Kultur- og Fritidsudvalget'];
export const AREAS = ['Nørrebro-kvarteret', 'Skovparken', 'Vestbyen', 'Søndermarken', 'Solvang', 'Østerby', 'Engparken', 'Stationsbyen'];

const GROUP_WORDS: Record<string, string> = {
  flygtninge: 'nyankomne flygtninge',
  familiesammenfoerte: 'familiesammenførte',
  asylansoegere: 'asylansøgere',
  indvandrere: 'indvandrere',
  efterkommere: 'efterkommere',
  'etniske-minoriteter': 'borgere med anden etnisk baggrund end dansk',
  boern: 'børn med dansk som andetsprog',
  unge: 'unge med indvandrerbaggrund',
  foraeldre: 'forældre med anden etnisk baggrund',
  kvinder: 'indvandrerkvinder',
  aeldre: 'ældre borgere med indvandrerbaggrund',
  ledige: 'ledige med indvandrerbaggrund',
  medarbejdere: 'kommunens medarbejdere',
  virksomheder: 'virksomhederne',
  boligomraader: 'beboerne i de udsatte boligområder',
};
export const groupWords = (id: string) => GROUP_WORDS[id] ?? 'borgere med indvandrerbaggrund';
/** Target groups that read well as the people an initiative is for ("Indsatsen skal sikre, at … får en god start"). */
export const PEOPLE_GROUPS = Object.keys(GROUP_WORDS).filter((g) => g !== 'medarbejdere' && g !== 'virksomheder');

export interface Fill {
  M: string;
  group: string;
  year: number;
  from: number;
  to: number;
}

/** Fill the {placeholders} of a template. */
export function fill(template: string, r: Random, f: Fill): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'M':
        return f.M;
      case 'group':
        return f.group;
      case 'year':
        return String(f.year);
      case 'from':
        return String(f.from);
      case 'to':
        return String(f.to);
      case 'n':
        return String(r.int(2, 40));
      case 'fte':
        return String(r.int(1, 5));
      case 'a':
        return String(r.int(5, 60));
      case 'b':
        return String(r.int(61, 90));
      case 'years':
        return String(r.int(2, 4));
      case 'amount':
        return thousands(r.int(150, 4800) * 1000);
      case 'date':
        return `${r.int(1, 28)}. ${r.pick(['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'august', 'september', 'oktober', 'november'])} ${f.from}`;
      case 'unit':
        return r.pick(UNITS);
      case 'unit2':
        return r.pick(UNITS);
      case 'partners': {
        const p = r.some(PARTNERS, r.int(2, 3));
        return `${p.slice(0, -1).join(', ')} og ${p[p.length - 1]}`;
      }
      case 'area':
        return r.pick(AREAS);
      case 'committee':
        return r.pick(COMMITTEES);
      default:
        return key;
    }
  });
}

/** A paragraph of `sentences` sentences: an opener, middles, and sometimes a closer. */
export function paragraph(r: Random, f: Fill, sentences: number, opener = true): string {
  const parts: string[] = [];
  if (opener) parts.push(fill(r.pick(OPENERS), r, f));
  for (const m of r.some(MIDDLES, Math.max(1, sentences - parts.length - 1))) parts.push(fill(m, r, f));
  if (r.chance(0.7)) parts.push(r.pick(COMPOUND_SENTENCES)(r));
  if (parts.length < sentences && r.chance(0.5)) parts.push(fill(r.pick(CLOSERS), r, f));
  return parts.join(' ');
}

/** The verbatim text of a goal, in the style of Hillerød's ten goals (about 250–450 characters). */
export function goalText(r: Random, s: GoalSubject, m: string, base: { year: number; value: number }, target: { year: number; value: number }): string {
  const v = (n: number) => (s.unit === 'karakterpoint' ? decimal(n) : s.unit === '%' || s.unit === 'procentpoint' ? String(Math.round(n)) : thousands(n));
  const unit = s.unit === '%' ? ' %' : ` ${s.unit}`;
  const national = s.unit === '%' ? Math.round(base.value + r.int(-6, 6)) : undefined;
  const first =
    s.direction === 'up'
      ? `${capitalise(s.what)} i ${m} Kommune skal hvert år øges – og på lang sigt som minimum være på niveau med landsgennemsnittet.`
      : `${capitalise(s.what)} i ${m} Kommune skal hvert år mindskes – og på lang sigt som minimum være på landsgennemsnittet.`;
  const second =
    national !== undefined
      ? `I ${base.year} var niveauet ${v(base.value)}${unit} i ${m} Kommune mod ${national}${unit} på landsplan.`
      : `I ${base.year} var niveauet ${v(base.value)}${unit}.`;
  const third = `Inden udgangen af ${target.year} skal niveauet ${s.direction === 'up' ? 'være øget' : 'være nedbragt'} til ${s.direction === 'up' ? 'mindst' : 'højst'} ${v(target.value)}${unit}.`;
  const extra = r.chance(0.4) ? ` ${r.pick(['Udviklingen følges årligt i integrationsbarometeret.', 'Målet gælder både kvinder og mænd.', 'Der laves en årlig opgørelse, som forelægges byrådet.'])}` : '';
  return `${first} ${second} ${third}${extra}`;
}

/** Turn a verbatim goal text into the quote a source prints with a reference, as real sources do. */
export function quoteVariant(text: string, variant: number, r: Random): string {
  switch (variant) {
    case 0:
      return text; // verbatim
    case 1: {
      // a spelling slip: one letter dropped from a long word (the checker tolerates it)
      const words = [...text.matchAll(/\p{L}{9,}/gu)];
      if (words.length === 0) return text;
      const w = r.pick(words);
      const at = w.index! + Math.floor(w[0].length / 2);
      return text.slice(0, at) + text.slice(at + 1);
    }
    case 2:
      return text.replaceAll('–', '-'); // a hyphen for the dash
    default: {
      // only the first sentence, with an ellipsis
      const end = text.indexOf('. ');
      return end > 40 ? `${text.slice(0, end + 1)} …` : text;
    }
  }
}
