// Finds the Mermaid diagrams of the content files before the build renders
// them, so Chromium can draw them while Astro starts up and syncs content
// (the Markdown pipeline then finds them done instead of waiting in turn).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diagramHash } from './rehype-mermaid.ts';

const FENCE = /^(`{3,}|~{3,})mermaid[^\S\n]*\n([\s\S]*?)\n\1[^\S\n]*$/gm;

/**
 * Sources of top-level ```mermaid fences, as the Markdown pipeline sees them
 * (with the trailing newline). Fences inside lists are left to the pipeline.
 */
export function mermaidFences(markdown: string): string[] {
  return [...markdown.replace(/\r\n/g, '\n').matchAll(FENCE)].map((m) => `${m[2]}\n`);
}

/** Diagrams in content/**\/*.md(x) without an SVG in the cache yet, in file order. */
export function uncachedDiagrams(contentDir: string, cacheDir: string, version: string) {
  const out: { hash: string; source: string }[] = [];
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f)).sort();
  for (const f of files) {
    for (const source of mermaidFences(readFileSync(path.join(contentDir, f), 'utf8'))) {
      const hash = diagramHash(source, version);
      if (!existsSync(path.join(cacheDir, `${hash}.svg`)) && !out.some((d) => d.hash === hash)) out.push({ hash, source });
    }
  }
  return out;
}
