// The running text of an entry, as blocks with their line in the file: the
// body's paragraphs, headings and table cells (not code, diagrams or tags'
// attributes) and the YAML fields its declaration marks as prose.
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import type { FieldHelp } from '../../../src/content-types/define.ts';
import type { Entry } from '../load.ts';
import { lineOf } from '../yaml-positions.ts';

export interface Block {
  text: string;
  /** 1-based line in the file where the block starts. */
  line: number;
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const NOT_TEXT = new Set(['code', 'inlineCode', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'math']);

function bodyBlocks(entry: Entry): Block[] {
  if (!entry.tree) return [];
  const out: Block[] = [];
  const start = entry.bodyLine ?? 1;
  visit(entry.tree, (n: Nodes) => {
    if (NOT_TEXT.has(n.type)) return SKIP;
    if (!BLOCKS.has(n.type)) return undefined;
    const text = textOf(n);
    if (text.trim()) out.push({ text, line: start + (n.position?.start.line ?? 1) - 1 });
    return SKIP;
  });
  return out;
}

/** A block's text without inline code (which is not language). */
function textOf(n: Nodes): string {
  if (n.type === 'inlineCode' || n.type === 'html') return ' ';
  if ('children' in n) return (n.children as Nodes[]).map(textOf).join('');
  return toString(n);
}

function yamlBlocks(entry: Entry): Block[] {
  const raw = entry.raw;
  if (!raw || !entry.parsed) return [];
  const parsed = entry.parsed;
  const out: Block[] = [];
  const at = (path: PropertyKey[]) => entry.yamlLine + (lineOf(parsed, path) ?? 1) - 1;
  const add = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string' && value.trim()) out.push({ text: value, line: at(path) });
  };
  const fields: Record<string, FieldHelp> = entry.collection.fields;
  for (const [field, { prose }] of Object.entries(fields)) {
    if (!prose) continue;
    const value = raw[field];
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item: unknown, i) => {
      const path = Array.isArray(value) ? [field, i] : [field];
      if (prose === true) add(item, path);
      else if (item && typeof item === 'object')
        for (const key of prose) add((item as Record<string, unknown>)[key], [...path, key]);
    });
  }
  return out;
}

/** Everything a reader reads of the entry itself (not navigation): prose fields first, then the body. */
export const proseOf = (entry: Entry): Block[] => [...yamlBlocks(entry), ...bodyBlocks(entry)];

/** The line of a word at `offset` in a block that may span lines. */
export const lineAt = (block: Block, offset: number) =>
  block.line + (block.text.slice(0, offset).match(/\n/g)?.length ?? 0);
