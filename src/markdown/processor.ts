// The Markdown and MDX pipeline: Astro's Sätteri processor (parsing and HTML
// in Rust) with our plugins. Each plugin looks at the page's source first
// and stays out of the pipeline when the page has nothing for it.
import { satteri } from '@astrojs/markdown-satteri';
import type { DiagramStore } from './diagram-store.ts';
import { diagramsPlugin } from './diagrams.ts';
import { FEATURES } from './features.ts';
import { glossaryPlugin } from './glossary.ts';
import { glossaryDigest } from '../node/glossary-files.ts';
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
  const processor = satteri({
    features: FEATURES,
    // safeContentPlugin first: unsafe content stops the build before anything else looks at it.
    mdastPlugins: [safeContentPlugin(), punctuationPlugin()],
    hastPlugins: [
      diagramsPlugin(opts.diagrams),
      glossaryPlugin({ glossaryDir: opts.glossaryDir, base: opts.base }),
      linksPlugin({ base: opts.base, contentDir: opts.contentDir }),
    ],
  });
  // Astro's content layer keeps each rendered Markdown entry by a digest of its
  // own source and clears its store only when the config's JSON changes (the
  // processor's options are part of it; its plugins, being functions, are not).
  // The glossary is an input of every page's rendering: its hash belongs there,
  // so a changed term re-marks every page instead of leaving stale tooltips.
  Object.assign(processor.options, { inputs: { glossary: glossaryDigest(opts.glossaryDir) } });
  return processor;
}
