// The site's pages and the #anchors on each, as far as content decides them:
// heading ids (github-slugger, as Astro makes them) and the ids the page
// templates in src/pages give list entries and fixed sections.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { alphabetGroups } from '../../src/lib/alphabet.ts';
import { entryPath } from '../../src/lib/urls.ts';
import { ACTOR_KINDS } from '../../src/schemas/aktor.ts';
import { CHECKLIST_AREAS } from '../../src/schemas/checklista.ts';
import { LINK_CATEGORIES } from '../../src/schemas/lank.ts';
import type { Entry } from './load.ts';

export interface SiteIndex {
  /** Site path ("/kontakt/") → ids that may follow "#" on that page. */
  pages: Map<string, Set<string>>;
}

/** Ids every page has (Base.astro, Sources.astro). */
const EVERY_PAGE = ['innehall', 'kallor'];
/** Fixed section ids in src/pages/samverkansmodeller/[id].astro. */
const MODEL_PAGE = ['steg', 'i-processen'];

/** Pages that come from src/pages/ itself rather than from content (/sok/ …). */
function staticPages(pagesDir: string): string[] {
  if (!existsSync(pagesDir)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.name.endsWith('.astro') && !p.includes('[') && d.name !== '404.astro') {
        const rel = path
          .relative(pagesDir, p)
          .split(path.sep)
          .join('/')
          .replace(/(^|\/)?index\.astro$/, '')
          .replace(/\.astro$/, '');
        out.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(pagesDir);
  return out;
}

/** Heading ids of an MDX body, in the order Astro's slugger hands them out. */
export function headingIds(entry: Entry): string[] {
  if (!entry.tree) return [];
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(entry.tree, 'heading', (h: Heading) => {
    ids.push(slugger.slug(toString(h)));
  });
  return ids;
}

export function buildSiteIndex(entries: Entry[], root: string): SiteIndex {
  const pages = new Map<string, Set<string>>();
  const page = (p: string) => {
    if (!pages.has(p)) pages.set(p, new Set(EVERY_PAGE));
    return pages.get(p)!;
  };
  const add = (p: string, ids: Iterable<string>) => {
    const set = page(p);
    for (const id of ids) set.add(id);
  };
  for (const p of staticPages(path.join(root, 'src/pages'))) page(p);

  for (const e of entries) {
    const [p, anchor] = entryPath(e.collection.name, e.id).split('#');
    if (anchor) add(p, [anchor]);
    else add(p, headingIds(e));
    if (e.collection.name === 'samverkansmodeller') add(p, MODEL_PAGE);
    if (e.collection.name === 'processkarta') add('/processkarta/', [e.id]);
  }
  add(
    '/checklista/',
    Object.keys(CHECKLIST_AREAS).map((a) => `omrade-${a}`),
  );
  add(
    '/lankar/',
    Object.keys(LINK_CATEGORIES).map((c) => `kategori-${c}`),
  );
  add(
    '/aktorer/',
    Object.keys(ACTOR_KINDS).map((k) => `typ-${k}`),
  );
  const terms = entries.filter((e) => e.collection.name === 'begrepp' && typeof e.raw?.term === 'string');
  add(
    '/begrepp/',
    alphabetGroups(terms, (t) => String(t.raw!.term)).map((g) => `bokstav-${g.letter}`),
  );
  return { pages };
}
