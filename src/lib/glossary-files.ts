// Reads the glossary straight from content/begrepp/*.yaml, for build steps
// that run outside Astro's content layer (Markdown plugins, the search index).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { GlossaryTerm } from './glossary-match.ts';

export function loadGlossary(dir: string): GlossaryTerm[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => {
      const d = yaml.load(readFileSync(path.join(dir, f), 'utf8')) as Omit<GlossaryTerm, 'id'>;
      return {
        id: f.replace(/\.ya?ml$/, ''),
        term: d.term,
        abbreviation: d.abbreviation,
        forms: d.forms ?? [],
        definition: d.definition,
      };
    });
}

/**
 * A hash of what the glossary marking uses (ids, terms, forms, definitions):
 * changes exactly when every page's marks may change.
 */
export function glossaryDigest(dir: string): string {
  const terms = loadGlossary(dir).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(terms)).digest('hex').slice(0, 16);
}
