// JSON Schemas for VS Code from the content-type declarations: each schema is
// the type's Zod schema as editors write it (input side), with each field's
// Swedish help as its description. `npm run schemas` writes them.
import { z } from 'astro/zod';
import { CONTENT_TYPES } from '../src/content-types/index.ts';
import { anyRef } from '../src/schemas/ref.ts';

export const SCHEMA_DIR = '.vscode/schemas';

type JsonSchema = { properties?: Record<string, Record<string, unknown>> } & Record<string, unknown>;

/** The schema of one type, as JSON text (what the committed file holds). */
export function jsonSchemaText(name: string): string {
  const type = CONTENT_TYPES.find((t) => t.name === name);
  if (!type) throw new Error(`okänd innehållstyp ${name}`);
  const schema = z.toJSONSchema(type.schema(anyRef), { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const fields = type.fields as Record<string, { help: string }>;
  for (const [key, prop] of Object.entries(schema.properties ?? {}))
    if (fields[key]) prop.description = fields[key].help;
  const out = { title: `${type.labels.singular} (content/${type.folder}/)`, ...schema };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Every type: file name under .vscode/schemas/, its text, and the files it applies to. */
export const jsonSchemas = () =>
  CONTENT_TYPES.map((t) => {
    // MDX frontmatter has no standard schema mapping in VS Code: only YAML files are mapped.
    const yaml = t.extensions.filter((e) => e === 'yaml' || e === 'yml');
    return {
      file: `${SCHEMA_DIR}/${t.name}.json`,
      text: jsonSchemaText(t.name),
      yaml: yaml.length > 0,
      glob: `content/${t.folder}/**/*.${yaml.length > 1 ? `{${yaml.join(',')}}` : yaml[0]}`,
    };
  });
