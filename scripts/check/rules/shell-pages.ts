// The menu, the footer and the feedback link sit on every page and point at a few
// content pages (Om metodstödet, Kontakt, Tillgänglighetsredogörelse). Renaming or
// deleting one of them would leave a broken link on every page, so the check says so
// at once. Only for a content folder that makes a whole site: one with a start page.
import { SHELL_PATHS } from '../../../src/lib/nav.ts';
import type { Rule } from '../context.ts';

export const shellPages: Rule = {
  id: 'shell-pages',
  run: (ctx) => {
    const start = ctx.find('avsnitt', 'start');
    if (!start) return [];
    const pages = ctx.site().pages;
    return SHELL_PATHS.filter((p) => !pages.has(p)).map((p) => ({
      rule: 'shell-pages',
      file: start.file,
      line: 1,
      field: 'sida',
      message: `menyn eller sidfoten länkar på varje sida till ${p}, men den sidan finns inte`,
      fix: `ge sidan tillbaka adressen ${p} (filen content/sidor/${p.replace(/^\/|\/$/g, '')}.mdx), eller be en utvecklare ändra länkarna i src/lib/nav.ts`,
    }));
  },
};
