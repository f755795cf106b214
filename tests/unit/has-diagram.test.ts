import { expect, it } from 'vitest';
import { hasDiagram } from '../../src/lib/has-diagram.ts';

it('finds Mermaid fences and nothing else', () => {
  expect(hasDiagram('Text\n\n```mermaid\nflowchart LR\n```\n')).toBe(true);
  expect(hasDiagram('  ~~~ mermaid\nx\n~~~')).toBe(true);
  expect(hasDiagram('```js\nconst mermaid = 1\n```')).toBe(false);
  expect(hasDiagram('Ordet mermaid i text')).toBe(false);
  expect(hasDiagram(undefined)).toBe(false);
});
