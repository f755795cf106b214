// The build's Mermaid diagrams: SVGs cached on disk by hash, drawn by one
// Chromium page. In a build a Markdown page does not wait for its diagram: it
// gets a marker, Chromium draws meanwhile on the other core, and fill() puts
// the SVG into the built HTML at the end. The dev server and MDX (compiled to
// JSX, it cannot carry a marker through) wait for the SVG instead.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fillMarkers, marker, markerHashes } from '../lib/diagram-markers.ts';
import { cleanSvg } from '../lib/svg-clean.ts';
import { contentDiagrams, uncachedDiagrams } from './mermaid-fences.ts';

export interface DiagramStoreOptions {
  cacheDir: string;
  /** Part of the cache key: a new Mermaid version renders again. */
  version: string;
  /** content/, where fill() finds the source of a marker it was not given this build. */
  contentDir: string;
  /** Renders one diagram with the given id; rejects with Mermaid's parse error. */
  render: (source: string, id: string) => Promise<string>;
}

export const diagramHash = (source: string, version: string) =>
  createHash('sha256').update(`${version}\n${source.trim()}`).digest('hex').slice(0, 16);

/** Render ids as mermaid-isomorphic gave them (prefix-index), so cached SVGs stay valid. */
export const renderId = (hash: string) => `mmd-${hash}-0`;

export { marker } from '../lib/diagram-markers.ts';

/** A diagram drawn in an earlier build, cleaned, or undefined. */
export function cachedSvg(cacheDir: string, hash: string): string | undefined {
  const file = path.join(cacheDir, `${hash}.svg`);
  return existsSync(file) ? cleanSvg(readFileSync(file, 'utf8')) : undefined;
}

export function createDiagramStore(opts: DiagramStoreOptions) {
  const cached = (hash: string) => path.join(opts.cacheDir, `${hash}.svg`);
  const drawing = new Map<string, Promise<string>>();
  /** Source files of each diagram, for the error message. */
  const files = new Map<string, Set<string>>();
  let deferring = false;

  /** The SVG from the cache, or drawn and cached now; a syntax error names the files. */
  const svg = (source: string, file: string): Promise<string> => {
    const hash = diagramHash(source, opts.version);
    (files.get(hash) ?? files.set(hash, new Set()).get(hash)!).add(file);
    let p = drawing.get(hash);
    if (!p) {
      // Cleaned on the way out (not only when drawn), so SVGs cached before the cleaning are valid too.
      const fromCache = cachedSvg(opts.cacheDir, hash);
      p =
        fromCache !== undefined
          ? Promise.resolve(fromCache)
          : opts.render(source, renderId(hash)).then(
              (result) => {
                mkdirSync(opts.cacheDir, { recursive: true });
                writeFileSync(cached(hash), result);
                return cleanSvg(result);
              },
              (error: unknown) => {
                const where = [...files.get(hash)!].join(', ');
                throw new Error(
                  `Ogiltigt Mermaid-diagram i ${where}:\n  ${(error as Error)?.message ?? error}\nRätta diagrammets syntax (se CONTRIBUTING.md, "Diagram").`,
                );
              },
            );
      drawing.set(hash, p);
      p.catch(() => {}); // reported by whoever awaits it (the page or fill())
    }
    return p;
  };

  // Read once, and only if a marker needs it: every diagram in content/.
  let inContent: ReturnType<typeof contentDiagrams> | undefined;
  const svgByHash = async (hash: string): Promise<string> => {
    const known = drawing.get(hash);
    if (known) return known;
    const fromCache = cachedSvg(opts.cacheDir, hash);
    if (fromCache !== undefined) return fromCache;
    const found = (inContent ??= contentDiagrams(opts.contentDir, opts.version)).find((d) => d.hash === hash);
    if (!found)
      throw new Error(
        `Diagrammet ${hash} finns inte längre i content/: bygg om utan Astros cache (ta bort mappen .astro).`,
      );
    return svg(found.source, path.join(opts.contentDir, found.file));
  };

  return {
    svg,
    /** Build mode: Markdown pages get a marker instead of waiting. */
    setDeferring(on: boolean) {
      deferring = on;
    },
    get deferring() {
      return deferring;
    },
    /** Starts drawing every diagram in content/ that is not cached yet (the build's first step). */
    prerender() {
      for (const d of uncachedDiagrams(opts.contentDir, opts.cacheDir, opts.version))
        void svg(d.source, path.join(opts.contentDir, d.file));
    },
    /** Starts drawing and returns the marker fill() replaces. */
    defer(source: string, file: string): string {
      void svg(source, file);
      return marker(diagramHash(source, opts.version));
    },
    /**
     * The HTML with every marker replaced by its SVG. A marker can also come
     * from Astro's content cache, rendered in an earlier build: its source is
     * then looked up in content/.
     */
    async fill(html: string): Promise<string> {
      const svgs = new Map<string, string>();
      for (const hash of markerHashes(html)) svgs.set(hash, await svgByHash(hash));
      return fillMarkers(html, (hash) => svgs.get(hash))!;
    },
    /** Every diagram drawn or read so far, once drawn (a failed one is left to fill(), which reports it). */
    async drawn(): Promise<Record<string, string>> {
      const settled = await Promise.all(
        Array.from(drawing, async ([hash, p]) => [hash, await p.catch(() => undefined)] as const),
      );
      return Object.fromEntries(settled.filter((e): e is readonly [string, string] => e[1] !== undefined));
    },
    cacheDir: opts.cacheDir,
  };
}

export type DiagramStore = ReturnType<typeof createDiagramStore>;
