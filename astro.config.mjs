// Astro configuration. The base path (intranet sub-path hosting) comes from
// BASE_PATH, e.g. BASE_PATH=/metodstod/ npm run build.
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { createMermaidRenderer } from 'mermaid-isomorphic';
import { rehypeMermaid } from './src/markdown/rehype-mermaid.ts';
import { rehypeLinks } from './src/markdown/rehype-links.ts';
import { rehypeGlossary } from './src/markdown/rehype-glossary.ts';
import { CHROMIUM_ARGS, findChromium } from './src/lib/chromium.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

const base = process.env.BASE_PATH ?? '/';
const mermaidVersion = JSON.parse(readFileSync(new URL('./node_modules/mermaid/package.json', import.meta.url), 'utf8')).version;

let renderer;
const renderMermaid = (sources, prefixes) => {
  renderer ??= createMermaidRenderer({
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  });
  // One call per diagram so each gets its own id prefix; concurrent calls share one browser.
  return Promise.all(
    sources.map((src, i) =>
      renderer([src], { prefix: prefixes[i], mermaidConfig: { theme: 'neutral', securityLevel: 'strict' } }).then((r) => r[0]),
    ),
  );
};

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://metodstod.invalid',
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [
        [rehypeMermaid, { cacheDir: fileURLToPath(new URL('./.cache/mermaid/', import.meta.url)), version: mermaidVersion, render: renderMermaid }],
        [rehypeGlossary, { base: base.replace(/\/$/, ''), glossaryDir: fileURLToPath(new URL('./content/begrepp/', import.meta.url)) }],
        [rehypeLinks, { base: base.replace(/\/$/, ''), contentDir: fileURLToPath(new URL('./content/', import.meta.url)) }],
      ],
    }),
  },
  // serviceWorker() last: it lists every built file, including Pagefind's index.
  integrations: [mdx(), pagefind(), serviceWorker()],
});
