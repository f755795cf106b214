// Browser modules that a page loads by URL, on demand, rather than through a
// <script> Astro processes. Why: Astro inlines a processed script only when its
// bundle has no static and no dynamic imports (plugin-scripts.js), so a loader
// that does import('../browser/search/index.ts') becomes a FILE on every page,
// and a content page must load no JavaScript file before `load`. Instead the
// inline loader (a processed script without imports) reads the module's URL
// from a data attribute that the component renders from `virtual:browser-modules`:
// - `astro build`: each module is bundled with esbuild (Astro's own dependency)
//   to _astro/<name>.<hash>.js, written to dist/ when the build is done;
// - `astro dev`: the URL of the source file, which Vite serves compiled.
// Both under the base path. The service worker is bundled by the same function
// (src/integrations/service-worker.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/** The modules loaded by URL, by the name components use, as paths from the project root. */
export const BROWSER_MODULES = {
  search: 'src/browser/search/index.ts',
} as const;

export type BrowserModuleName = keyof typeof BROWSER_MODULES;

const VIRTUAL_ID = 'virtual:browser-modules';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
// Vite's default build target ('baseline-widely-available'), so these files match Astro's own.
const TARGET = ['chrome111', 'edge111', 'firefox114', 'safari16.4'];

/** One self-contained file of an entry module and everything it imports. */
export async function bundleBrowserModule(entry: string, format: 'esm' | 'iife', minify = true): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format,
    minify,
    target: TARGET,
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

const slash = (base: string) => (base.endsWith('/') ? base : `${base}/`);
const shortHash = (code: string) => createHash('sha256').update(code).digest('base64url').slice(0, 8);

export function browserModules(): AstroIntegration {
  let root = '';
  let base = '/';
  let assetsDir = '_astro';
  let dev = false;

  const bundleAll = async () => {
    const files = new Map<string, string>(); // file name in dist/ → code
    const urls: Record<string, string> = {};
    for (const [name, entry] of Object.entries(BROWSER_MODULES)) {
      const code = await bundleBrowserModule(path.join(root, entry), 'esm');
      const fileName = `${assetsDir}/${name}.${shortHash(code)}.js`;
      files.set(fileName, code);
      urls[name] = slash(base) + fileName;
    }
    return { files, urls };
  };
  let bundled: ReturnType<typeof bundleAll> | undefined;

  const moduleSource = async () => {
    if (dev) {
      const urls = Object.fromEntries(
        Object.entries(BROWSER_MODULES).map(([name, entry]) => [name, slash(base) + entry]),
      );
      return `export default ${JSON.stringify(urls)};`;
    }
    bundled ??= bundleAll();
    return `export default ${JSON.stringify((await bundled).urls)};`;
  };

  return {
    name: 'metodstod:browser-modules',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        assetsDir = config.build.assets;
        dev = command === 'dev';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'metodstod:browser-modules',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? moduleSource() : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const [fileName, code] of (await bundled)?.files ?? []) {
          const file = path.join(out, fileName);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, code);
        }
      },
    },
  };
}
