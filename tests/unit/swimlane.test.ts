import { describe, expect, it } from 'vitest';
import { layoutSwimlane } from '../../src/lib/swimlane.ts';

const s = (id: string, phase: string, ...actors: string[]) => ({ id, phase, actors });

describe('layoutSwimlane', () => {
  const steps = [
    s('a1', 'p1', 'unhcr', 'mv'),
    s('a2', 'p1', 'mv'),
    s('b1', 'p2', 'mv'),
    s('b2', 'p2', 'mv', 'intro'),
    s('b3', 'p2', 'intro'),
    s('c1', 'p3', 'mv'),
  ];
  const layout = layoutSwimlane(['p1', 'p2', 'p3'], steps);

  it('makes one lane per leading actor, in order of first appearance', () => {
    expect(layout.lanes.map((l) => l.actor)).toEqual(['unhcr', 'mv', 'intro']);
  });

  it('gives a lane as many rows as its fullest phase', () => {
    expect(layout.lanes).toEqual([
      { actor: 'unhcr', row: 1, span: 1 },
      { actor: 'mv', row: 2, span: 2 },
      { actor: 'intro', row: 4, span: 1 },
    ]);
    expect(layout.rows).toBe(4);
  });

  it('numbers steps in reading order and places them in phase column and lane row', () => {
    expect(layout.steps.map((p) => [p.id, p.number, p.column, p.row])).toEqual([
      ['a1', 1, 1, 1],
      ['a2', 2, 1, 2],
      ['b1', 3, 2, 2],
      ['b2', 4, 2, 3],
      ['b3', 5, 2, 4],
      ['c1', 6, 3, 2],
    ]);
  });

  it('never puts two steps in the same cell', () => {
    const cells = layout.steps.map((p) => `${p.column}/${p.row}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('lists co-actors without the lane actor', () => {
    expect(layout.steps.find((p) => p.id === 'b2')).toMatchObject({ lane: 'mv', coActors: ['intro'] });
    expect(layout.steps.find((p) => p.id === 'a2')?.coActors).toEqual([]);
  });

  it('keeps empty phases as columns', () => {
    const l = layoutSwimlane(['p1', 'tom', 'p2'], [s('x', 'p2', 'a')]);
    expect(l.columns).toEqual(['p1', 'tom', 'p2']);
    expect(l.steps[0].column).toBe(3);
  });

  it('handles no steps', () =>
    expect(layoutSwimlane(['p1'], [])).toEqual({ columns: ['p1'], lanes: [], steps: [], rows: 0 }));

  it('rejects a step in an unknown phase or without actors', () => {
    expect(() => layoutSwimlane(['p1'], [s('x', 'okand', 'a')])).toThrow(/okänd fas: x/);
    expect(() => layoutSwimlane(['p1'], [s('y', 'p1')])).toThrow(/utan aktör: y/);
  });
});
