/**
 * A theme page lists its entries by municipality. A case run by several municipalities together
 * (KL's "Samarbejde med frivillige flygtningegrupper": Vejle, Aarhus, Aalborg and Holstebro) is
 * one case: it is listed once, in a group of its own that names all of them, not once under each.
 */
import type { Catalogue, CaseEntry } from '../../../catalogue/catalogue';

type Group = ReturnType<Catalogue['themeGroups']>[number];
type Municipality = NonNullable<Group['municipality']>;

/** Entries of one municipality, as the catalogue groups them. */
export interface SingleGroup extends Group {
  kind: 'single';
}

/** Cases shared by several municipalities (in the order the case names them). */
export interface SharedGroup {
  kind: 'shared';
  /** Stable id for the group's heading anchor: the municipality ids joined by "-". */
  key: string;
  municipalities: Municipality[];
  cases: CaseEntry[];
}

const isEmpty = (g: Group) =>
  g.items.documents.length + g.items.goals.length + g.items.initiatives.length + g.items.cases.length === 0;

/**
 * The catalogue's groups with every multi-municipality case taken out of the municipalities'
 * groups and put, once, into a group for exactly that set of municipalities. Such groups follow
 * the single municipalities, before the group of entries without a municipality. A municipality
 * group left with nothing is dropped.
 */
export function groupSharedCases(catalogue: Pick<Catalogue, 'municipality'>, groups: Group[]): (SingleGroup | SharedGroup)[] {
  const shared = new Map<string, SharedGroup>();
  const single: SingleGroup[] = [];
  for (const g of groups) {
    const own = g.items.cases.filter((x) => x.municipalities.length <= 1);
    for (const x of g.items.cases) {
      if (x.municipalities.length <= 1) continue;
      const key = x.municipalities.join('-');
      let group = shared.get(key);
      if (!group) {
        const municipalities = x.municipalities.map((id) => catalogue.municipality(id)).filter((m) => m !== undefined);
        shared.set(key, (group = { kind: 'shared', key, municipalities, cases: [] }));
      }
      if (!group.cases.some((c) => c.id === x.id)) group.cases.push(x);
    }
    const rest: SingleGroup = { ...g, kind: 'single', items: { ...g.items, cases: own } };
    if (!isEmpty(rest)) single.push(rest);
  }
  const withMunicipality = single.filter((g) => g.municipality);
  const without = single.filter((g) => !g.municipality);
  return [...withMunicipality, ...shared.values(), ...without];
}
