// The committed JSON Schemas in .vscode/schemas/ match the declarations: a
// change to a schema or a field's help without `npm run schemas` fails here.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../scripts/json-schemas.ts';

const HINT = 'JSON-schemat för VS Code är inaktuellt: kör npm run schemas och checka in .vscode/';

describe('JSON Schemas for VS Code', () => {
  const schemas = jsonSchemas();
  for (const s of schemas)
    it(`${s.file} is up to date`, () => {
      expect(existsSync(s.file), HINT).toBe(true);
      expect(readFileSync(s.file, 'utf8'), HINT).toBe(s.text);
    });

  it('describes every field with its Swedish help', () => {
    const aktorer = JSON.parse(schemas[0].text) as { properties: Record<string, { description?: string }> };
    expect(Object.values(aktorer.properties).every((p) => (p.description ?? '').length > 5)).toBe(true);
  });

  it('maps every YAML type in .vscode/settings.json', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': object };
    const mapped = settings['yaml.schemas'] as Record<string, string>;
    for (const s of schemas.filter((x) => x.yaml)) expect(mapped[`./${s.file}`], HINT).toBe(s.glob);
  });
});
