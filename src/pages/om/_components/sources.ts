/**
 * What /om/ says about the sources, computed from the content (never typed into the page): how
 * many source documents the catalogue is transcribed from, and for each document its issuer,
 * title, date, how the catalogue knows it, and how many goals, initiatives, cases and related
 * documents it holds.
 */
import type { Catalogue } from '../../../catalogue/model';
import { documentVia } from '../../../citation/citation';
import { documentYear } from '../../../catalogue/describe';
import { formatDate, formatPeriod } from '../../../i18n/format';
import { municipalityName } from '../../../catalogue/labels';
import { count } from '../../../i18n';

const WORDS = ['nul', 'ét', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv'];

/** A small count as a Danish word ("fem"), a larger one in digits. */
export const numberWord = (n: number) => WORDS[n] ?? n.toLocaleString('da-DK');

export interface AboutSource {
  id: string;
  issuer: string;
  title: string;
  /** "2015–2018", "godkendt 28. januar 2016", "dateret 15. november 2006". */
  when?: string | undefined;
  /** "10 mål, 8 indsatser". */
  holds: string;
  /** How the catalogue knows the document, when not from the document itself. */
  via?: string | undefined;
}

export function aboutSources(c: Catalogue): { files: number; documents: AboutSource[] } {
  const documents = [...c.documents]
    .sort((a, b) => documentYear(a) - documentYear(b) || a.id.localeCompare(b.id))
    .map((d) => {
      const m = d.municipality ? c.municipality(d.municipality) : undefined;
      const parts = [
        [c.goalsOfDocument(d.id).length, 'count.goals'],
        [c.initiativesOfDocument(d.id).length, 'count.initiatives'],
        [c.casesOfDocument(d.id).length, 'count.cases'],
        [c.relatedListedIn(d.id).length, 'count.related'],
      ] as const;
      const when = d.adopted?.date
        ? `godkendt ${formatDate(d.adopted.date)}`
        : d.dated
          ? `dateret ${formatDate(d.dated)}`
          : d.period
            ? formatPeriod({ from: d.period.from, to: d.period.to })
            : d.adopted?.year !== undefined
              ? String(d.adopted.year)
              : undefined;
      return {
        id: d.id,
        issuer: m ? municipalityName(m) : (d.publisher ?? ''),
        title: d.title,
        when,
        holds: parts.filter(([n]) => n > 0).map(([n, key]) => count(n, key)).join(', '),
        via: documentVia(d),
      };
    });
  return { files: new Set(c.documents.map((d) => d.source.file)).size, documents };
}
