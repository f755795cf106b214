// Files that cannot be read at all: broken YAML, missing frontmatter, broken MDX.
import type { Rule } from '../context.ts';

export const syntax: Rule = {
  id: 'syntax',
  run: (ctx) => ctx.entries.flatMap((e) => e.syntax.map((s) => ({ rule: 'syntax', file: e.file, ...s }))),
};
