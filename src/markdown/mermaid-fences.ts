// Finds the Mermaid diagrams of the content files before the build renders
// them, so Chromium can draw them while Astro starts up and syncs content
// (the Markdown pipeline then finds them done instead of waiting in turn).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diagramHash } from './diagram-store.ts';

const FENCE = /^(`{3,}|~{3,})mermaid[^\S\n]*\n([\s\S]*?)\n\1[^\S\n]*$/gm;

/**
 * Sources of top-level ```mermaid fences, as the Markdown pipeline sees them
 * (with the trailing newline). Fences inside lists are left to the pipeline.
 */
export function mermaidFences(markdown: string): string[] {
  return [...markdown.replace(/\r\n/g, '\n').matchAll(FENCE)].map((m) => `${m[2]}\n`);
}

/** Every top-level diagram in content/**\/*.md(x), in file order, with its file relative to content/. */
export function contentDiagrams(contentDir: string, version: string) {
  const out: { hash: string; source: string; file: string }[] = [];
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
  for (const file of files) {
    for (const source of mermaidFences(readFileSync(path.join(contentDir, file), 'utf8')))
      out.push({ hash: diagramHash(source, version), source, file });
  }
  return out;
}

/** Diagrams without an SVG in the cache yet, each once, in file order. */
export function uncachedDiagrams(contentDir: string, cacheDir: string, version: string) {
  const out: { hash: string; source: string; file: string }[] = [];
  for (const d of contentDiagrams(contentDir, version)) {
    if (!existsSync(path.join(cacheDir, `${d.hash}.svg`)) && !out.some((o) => o.hash === d.hash)) out.push(d);
  }
  return out;
}
