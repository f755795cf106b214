// Two entries of one type with the same title (or name, or term) confuse readers and search.
import type { Rule } from '../context.ts';
import type { Entry } from '../load.ts';
import { CONTENT_TYPES } from '../../../src/content-types/index.ts';

const TITLE_KEYS = ['title', 'name', 'term'] as const;
const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

export const duplicateTitles: Rule = {
  id: 'duplicate-titles',
  run: (ctx) =>
    CONTENT_TYPES.flatMap((c) => {
      const seen = new Map<string, Entry>();
      return ctx.inCollection(c.name).flatMap((e) => {
        const key = TITLE_KEYS.find((k) => typeof e.raw?.[k] === 'string');
        if (!key) return [];
        const title = norm(String(e.raw![key]));
        const first = seen.get(title);
        if (!first) {
          seen.set(title, e);
          return [];
        }
        return [
          ctx.atField(
            'duplicate-titles',
            e,
            [key],
            `samma ${key === 'name' ? 'namn' : key === 'term' ? 'term' : 'titel'} "${String(e.raw![key])}" som ${first.rel}`,
            'ge posten en titel som skiljer den från den andra, eller slå ihop dem',
          ),
        ];
      });
    }),
};
