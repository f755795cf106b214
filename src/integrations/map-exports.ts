// The process map's exports, made after the build from the map's own data
// (dist/processkarta/karta.json) and page: processkarta.pdf (the map page
// printed on A3 landscape by headless Chromium) and processkarta.pptx. Each
// is cached in .cache/map-exports/ by the hash of its inputs, so it is only
// made again when the map changes. Runs before the service worker's list is
// made, so both are in the offline copy.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CHROMIUM_ARGS, findChromium } from '../node/chromium.ts';
import { cachedArtefact, exportKey } from '../node/export-cache.ts';
import { MAP_EXPORTS, MAP_JSON } from '../lib/map-exports.ts';
import type { MapModel } from '../lib/map-model.ts';
import { mapPptx } from '../lib/map-pptx.ts';

/** Bump when the way the files are made changes. */
const GENERATOR = 'map-exports-1';
const ORIGIN = 'http://metodstod.invalid';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The map page printed by Chromium, its files answered from the build output: no request leaves the machine. */
async function printMap(out: string, base: string): Promise<Uint8Array> {
  // Only when the PDF is made (not from the cache): importing Playwright takes about 1 s.
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', javaScriptEnabled: false });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN || !url.pathname.startsWith(base)) return route.abort();
      let rel = decodeURIComponent(url.pathname.slice(base.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = path.join(out, rel);
      if (!file.startsWith(out)) return route.abort();
      try {
        await route.fulfill({
          body: readFileSync(file),
          contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
        });
      } catch {
        await route.fulfill({ status: 404, body: '' });
      }
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}${base}processkarta/`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}

/** The stylesheets a built page links, for the PDF's cache key (a change of look makes it again). */
function linkedStyles(html: string, out: string, base: string): Buffer[] {
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    readFileSync(path.join(out, m[1].slice(base.length))),
  );
}

export function mapExports(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'metodstod:map-exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = fileURLToPath(new URL('.cache/map-exports/', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const json = readFileSync(path.join(out, MAP_JSON));
        const map = JSON.parse(json.toString('utf8')) as MapModel;
        const html = readFileSync(path.join(out, 'processkarta', 'index.html'), 'utf8');
        // The page's volatile parts (dates from git, the build's asset names) are not the map.
        const pdfKey = exportKey([GENERATOR, 'pdf', json, ...linkedStyles(html, out, base)]);
        const pptxKey = exportKey([GENERATOR, 'pptx', json]);
        const t = Date.now();
        const pdfMade = await cachedArtefact(cacheDir, pdfKey, path.join(out, MAP_EXPORTS.pdf), () =>
          printMap(out, base),
        );
        const pptxMade = await cachedArtefact(cacheDir, pptxKey, path.join(out, MAP_EXPORTS.pptx), () =>
          mapPptx(map, 'Processkarta: kvotflyktingens väg från urval till etablering'),
        );
        const said = (made: boolean) => (made ? 'gjord' : 'från cachen');
        logger.info(`Processkartan: PDF ${said(pdfMade)}, PowerPoint ${said(pptxMade)} (${Date.now() - t} ms).`);
      },
    },
  };
}
