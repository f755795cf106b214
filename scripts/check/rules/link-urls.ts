// The link collection only holds web addresses: no javascript:, mailto: or relative paths.
import type { Rule } from '../context.ts';

export const linkUrls: Rule = {
  id: 'link-urls',
  run: (ctx) =>
    ctx.inCollection('lankar').flatMap((e) => {
      const url = e.raw?.url;
      if (typeof url !== 'string' || /^https?:\/\/[^/\s]+\.[^/\s]+/i.test(url.trim())) return [];
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1];
      return [
        ctx.atField(
          'link-urls',
          e,
          ['url'],
          scheme && !/^https?$/i.test(scheme)
            ? `"${url}" är ingen webbadress: ${scheme}: är inte tillåtet i länksamlingen`
            : `"${url}" är ingen fullständig webbadress`,
          'skriv hela adressen med https:// först, till exempel https://www.migrationsverket.se/',
        ),
      ];
    }),
};
