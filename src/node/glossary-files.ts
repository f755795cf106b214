// The glossary straight from content/begrepp/, for build steps that run
// outside Astro's content layer (Markdown plugins, the search index):
// the files its declaration names, validated with the same schema.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { begrepp } from '../content-types/begrepp.ts';
import { anyRef } from '../schemas/ref.ts';
import { readYaml } from '../lib/content-yaml.ts';
import type { GlossaryTerm } from '../lib/glossary-match.ts';

const schema = begrepp.schema(anyRef);

/** Every valid term in the folder (an invalid one fails the build in the content layer). */
export function loadGlossary(dir: string): GlossaryTerm[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => begrepp.extensions.includes(path.extname(f).slice(1)))
    .sort()
    .flatMap((f) => {
      const parsed = schema.safeParse(readYaml(readFileSync(path.join(dir, f), 'utf8')));
      return parsed.success ? [{ id: begrepp.id(f.split(path.sep).join('/')), ...parsed.data }] : [];
    });
}
