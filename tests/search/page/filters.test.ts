import { describe, expect, it } from 'vitest';
import { activeCount, CHIPS, groupLayout, toFilters } from '../../../src/search/page/filters';

describe('filters', () => {
  it('turns the chosen values into Pagefind filters, leaving one group out on request', () => {
    const chosen = { type: ['indsats'], kommune: ['hilleroed', 'vejle'] };
    expect(toFilters(chosen)).toEqual({ type: { any: ['indsats'] }, kommune: { any: ['hilleroed', 'vejle'] } });
    expect(toFilters(chosen, 'kommune')).toEqual({ type: { any: ['indsats'] } });
    expect(activeCount(chosen)).toBe(3);
    expect(activeCount({})).toBe(0);
  });

  it('shows values with results and chosen ones; hides a group with neither', () => {
    const layout = groupLayout(
      [
        { value: 'a', n: 0, on: false },
        { value: 'b', n: 3, on: false },
        { value: 'c', n: 0, on: true },
      ],
      false,
    );
    expect([...layout.visible].sort()).toEqual(['b', 'c']);
    expect(layout).toMatchObject({ available: 2, hidden: false, toggle: false });
    expect(groupLayout([{ value: 'a', n: 0, on: false }], false)).toMatchObject({ hidden: true, available: 0 });
  });

  it('folded, shows the chosen values and then those with the most results, up to CHIPS', () => {
    const rows = Array.from({ length: CHIPS + 3 }, (_, i) => ({ value: `v${i}`, n: i + 1, on: i === 0 }));
    const folded = groupLayout(rows, false);
    expect(folded.visible.size).toBe(CHIPS);
    expect(folded.visible.has('v0')).toBe(true); // chosen, though it has the fewest results
    expect(folded.visible.has('v1')).toBe(false);
    expect(folded.visible.has(`v${CHIPS + 2}`)).toBe(true);
    expect(folded.toggle).toBe(true);
    expect(groupLayout(rows, true).visible.size).toBe(CHIPS + 3);
  });
});
