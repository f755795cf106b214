// Astro configuration. The base path (intranet sub-path hosting) comes from
// BASE_PATH, e.g. BASE_PATH=/metodstod/ npm run build.
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { markdownProcessor } from './src/markdown/processor.ts';
import { createMermaidBrowser } from './src/markdown/mermaid-browser.ts';
import { createDiagramStore } from './src/markdown/diagram-store.ts';
import { CHROMIUM_ARGS, findChromium } from './src/node/chromium.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { browserModules } from './src/integrations/browser-modules.ts';
import { pages } from './src/integrations/pages.ts';
import { mapExports } from './src/integrations/map-exports.ts';
import { readability } from './src/integrations/readability.ts';
import { parallel } from './src/integrations/parallel.ts';
import { contentFolderName } from './src/node/content-folder.ts';

const base = process.env.BASE_PATH ?? '/';
const mermaidVersion = JSON.parse(
  readFileSync(new URL('./node_modules/mermaid/package.json', import.meta.url), 'utf8'),
).version;

// CONTENT_DIR builds another content folder (the tests' fixture site) with the same code.
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content') + path.sep;
const mermaidCache = fileURLToPath(new URL('./.cache/mermaid/', import.meta.url));
// One Chromium page draws every diagram of the build; closed when the build is done.
const browser = createMermaidBrowser({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  mermaidConfig: { theme: 'neutral', securityLevel: 'strict' },
});
const diagrams = createDiagramStore({
  cacheDir: mermaidCache,
  version: mermaidVersion,
  contentDir,
  render: async (source, id) => {
    const [result] = await browser.render([source], [id]);
    if (result.status === 'rejected') throw result.reason;
    return result.value.svg;
  },
});

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://metodstod.invalid',
  base,
  // OUT_DIR and a cache of its own keep a second content folder's build apart from the site's.
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  ...(process.env.CONTENT_DIR ? { cacheDir: `./.cache/astro/${contentFolderName(process.cwd(), contentDir)}` } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
    processor: markdownProcessor({
      base: base.replace(/\/$/, ''),
      contentDir,
      glossaryDir: path.join(contentDir, 'begrepp'),
      diagrams,
    }),
  },
  integrations: [
    mdx(),
    // readability() first: its worker starts with the build.
    readability(),
    // browserModules() before pagefind() and serviceWorker(): its files are part of the built site.
    browserModules(),
    // pages() before everything that reads the built pages: it puts the diagrams and the CSP in.
    pages({ store: diagrams, close: browser.close }),
    // The search index and the map's PDF and PowerPoint at the same time (other processes do most of the
    // work); both before serviceWorker(), so they are in the offline copy.
    parallel('metodstod:index-and-exports', [pagefind(), mapExports()]),
    // serviceWorker() last: it lists every built file, including Pagefind's index.
    serviceWorker(),
  ],
});
