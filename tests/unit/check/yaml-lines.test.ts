import { describe, expect, it } from 'vitest';
import { lineOf } from '../../../scripts/check/yaml-lines.ts';

const yaml = [
  'title: Modell', // 0
  'summary: >-', // 1
  '  Lång text med title: i sig', // 2
  'parties:', // 3
  '  - intro-stockholm', // 4
  '  - sdf', // 5
  'steps:', // 6
  '  - title: Ett', // 7
  '    responsible: a', // 8
  '  # kommentar', // 9
  '  - title: Två', // 10
  '    responsible: b', // 11
  'tags:', // 12
  '- samverkan', // 13
  '- ekonomi', // 14
  'sources: [a, b]', // 15
  'owner: x', // 16
].join('\n');

describe('lineOf', () => {
  it('finds a top-level key', () => expect(lineOf(yaml, ['owner'])).toBe(16));
  it('ignores keys inside block text', () => expect(lineOf(yaml, ['summary'])).toBe(1));
  it('finds list items', () => expect(lineOf(yaml, ['parties', 1])).toBe(5));
  it('finds keys inside list items, skipping comments', () => {
    expect(lineOf(yaml, ['steps', 1, 'responsible'])).toBe(11);
    expect(lineOf(yaml, ['steps', 0, 'title'])).toBe(7);
  });
  it('handles lists at the same indentation as their key', () => expect(lineOf(yaml, ['tags', 1])).toBe(14));
  it('falls back to the enclosing key for flow lists', () => expect(lineOf(yaml, ['sources', 1])).toBe(15));
  it('points a missing field at its parent', () => expect(lineOf(yaml, ['steps', 0, 'handover'])).toBe(7));
  it('gives -1 for a missing top-level field', () => expect(lineOf(yaml, ['reviewed'])).toBe(-1));
  it('does not mistake a nested key for a top-level one', () => expect(lineOf(yaml, ['responsible'])).toBe(-1));
});
