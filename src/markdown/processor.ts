// The Markdown and MDX pipeline: Astro's Sätteri processor (parsing and HTML
// in Rust) with our plugins. Each plugin looks at the page's source first
// and stays out of the pipeline when the page has nothing for it.
import { satteri } from '@astrojs/markdown-satteri';
import type { DiagramStore } from './diagram-store.ts';
import { diagramsPlugin } from './diagrams.ts';
import { FEATURES } from './features.ts';
import { glossaryPlugin } from './glossary.ts';
import { linksPlugin } from './links.ts';
import { punctuationPlugin } from './punctuation.ts';
import { safeContentPlugin } from './safe-content.ts';

export interface ProcessorOptions {
  /** The site's base path without a trailing slash ('' at the root). */
  base: string;
  contentDir: string;
  glossaryDir: string;
  diagrams: DiagramStore;
}

export function markdownProcessor(opts: ProcessorOptions) {
  return satteri({
    features: FEATURES,
    // safeContentPlugin first: unsafe content stops the build before anything else looks at it.
    mdastPlugins: [safeContentPlugin(), punctuationPlugin()],
    hastPlugins: [
      diagramsPlugin(opts.diagrams),
      glossaryPlugin({ glossaryDir: opts.glossaryDir, base: opts.base }),
      linksPlugin({ base: opts.base, contentDir: opts.contentDir }),
    ],
  });
}
