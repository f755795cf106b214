// Astro configuration. The base path (intranet sub-path hosting) comes from
// BASE_PATH, e.g. BASE_PATH=/metodstod/ npm run build.
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkSwedishPunctuation } from './src/markdown/remark-swedish-punctuation.ts';
import { rehypeMermaid } from './src/markdown/rehype-mermaid.ts';
import { createMermaidBrowser } from './src/markdown/mermaid-browser.ts';
import { rehypeLinks } from './src/markdown/rehype-links.ts';
import { rehypeGlossary } from './src/markdown/rehype-glossary.ts';
import { CHROMIUM_ARGS, findChromium } from './src/lib/chromium.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { mermaidPrerender } from './src/integrations/mermaid.ts';

const base = process.env.BASE_PATH ?? '/';
const mermaidVersion = JSON.parse(readFileSync(new URL('./node_modules/mermaid/package.json', import.meta.url), 'utf8')).version;

const contentDir = fileURLToPath(new URL('./content/', import.meta.url));
const mermaidCache = fileURLToPath(new URL('./.cache/mermaid/', import.meta.url));
// One Chromium page renders every diagram of the build; closed when the build is done.
// Render ids as mermaid-isomorphic gave them (prefix-index), so cached SVGs stay valid.
const mermaidId = (hash) => `mmd-${hash}-0`;
const mermaid = createMermaidBrowser({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  mermaidConfig: { theme: 'neutral', securityLevel: 'strict' },
});

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://metodstod.invalid',
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
    processor: unified({
      smartypants: false, // Swedish quotes and dashes instead, and far cheaper
      remarkPlugins: [remarkGfm, remarkSwedishPunctuation],
      rehypePlugins: [
        [rehypeMermaid, { cacheDir: mermaidCache, version: mermaidVersion,
          render: (sources, prefixes) => mermaid.render(sources, prefixes.map((p) => `${p}-0`)) }],
        [rehypeGlossary, { base: base.replace(/\/$/, ''), glossaryDir: fileURLToPath(new URL('./content/begrepp/', import.meta.url)) }],
        [rehypeLinks, { base: base.replace(/\/$/, ''), contentDir }],
      ],
    }),
  },
  integrations: [
    mdx(),
    pagefind(),
    mermaidPrerender({ renderer: mermaid, contentDir, cacheDir: mermaidCache, version: mermaidVersion, id: mermaidId }),
    // serviceWorker() last: it lists every built file, including Pagefind's index.
    serviceWorker(),
  ],
});
