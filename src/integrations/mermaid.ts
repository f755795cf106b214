// Starts drawing the build's uncached Mermaid diagrams as soon as the build
// starts, and closes Chromium when it is done.
import type { AstroIntegration } from 'astro';
import { uncachedDiagrams } from '../markdown/mermaid-fences.ts';
import type { createMermaidBrowser } from '../markdown/mermaid-browser.ts';

export interface MermaidIntegrationOptions {
  renderer: ReturnType<typeof createMermaidBrowser>;
  contentDir: string;
  cacheDir: string;
  version: string;
  /** The render id of a diagram hash (as the rehype plugin's render call makes it). */
  id: (hash: string) => string;
}

export function mermaidPrerender(opts: MermaidIntegrationOptions): AstroIntegration {
  return {
    name: 'metodstod:mermaid',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const diagrams = uncachedDiagrams(opts.contentDir, opts.cacheDir, opts.version);
        opts.renderer.prerender(diagrams.map((d) => ({ id: opts.id(d.hash), source: d.source })));
      },
      'astro:build:done': () => opts.renderer.close(),
    },
  };
}
