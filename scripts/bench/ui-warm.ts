// The search target, which the shared measure-browser.mjs does not
// time: first hit in the header dropdown after typing on a warm page, i.e.
// the field got focus (which loads the search module and Pagefind) and the
// network went quiet before the query is typed. Median of fresh contexts.
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../src/node/chromium.ts';
import { startServer } from '../serve.mjs';
import { median } from './timing.ts';

export async function warmUiQuery(opts: {
  dist: string;
  page: string;
  query: string;
  runs: number;
  input: string;
  result: string;
}) {
  const server = await startServer({ root: opts.dist, port: 0 });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const times: (number | null)[] = [];
  try {
    for (let i = 0; i < opts.runs; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      let last = Date.now();
      page.on('request', () => {
        last = Date.now();
      });
      page.on('requestfinished', () => {
        last = Date.now();
      });
      const quiet = async (ms: number) => {
        while (Date.now() - last < ms) await page.waitForTimeout(100);
      };
      await page.goto(origin + opts.page, { waitUntil: 'load' });
      await quiet(1000);
      await page.focus(opts.input);
      await quiet(1000);
      times.push(
        await page.evaluate(async ({ input, result, query }) => {
          const el = document.querySelector<HTMLInputElement>(input)!;
          const found = new Promise<number | null>((resolve) => {
            const obs = new MutationObserver(
              () => document.querySelector(result) && (obs.disconnect(), resolve(performance.now())),
            );
            obs.observe(document.body, { childList: true, subtree: true, attributes: true });
            setTimeout(() => {
              obs.disconnect();
              resolve(null);
            }, 20_000);
          });
          const t0 = performance.now();
          el.value = query;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          const t1 = await found;
          return t1 == null ? null : Math.round((t1 - t0) * 10) / 10;
        }, opts),
      );
      await ctx.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { ui_query_warm_ms: median(times), ui_query_warm_ms_runs: times };
}
