// A new entry of a content type, written from its declaration: every field
// with its Swedish help as a comment and its example as the value (optional
// fields commented out). Pure: ids and today come from the caller.
import type { ContentType, FieldHelp, ScaffoldInput } from '../../src/content-types/define.ts';

const comment = (text: string) =>
  text
    .split('\n')
    .map((l) => `# ${l}`)
    .join('\n');

function field(key: string, f: FieldHelp, input: ScaffoldInput): string {
  const value = typeof f.example === 'function' ? f.example(input) : f.example;
  const line = `${key}:${value.startsWith('\n') ? '' : ' '}${value}`;
  return `${comment(f.help)}\n${f.commented ? comment(line) : line}`;
}

/** The YAML of every field of the type, in declaration order. */
export const scaffoldFields = (type: ContentType, input: ScaffoldInput) =>
  Object.entries(type.fields as Record<string, FieldHelp>)
    .map(([key, f]) => field(key, f, input))
    .join('\n');

/** The whole file: plain YAML, or frontmatter and text for Markdown types. */
export function scaffold(type: ContentType, input: ScaffoldInput): string {
  const fields = scaffoldFields(type, input);
  if (!type.body) return `${fields}\n`;
  const help = type.bodyHelp ? `\n${comment(type.bodyHelp)}` : '';
  return `---\n${fields}${help}\n---\n${type.body(input)}`;
}

/** What `npm run new` writes: the type's first extension. */
export const scaffoldExtension = (type: ContentType) => type.extensions[0];
