import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/lib/content-yaml.ts';
import { lineOf, writtenAt } from '../../../scripts/check/yaml-positions.ts';

const text = [
  'title: Modell', // 1
  'summary: >-', // 2
  '  Lång text med title: i sig', // 3
  'parties:', // 4
  '  - intro-stockholm', // 5
  '  - sdf', // 6
  'steps:', // 7
  '  - title: Ett', // 8
  '    responsible: a', // 9
  '  # kommentar', // 10
  '  - title: Två', // 11
  '    responsible: b', // 12
  'tags:', // 13
  '- samverkan', // 14
  '- ekonomi', // 15
  'sources: [a,', // 16
  '  b]', // 17
  'owner: x', // 18
  'reviewed: "2026-02-30"', // 19
].join('\n');
const parsed = parseYaml(text);
const at = (...path: PropertyKey[]) => lineOf(parsed, path);

describe('lineOf', () => {
  it('finds a top-level key', () => expect(at('owner')).toBe(18));
  it('ignores keys inside block text', () => expect(at('summary')).toBe(2));
  it('finds list items', () => expect(at('parties', 1)).toBe(6));
  it('finds keys inside list items, skipping comments', () => {
    expect(at('steps', 1, 'responsible')).toBe(12);
    expect(at('steps', 0, 'title')).toBe(8);
  });
  it('handles lists at the same indentation as their key', () => expect(at('tags', 1)).toBe(15));
  it('finds items of flow lists on their own line', () => expect(at('sources', 1)).toBe(17));
  it('points a missing field at its parent', () => expect(at('steps', 0, 'handover')).toBe(8));
  it('gives undefined for a missing top-level field', () => expect(at('reviewBy')).toBeUndefined());
  it('does not mistake a nested key for a top-level one', () => expect(at('responsible')).toBeUndefined());
});

it('writtenAt gives a value as written', () => {
  expect(writtenAt(parsed, text, ['reviewed'])).toBe('"2026-02-30"');
  expect(writtenAt(parsed, text, ['steps', 1, 'title'])).toBe('Två');
  expect(writtenAt(parsed, text, ['nothing'])).toBeUndefined();
});
