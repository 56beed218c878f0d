/** The years that have at least one deadline (each gets a page /frister/<year>/). Pure. */
import type { Goal, Initiative } from '../collections/schemas';

/** Every deadline year of the goals and initiatives, ascending, without repeats. */
export function deadlineYears(goals: readonly Goal[], initiatives: readonly Initiative[]): number[] {
  const years = new Set<number>();
  for (const g of goals) {
    if (g.measures.length === 0 && g.deadline) years.add(g.deadline.year);
    for (const m of g.measures) if (m.target?.deadline) years.add(m.target.deadline.year);
  }
  for (const i of initiatives) {
    for (const t of i.targets) if (t.deadline) years.add(t.deadline.year);
    for (const c of i.successCriteria) if (c.target?.deadline) years.add(c.target.deadline.year);
  }
  return [...years].sort((a, b) => a - b);
}
