// File names become ids and addresses: they must be clean (a–z, 0–9, -) and
// unique within a content type. Astro lowercases ids, so "Tolk.yaml" and
// "tolk.yml" would be the same entry and one of them would vanish.
import path from 'node:path';
import type { Rule } from '../context.ts';
import type { Entry } from '../load.ts';
import { isSlug, slugify } from '../../../src/lib/slug.ts';

export const slugs: Rule = {
  id: 'slugs',
  run: (ctx) => {
    const problems = [];
    const seen = new Map<string, Entry>();
    for (const e of ctx.entries) {
      const base = { rule: 'slugs', file: e.file, line: 1, field: 'filnamn' };
      const name = path.basename(e.rel).replace(/\.[^.]+$/, '');
      if (!isSlug(name)) {
        const better = slugify(name) || 'ny-sida';
        problems.push({
          ...base,
          message: `filnamnet "${path.basename(e.rel)}" får bara innehålla a–z, 0–9 och bindestreck (inga versaler, mellanslag eller å, ä, ö)`,
          fix: `byt namn på filen till "${better}${path.extname(e.rel)}" och rätta hänvisningar till den`,
        });
      }
      const key = `${e.collection.name}/${e.id.toLowerCase()}`;
      const first = seen.get(key);
      if (first)
        problems.push({
          ...base,
          message: `får samma id "${e.id}" som ${first.rel}: bara en av dem kommer med på webbplatsen`,
          fix: 'byt namn på den ena filen eller slå ihop dem',
        });
      else seen.set(key, e);
    }
    return problems;
  },
};
