/** Danish names of the data files' collections, for the Data page. */
import type { CollectionKey } from '../../../open-data/schema';

export const COLLECTION_LABELS: Record<CollectionKey, { label: string; holds: string }> = {
  municipalities: { label: 'Kommuner', holds: 'Alle 98 kommuner med kode og region og deres dokumenter, cases og relaterede dokumenter.' },
  themes: { label: 'Temaer', holds: 'Katalogets temaer med antal poster pr. tema.' },
  targetGroups: { label: 'Målgrupper', holds: 'Katalogets målgrupper.' },
  documents: { label: 'Dokumenter', holds: 'Politikker, handlingsprogrammer, strategier og kataloger med afsnit, forord og vision.' },
  goals: { label: 'Mål', holds: 'Dokumenternes mål med ordret tekst, udgangspunkt, måltal og frist og de indsatser, der tjener dem.' },
  initiatives: { label: 'Indsatser', holds: 'Indsatserne med forandringsteori (ressourcer, aktiviteter, output, indikatorer) og deres henvisninger til mål.' },
  cases: { label: 'Cases', holds: 'Eksempler på kommunale integrationsindsatser med kommuner og partnere.' },
  relatedDocuments: { label: 'Relaterede dokumenter', holds: 'Dokumenter, som kun kendes ved titel fra en kildes liste.' },
  synonyms: { label: 'Søgesynonymer', holds: 'Ord og forkortelser, som søgningen finder hinanden ved (fx »helbredstjek« og »helbredsvurdering«).' },
  nationalGoals: { label: 'Nationale mål', holds: 'Integrationsbarometerets ni nationale mål med officiel ordlyd, bekræftede indikatorer og kilde.' },
};

/** 1234567 → "1,2 MB", 5300 → "5,2 kB". */
export function formatBytes(n: number): string {
  const fmt = (x: number) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(x);
  if (n >= 1024 * 1024) return `${fmt(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${fmt(n / 1024)} kB`;
  return `${n} byte`;
}
