// Renders Mermaid diagrams in one headless Chromium page for the whole build.
// mermaid-isomorphic opens a new page and parses the 13 MB mermaid.js for every
// call, and relaunches Chromium whenever no call is running: 0.7-3 s per
// diagram, about 30 s of a 1 000-page build with 46 diagrams. Here the page
// fetches the minified bundle (5.5 MB) once from a routed address, keeps its
// text and re-runs it when a fresh instance is needed (V8 caches the compiled
// code: about 40 ms). Handing the text over with page.evaluate() instead took
// 6.5 s for mermaid.js (2.5 s minified), on the critical path of a clean
// build. Mermaid keeps module-level counters (e.g. sequence diagrams' actor
// ids), so every diagram gets a fresh instance except after a plain flowchart,
// which leaves none behind (tested): every SVG is identical to
// mermaid-isomorphic's, whatever was rendered before it.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright';

export interface MermaidBrowserOptions {
  executablePath?: string;
  args?: string[];
  mermaidConfig?: Record<string, unknown>;
  /** Close Chromium after this long without a diagram (the dev server); a build calls close(). */
  idleMs?: number;
}

export type RenderResult = PromiseSettledResult<{ svg: string }>;

/** The page keeps Mermaid's source to run it afresh, and whether the instance is still fresh. */
type SourceHolder = { __mermaidSource: string; __mermaidFresh?: boolean };
declare const mermaid: {
  initialize(config: unknown): void;
  render(id: string, text: string, container: Element): Promise<{ svg: string }>;
};

/** A made-up origin answered by the page's own route: nothing leaves the machine. */
const ORIGIN = 'https://mermaid.invalid';
const PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /></head><body></body></html>';

/** Diagram types that keep no state between renders: plain flowcharts (no frontmatter, no directives). */
export const STATELESS = /^\s*(?:flowchart|graph)\b/;

/** Runs in the page: each diagram with its own id and a Mermaid instance as if fresh. */
async function renderInPage({
  items,
  config,
  stateless,
}: {
  items: { id: string; source: string }[];
  config: unknown;
  stateless: string;
}) {
  const page = globalThis as unknown as SourceHolder;
  const clean = new RegExp(stateless);
  await Promise.all(Array.from(document.fonts, (font) => font.load()));
  const container = document.createElement('div');
  container.ariaHidden = 'true';
  Object.assign(container.style, { maxHeight: '0', opacity: '0', overflow: 'hidden' });
  document.body.append(container);
  const results = [];
  for (const { id, source } of items) {
    if (!page.__mermaidFresh) {
      const script = document.createElement('script');
      script.textContent = page.__mermaidSource;
      document.head.append(script);
      script.remove();
    }
    page.__mermaidFresh = false;
    mermaid.initialize(config);
    try {
      const { svg } = await mermaid.render(id, source, container);
      page.__mermaidFresh = clean.test(source) && !source.includes('%%');
      const svgElement = new DOMParser().parseFromString(svg, 'text/html').getElementsByTagName('svg')[0];
      results.push({ status: 'fulfilled' as const, value: { svg: new XMLSerializer().serializeToString(svgElement) } });
    } catch (error) {
      results.push({
        status: 'rejected' as const,
        reason: { message: error instanceof Error ? error.message : String(error) },
      });
    }
  }
  container.remove();
  return results;
}

interface Request {
  item: { id: string; source: string };
  resolve: (result: RenderResult) => void;
  reject: (error: unknown) => void;
}

/** Diagrams per page call: few, so a waiting file gets its SVG soon. */
const BATCH = 4;

/**
 * render(sources, ids) renders on the one page, queued. A diagram is rendered
 * once per id (the id holds the source's hash): prerender() can start the
 * build's diagrams early and the Markdown pipeline then waits only for its own.
 */
export function createMermaidBrowser(opts: MermaidBrowserOptions = {}) {
  const mermaidJs = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  const config = { fontFamily: 'arial,sans-serif', ...opts.mermaidConfig };
  let session: Promise<{ browser: Browser; page: Page }> | undefined;
  const queue: Request[] = [];
  const known = new Map<string, Promise<RenderResult>>();
  let running = false;
  let idle: ReturnType<typeof setTimeout> | undefined;

  const open = async () => {
    // Loaded when the first diagram is drawn: importing Playwright costs about 1 s of every build's start.
    const { chromium } = await import('playwright');
    const browser = await chromium.launch({ executablePath: opts.executablePath, args: opts.args });
    const context = await browser.newContext({ bypassCSP: true });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/mermaid.js`)
        return route.fulfill({ path: mermaidJs, contentType: 'text/javascript; charset=utf-8' });
      if (url === `${ORIGIN}/`) return route.fulfill({ body: PAGE, contentType: 'text/html; charset=utf-8' });
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    await page.evaluate(async () => {
      (globalThis as unknown as SourceHolder).__mermaidSource = await (await fetch('/mermaid.js')).text();
    });
    return { browser, page };
  };
  const close = async () => {
    clearTimeout(idle);
    const s = session;
    session = undefined;
    await s?.then(({ browser }) => browser.close()).catch(() => {});
  };
  const drain = async () => {
    if (running) return;
    running = true;
    while (queue.length) {
      const batch = queue.splice(0, BATCH);
      try {
        session ??= open();
        const { page } = await session;
        const items = batch.map((r) => r.item);
        const results = (await page.evaluate(renderInPage, {
          items,
          config,
          stateless: STATELESS.source,
        })) as RenderResult[];
        batch.forEach((r, i) => r.resolve(results[i]));
      } catch (error) {
        // A crashed browser must not fail every later diagram: start afresh next time.
        await close();
        for (const r of batch) {
          known.delete(r.item.id);
          r.reject(error);
        }
      }
    }
    running = false;
    // Chromium keeps the process alive: free it when the dev server goes quiet.
    idle = setTimeout(() => void close(), opts.idleMs ?? 10_000);
  };
  const one = (id: string, source: string): Promise<RenderResult> => {
    let p = known.get(id);
    if (!p) {
      p = new Promise<RenderResult>((resolve, reject) => queue.push({ item: { id, source }, resolve, reject }));
      known.set(id, p);
      clearTimeout(idle);
      void drain();
    }
    return p;
  };

  const render = (sources: string[], ids: string[]): Promise<RenderResult[]> =>
    Promise.all(sources.map((s, i) => one(ids[i], s)));
  /** Starts rendering in the background; errors surface when the page that has the diagram renders. */
  const prerender = (diagrams: { id: string; source: string }[]) => {
    for (const d of diagrams) one(d.id, d.source).catch(() => {});
  };
  return { render, prerender, close };
}
