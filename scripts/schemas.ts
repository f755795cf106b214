// npm run schemas: writes .vscode/schemas/<typ>.json from the declarations in
// src/content-types/, and maps the YAML types in .vscode/settings.json, so VS
// Code (with the YAML extension) completes and checks fields as editors type.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SCHEMA_DIR, jsonSchemas } from './json-schemas.ts';

mkdirSync(SCHEMA_DIR, { recursive: true });
const schemas = jsonSchemas();
for (const s of schemas) writeFileSync(s.file, s.text);

const settingsFile = '.vscode/settings.json';
const settings = existsSync(settingsFile)
  ? (JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>)
  : {};
settings['yaml.schemas'] = Object.fromEntries(schemas.filter((s) => s.yaml).map((s) => [`./${s.file}`, s.glob]));
writeFileSync(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
console.log(`Skrev ${schemas.length} scheman i ${SCHEMA_DIR}/ och kopplade YAML-typerna i ${settingsFile}.`);
