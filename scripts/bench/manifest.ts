// A minimal corpus manifest for `--corpus DIR` folders that come without one:
// the shared measuring scripts need the page slugs and a typical sample page.
import { statSync } from 'node:fs';
import path from 'node:path';

export interface MinimalManifest {
  count: number;
  samplePage: string;
  pages: { slug: string; url: string; bytes: number; hasMermaid: boolean }[];
}

/** Sample page = the median-size page, as gen-corpus.mjs picks it (sizes given in slug order). */
export function buildManifest(pages: { slug: string; bytes: number; hasMermaid?: boolean }[]): MinimalManifest {
  if (!pages.length) throw new Error('the corpus has no .md pages');
  const bySize = [...pages].sort((a, b) => a.bytes - b.bytes || a.slug.localeCompare(b.slug));
  return {
    count: pages.length,
    samplePage: bySize[(bySize.length - 1) >> 1].slug,
    pages: pages.map((p) => ({ slug: p.slug, url: `/${p.slug}/`, bytes: p.bytes, hasMermaid: !!p.hasMermaid })),
  };
}

export const pageSizes = (corpusDir: string, slugs: string[]) =>
  slugs.map((slug) => ({ slug, bytes: statSync(path.join(corpusDir, `${slug}.md`)).size }));
