// The site's pages and the #anchors on each, as far as content decides them:
// heading ids (github-slugger, as Astro makes them), the address of each
// entry, and the anchors each content type's declaration says its pages give.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { contentType } from '../../src/content-types/index.ts';
import type { Entry } from './load.ts';

export interface SiteIndex {
  /** Site path ("/kontakt/") → ids that may follow "#" on that page. */
  pages: Map<string, Set<string>>;
}

/** Ids every page has: the main landmark (Base.astro) and the search field (SiteHeader.astro). */
const EVERY_PAGE = ['innehall', 'sok-falt'];

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

/** The parsed data of a valid entry, undefined for one the schema rejects. */
export type DataOf = (entry: Entry) => unknown;

export function buildSiteIndex(entries: Entry[], root: string, dataOf: DataOf): SiteIndex {
  const pages = new Map<string, Set<string>>();
  const page = (p: string) => {
    if (!pages.has(p)) pages.set(p, new Set(EVERY_PAGE));
    return pages.get(p)!;
  };
  for (const p of staticPages(path.join(root, 'src/pages'))) page(p);
  for (const e of entries) {
    const [p, anchor] = e.collection.path(e.id).split('#');
    const ids = page(p);
    for (const id of anchor ? [anchor] : headingIds(e)) ids.add(id);
  }
  // Anchors a type's pages give its entries, on pages that exist (a dangling reference makes none).
  const helpers = { pathOf: (collection: string, id: string) => contentType(collection)?.path(id) ?? '' };
  for (const e of entries) {
    const data = dataOf(e);
    if (data === undefined || !e.collection.anchors) continue;
    for (const { path: p, ids } of e.collection.anchors({ id: e.id, data }, helpers))
      for (const id of ids) pages.get(p)?.add(id);
  }
  return { pages };
}
