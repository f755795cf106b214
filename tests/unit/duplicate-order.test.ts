import { describe, expect, it } from 'vitest';
import { duplicateOrders, formatClashes } from '../../src/lib/duplicate-order.ts';

const step = (id: string, phase: unknown, order: number) => ({
  collection: 'processkarta',
  id,
  file: `${id}.yaml`,
  data: { phase, order },
});

describe('duplicateOrders', () => {
  it('finds two steps of one phase with the same order, as ids or as references', () => {
    const clashes = duplicateOrders([
      step('a', 'f', 1),
      step('b', { collection: 'faser', id: 'f' }, 1),
      step('c', 'g', 1),
    ]);
    expect(clashes.map((c) => [c.entry.id, c.first.id, c.list])).toEqual([['b', 'a', 'fasen f']]);
    expect(formatClashes(clashes)).toMatch(/^b\.yaml {2}order {2}order 1 finns redan i fasen f \(a\.yaml\).*→/);
  });
  it('finds phases sharing an order', () => {
    const phase = (id: string, order: number) => ({ collection: 'faser', id, file: id, data: { order } });
    expect(duplicateOrders([phase('x', 1), phase('y', 1), phase('z', 2)])).toHaveLength(1);
  });
  it('leaves lists with a default order and a title tie-break alone', () => {
    const item = (id: string) => ({ collection: 'checklista', id, file: id, data: { area: 'boende', order: 100 } });
    expect(duplicateOrders([item('a'), item('b')])).toEqual([]);
  });
  it('ignores entries without a numeric order (the schema reports those)', () => {
    expect(
      duplicateOrders([
        step('a', 'f', 1),
        { ...step('b', 'f', 1), data: { phase: 'f', order: '1' } },
        { ...step('c', 'f', 1), data: null },
      ]),
    ).toEqual([]);
  });
});
