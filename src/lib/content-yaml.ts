// YAML read the way Astro's content layer reads it (js-yaml's default schema:
// YAML 1.2 core plus timestamps and merge keys), with the `yaml` package, which
// also gives positions. One reader for the build steps outside Astro and the checker.
import {
  LineCounter,
  parseDocument,
  type Document,
  type ParseOptions,
  type DocumentOptions,
  type SchemaOptions,
} from 'yaml';

export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  customTags: ['timestamp'],
  merge: true,
  // Duplicate keys are an error in js-yaml too.
  uniqueKeys: true,
};

export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
}

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter: lines, prettyErrors: false });
  return { doc, lines };
}

/** The data of a YAML text; throws on the first syntax error. */
export function readYaml(text: string): unknown {
  const { doc } = parseYaml(text);
  if (doc.errors.length) throw doc.errors[0];
  return doc.toJS();
}
