// Reads the glossary straight from content/begrepp/*.yaml, for build steps
// that run outside Astro's content layer (Markdown plugins, the search index).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { GlossaryTerm } from '../lib/glossary-match.ts';

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
        synonyms: d.synonyms ?? [],
        definition: d.definition,
      };
    });
}
