// Renders Mermaid diagrams in one headless Chromium page for the whole build.
// mermaid-isomorphic opens a new page and parses the 13 MB mermaid.js for every
// call, and relaunches Chromium whenever no call is running: 0.7-3 s per
// diagram, about 30 s of a 1 000-page build with 46 diagrams. Here the source
// is sent once and re-run before each diagram (V8 caches the compiled code, so
// this costs well under 0.1 s): Mermaid keeps module-level counters (e.g.
// sequence diagrams' actor ids), and a fresh instance per diagram keeps every
// SVG identical to mermaid-isomorphic's, whatever was rendered before it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright';

export interface MermaidBrowserOptions {
  executablePath?: string;
  args?: string[];
  mermaidConfig?: Record<string, unknown>;
  /** Close Chromium after this long without a diagram (the dev server); a build calls close(). */
  idleMs?: number;
}

export type RenderResult = PromiseSettledResult<{ svg: string }>;

/** The page keeps Mermaid's source to run it afresh for each diagram. */
type SourceHolder = { __mermaidSource: string };
declare const mermaid: {
  initialize(config: unknown): void;
  render(id: string, text: string, container: Element): Promise<{ svg: string }>;
};

const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /></head><body></body></html>';

/** Runs in the page: each diagram with its own id and a fresh Mermaid instance. */
async function renderInPage({ items, config }: { items: { id: string; source: string }[]; config: unknown }) {
  await Promise.all(Array.from(document.fonts, (font) => font.load()));
  const container = document.createElement('div');
  container.ariaHidden = 'true';
  Object.assign(container.style, { maxHeight: '0', opacity: '0', overflow: 'hidden' });
  document.body.append(container);
  const results = [];
  for (const { id, source } of items) {
    const script = document.createElement('script');
    script.textContent = (globalThis as unknown as SourceHolder).__mermaidSource;
    document.head.append(script);
    script.remove();
    mermaid.initialize(config);
    try {
      const { svg } = await mermaid.render(id, source, container);
      const svgElement = new DOMParser().parseFromString(svg, 'text/html').getElementsByTagName('svg')[0];
      results.push({ status: 'fulfilled' as const, value: { svg: new XMLSerializer().serializeToString(svgElement) } });
    } catch (error) {
      results.push({ status: 'rejected' as const, reason: { message: error instanceof Error ? error.message : String(error) } });
    }
  }
  container.remove();
  return results;
}

interface Request {
  items: { id: string; source: string }[];
  resolve: (results: RenderResult[]) => void;
  reject: (error: unknown) => void;
}

/**
 * render(sources, ids) renders on the one page. Requests that arrive while a
 * batch is rendering go together into the next page call, so a busy build
 * (many files waiting for a diagram) pays one round trip per batch.
 */
export function createMermaidBrowser(opts: MermaidBrowserOptions = {}) {
  const mermaidJs = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.js');
  const config = { fontFamily: 'arial,sans-serif', ...opts.mermaidConfig };
  let session: Promise<{ browser: Browser; page: Page }> | undefined;
  let waiting: Request[] = [];
  let running = false;
  let idle: ReturnType<typeof setTimeout> | undefined;

  const open = async () => {
    const browser = await chromium.launch({ executablePath: opts.executablePath, args: opts.args });
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.setContent(PAGE);
    await page.evaluate((source) => { (globalThis as unknown as SourceHolder).__mermaidSource = source; }, readFileSync(mermaidJs, 'utf8'));
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
    while (waiting.length) {
      const batch = waiting;
      waiting = [];
      try {
        session ??= open();
        const { page } = await session;
        const results = (await page.evaluate(renderInPage, { items: batch.flatMap((r) => r.items), config })) as RenderResult[];
        let i = 0;
        for (const r of batch) r.resolve(results.slice(i, (i += r.items.length)));
      } catch (error) {
        // A crashed browser must not fail every later diagram: start afresh next time.
        await close();
        for (const r of batch) r.reject(error);
      }
    }
    running = false;
    // Chromium keeps the process alive: free it when the dev server goes quiet.
    idle = setTimeout(close, opts.idleMs ?? 10_000);
  };

  const render = (sources: string[], ids: string[]): Promise<RenderResult[]> =>
    new Promise((resolve, reject) => {
      clearTimeout(idle);
      waiting.push({ items: sources.map((source, i) => ({ id: ids[i], source })), resolve, reject });
      void drain();
    });
  return { render, close };
}
