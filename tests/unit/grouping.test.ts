import { expect, it } from 'vitest';
import { groupInOrder, sortedOptions } from '../../src/lib/grouping.ts';

it('groups in key order, sorts and drops empty groups', () => {
  const items = [
    { k: 'b', n: 2 },
    { k: 'a', n: 3 },
    { k: 'b', n: 1 },
  ];
  expect(
    groupInOrder(
      ['a', 'c', 'b'],
      items,
      (i) => i.k,
      (x, y) => x.n - y.n,
    ),
  ).toEqual([
    { key: 'a', items: [{ k: 'a', n: 3 }] },
    {
      key: 'b',
      items: [
        { k: 'b', n: 1 },
        { k: 'b', n: 2 },
      ],
    },
  ]);
});

it('makes distinct options sorted in Swedish order', () => {
  expect(sortedOptions(['o', 'a', 'ö', 'a'], (v) => v.toUpperCase())).toEqual([
    { value: 'a', label: 'A' },
    { value: 'o', label: 'O' },
    { value: 'ö', label: 'Ö' },
  ]);
});
