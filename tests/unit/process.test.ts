import { describe, expect, it } from 'vitest';
import { flattenSteps, groupByPhase } from '../../src/lib/process.ts';

const phase = (id: string, order: number) => ({ id, data: { order, title: id } });
const step = (id: string, p: string, order: number) => ({ id, data: { order, phase: { id: p } } });
const phases = [phase('b', 2), phase('a', 1)];
const steps = [step('s3', 'b', 1), step('s2', 'a', 2), step('s1', 'a', 1)];

describe('groupByPhase', () => {
  it('orders phases and steps', () => {
    expect(groupByPhase(phases, steps).map((g) => [g.phase.id, g.steps.map((s) => s.id)])).toEqual([
      ['a', ['s1', 's2']],
      ['b', ['s3']],
    ]);
  });
  it('rejects a step in an unknown phase', () =>
    expect(() => groupByPhase(phases, [step('x', 'okand', 1)])).toThrow(/okänd fas/));
});

it('flattens in reading order', () => expect(flattenSteps(phases, steps).map((s) => s.id)).toEqual(['s1', 's2', 's3']));
