/**
 * A small lexicon for Danish search: the endings of inflected words and the words compounds are
 * made of. The synonyms are content an editor extends: content/synonyms.yaml (src/search/synonyms.ts).
 */

/**
 * Endings of Danish nouns and adjectives, longest first: "flygtning" + "ene" = "flygtningene".
 * Used to recognise a lexicon word or a compound part in any of its forms.
 */
export const INFLECTIONS = [
  'ernes', 'enes', 'erne', 'ene', 'ens', 'ers', 'ets', 'ere', 'es', 'er', 'en', 'et', 'ne', 'e', 'n', 'r', 's', 't', '',
] as const;

/**
 * Words compounds are built from, besides the words of the catalogue itself. A compound is split
 * where both sides are known words ("boligplacering" = "bolig" + "placering").
 */
export const COMPOUND_PARTS: readonly string[] = [
  'aftale', 'afklaring', 'aktør', 'arbejde', 'arrangement', 'barn', 'besøg', 'beskæftigelse', 'bolig', 'borger',
  'bosætning', 'bus', 'børn', 'café', 'center', 'dansk', 'dag', 'familie', 'far', 'flygtning', 'forening',
  'forløb', 'forælder', 'forældre', 'fritid', 'gruppe', 'hjem', 'hjælp', 'idræt', 'indsats', 'indvandrer',
  'information', 'institution', 'integration', 'job', 'kampagne', 'klub', 'kommune', 'kompetence', 'kontakt',
  'koordinator', 'kort', 'korps', 'kultur', 'kursus', 'kvinde', 'liv', 'lektie', 'læge', 'løn', 'marked', 'mentor',
  'model', 'mor', 'møde', 'netværk', 'ordning', 'periode', 'person', 'plads', 'placering', 'plan', 'pleje',
  'politik', 'praksis', 'praktik', 'program', 'proces', 'projekt', 'rolle', 'samarbejde', 'samtale', 'skole',
  'sprog', 'sted', 'strategi', 'støtte', 'sundhed', 'tilbud', 'tilskud', 'tolk', 'træning', 'uddannelse',
  'udvikling', 'ung', 'unge', 'undervisning', 'vejleder', 'vejledning', 'velkomst', 'venskab', 'virksomhed',
  'ydelse', 'område', 'ophold', 'tilladelse', 'handling', 'stimulering', 'hjemme', 'baggrund', 'ressource',
];

/**
 * Words that are never a part of a compound on their own: prepositions, prefixes and function
 * words, so "forældre" is not read as "for" + "ældre" nor "undervisning" as "under" + "visning".
 */
export const NOT_PARTS = new Set([
  'af', 'al', 'alle', 'blandt', 'efter', 'gennem', 'igen', 'omkring', 'siden', 'hen', 'imod', 'an', 'and', 'anden', 'andet', 'andre', 'at', 'be', 'bag', 'de', 'den', 'der', 'det', 'dis',
  'egen', 'egne', 'eller', 'en', 'er', 'et', 'for', 'fore', 'fra', 'før', 'ge', 'god', 'gode', 'har', 'hel', 'hele',
  'her', 'hvor', 'ikke', 'ind', 'inden', 'kan', 'lille', 'med', 'mellem', 'mere', 'mis', 'mod', 'ned', 'ny', 'nye',
  'og', 'om', 'op', 'over', 'på', 'sam', 'samt', 'selv', 'skal', 'som', 'stor', 'store', 'til', 'ud', 'uden',
  'under', 'ved', 'vil', 'være', 'ære', 'ende', 'ling', 'ning', 'ring', 'sning', 'else', 'hed', 'heden',
  'ste', 'sten', 'fast', 'sammen', 'fælles', 'skab', 'skabet', 'skaber', 'tage', 'tagen', 'tager', 'tageren', 'tagerne', 'gerne', 'ingen', 'sker', 'videre', 'tion', 'tioner', 'ter', 'tet', 'ere', 'erne', 'ene', 'isk', 'iske', 'lig', 'lige', 'ige',
]);
