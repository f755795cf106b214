import { describe, expect, it } from 'vitest';
import { collectRefs, findDangling, formatDangling } from '../../src/lib/integrity.ts';

const entries = [
  { collection: 'aktorer', id: 'intro-stockholm', data: { name: 'Intro Stockholm' } },
  {
    collection: 'samverkansmodeller',
    id: 'm',
    filePath: 'content/samverkansmodeller/m.mdx',
    data: {
      parties: [
        { collection: 'aktorer', id: 'intro-stockholm' },
        { collection: 'aktorer', id: 'saknas' },
      ],
      reviewed: new Date(),
    },
  },
];

describe('collectRefs', () => {
  it('finds nested references with their field path', () => {
    expect(collectRefs({ a: [{ b: { collection: 'x', id: 'y' } }] })).toEqual([
      { field: 'a[0].b', ref: { collection: 'x', id: 'y' } },
    ]);
  });
  it('ignores dates and plain values', () => expect(collectRefs({ d: new Date(), n: 1, s: 's' })).toEqual([]));
});

describe('findDangling', () => {
  it('reports only references to missing entries, with file and field', () => {
    const found = findDangling(entries);
    expect(found).toEqual([
      { file: 'content/samverkansmodeller/m.mdx', field: 'parties[1]', ref: { collection: 'aktorer', id: 'saknas' } },
    ]);
    expect(formatDangling(found)).toContain('"saknas" finns inte i aktorer');
  });
  it('is empty when everything resolves', () => expect(findDangling(entries.slice(0, 1))).toEqual([]));
});
