// The same web address twice in the link collection.
import type { Rule } from '../context.ts';
import type { Entry } from '../load.ts';

/** Same page regardless of http/https, www., letter case of the host or a trailing slash. */
export function urlKey(url: string): string | undefined {
  try {
    const u = new URL(url.trim());
    if (!/^https?:$/.test(u.protocol)) return undefined;
    return `${u.hostname.toLowerCase().replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return undefined;
  }
}

export const duplicateUrls: Rule = {
  id: 'duplicate-urls',
  run: (ctx) => {
    const seen = new Map<string, Entry>();
    return ctx.inCollection('lankar').flatMap((e) => {
      const key = typeof e.raw?.url === 'string' ? urlKey(e.raw.url) : undefined;
      if (!key) return [];
      const first = seen.get(key);
      if (!first) {
        seen.set(key, e);
        return [];
      }
      return [
        ctx.atField(
          'duplicate-urls',
          e,
          ['url'],
          `samma adress finns redan i ${first.rel}`,
          'ta bort den ena posten eller slå ihop dem till en',
        ),
      ];
    });
  },
};
