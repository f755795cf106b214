// Offline without stale routines (#15): pages come from the network when it
// answers, the bounded copy and the pages read answer without it, and a new
// deploy fetches only what changed. The test serves a private copy of the
// built site (A) and then "publishes" a changed build (B) at the same origin.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import sirv from 'sirv';
import { isCopyPage, pageFile } from '../../src/lib/offline/copy.ts';
import { UNAVAILABLE } from '../../src/lib/offline/unavailable.ts';
import { readPrecache } from '../../src/lib/offline/worker-source.ts';
import { builtPages, FIXTURE } from '../support/sites.ts';

const BASE_PATH = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const READY = 'Kartan finns sparad för användning utan nätverk';
const NEW_TEXT = 'Ny lydelse efter den nya publiceringen.';

/** A static server whose folder can be swapped, with a log of the paths asked for. */
async function swappableServer(root: string) {
  let serve = sirv(root, { dev: true });
  let notFound = path.join(root, '404.html');
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    log.push(url);
    if (!url.startsWith(BASE_PATH) && `${url}/` !== BASE_PATH) return void res.writeHead(404).end();
    req.url = url.slice(BASE_PATH.length - 1) || '/';
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html' }).end(readFileSync(notFound));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    swap(next: string) {
      serve = sirv(next, { dev: true });
      notFound = path.join(next, '404.html');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A page that is not in the bounded copy: it must be kept because it was read. */
// The fixture's "Om metodstödet", as in the walk-through.
const readPath = '/om-metodstodet/';
const copyKeys = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.includes('kopia-')));

test.describe('utan nätverk, med en ny publicering', () => {
  // Installing the copy takes seconds on a loaded machine.
  test.describe.configure({ timeout: 120_000 });
  let work: string;
  let dirA: string;
  let dirB: string;

  test.beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'metodstod-offline-'));
    dirA = path.join(work, 'a');
    dirB = path.join(work, 'b');
    cpSync(FIXTURE.dist, dirA, { recursive: true });
    cpSync(FIXTURE.dist, dirB, { recursive: true });
    // Build B: the page read and the map page have new text; sw.js has their new revisions.
    const change = (rel: string) => {
      const file = path.join(dirB, rel);
      writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', `</h1><p data-ny>${NEW_TEXT}</p>`));
    };
    change(pageFile(readPath));
    change('processkarta/index.html');
    const swFile = path.join(dirB, 'sw.js');
    const mapUrl = `${BASE_PATH}processkarta/`;
    writeFileSync(
      swFile,
      readFileSync(swFile, 'utf8')
        .replace(/const VERSION = "[^"]+";/, 'const VERSION = "nyversion";')
        .replace(new RegExp(`("url":"${mapUrl}","revision":")[^"]+`), '$1ny'),
    );
    expect(readPrecache(readFileSync(swFile, 'utf8')).find((e) => e.url === mapUrl)?.revision).toBe('ny');
  });

  test.afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('ny text online, bara ändrade filer hämtas, kartan och den lästa sidan öppnas offline', async ({
    page,
    context,
  }) => {
    const server = await swappableServer(dirA);
    const site = `${server.origin}${BASE_PATH}`;
    try {
      await page.goto(`${site}processkarta/`);
      await expect(page.getByText(READY)).toBeVisible({ timeout: 30_000 });
      expect(await copyKeys(page)).toHaveLength(1);
      await page.goto(`${site}${readPath.slice(1)}`);
      await expect(page.locator('main h1')).toBeVisible();

      // Opened from the copy while offline: this page is the one the notice is for.
      const other = await context.newPage();
      await context.setOffline(true);
      await other.goto(`${site}checklista/`);
      await expect(other.locator('main h1')).toBeVisible();
      await context.setOffline(false);

      server.swap(dirB);
      server.log.length = 0;
      await page.reload();
      await expect(page.getByText(NEW_TEXT)).toBeVisible();

      // The new worker takes over with only the changed files fetched.
      await expect.poll(() => copyKeys(page), { timeout: 30_000 }).toEqual(['metodstod-kopia-nyversion']);
      expect(server.log).toContain(`${BASE_PATH}processkarta/`);
      expect(server.log.filter((u) => u.includes('/_astro/') || u.includes('/pagefind/'))).toEqual([]);
      await expect(other.getByText('En ny version finns')).toBeVisible({ timeout: 15_000 });
      await expect(page.getByText('En ny version finns')).toBeHidden();

      await context.setOffline(true);
      await page.goto(`${site}processkarta/`);
      await expect(page.locator('[data-map-step]').first()).toBeVisible();
      await expect(page.getByText(NEW_TEXT)).toBeVisible();
      await page.goto(`${site}processkarta/?presentation`);
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.goto(`${site}${readPath.slice(1)}`);
      await expect(page.getByText(NEW_TEXT)).toBeVisible();
      await context.setOffline(false);
    } finally {
      await context.setOffline(false);
      await server.close();
    }
  });

  test('kopian är begränsad: en sida som inte lästs finns inte offline', async ({ page, context }) => {
    const server = await swappableServer(dirA);
    const site = `${server.origin}${BASE_PATH}`;
    const unread = builtPages(FIXTURE.dist).find((p) => p !== readPath && p !== '/' && !isCopyPage(pageFile(p)))!;
    try {
      await page.goto(`${site}processkarta/`);
      await expect(page.getByText(READY)).toBeVisible({ timeout: 30_000 });
      const cached = await page.evaluate(async (u) => !!(await caches.match(u)), `${BASE_PATH}${unread.slice(1)}`);
      expect(cached).toBe(false);
      const size = await page.evaluate(() => navigator.storage.estimate().then((e) => e.usage ?? 0));
      expect(size).toBeLessThan(5 * 1024 * 1024);
      await context.setOffline(true);
      await page.goto(`${site}${unread.slice(1)}`);
      await expect(page.getByText(UNAVAILABLE)).toBeVisible();
    } finally {
      await context.setOffline(false);
      await server.close();
    }
  });
});

// Search without network (#15): the hits in the copy link to their pages, the others are still
// listed (the reader learns they exist) but say so in words and lead nowhere.
test.describe('sökning utan nätverk', () => {
  test.describe.configure({ timeout: 120_000 });
  // Found on a map step (in the copy) and on the actor's own page (not in the copy).
  const QUERY = 'bostadskansliet';
  const copied = { title: 'Bostad ordnas', href: `${BASE_PATH}processkarta/bostad-ordnas/` };
  const notCopied = 'Bostadskansliet';

  test('träffar i kopian länkar till sidan, andra står kvar med "Inte tillgänglig utan nätverk"', async ({
    page,
    context,
  }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto('./processkarta/');
      await expect(page.getByText(READY)).toBeVisible({ timeout: 30_000 });
      await context.setOffline(true);

      // The header field, on the page open when the network went: the search module comes from the copy.
      const field = page.locator('#sok-falt');
      await field.click();
      await field.pressSequentially(QUERY, { delay: 20 });
      const list = page.getByRole('listbox');
      const missing = list.getByRole('option', { name: new RegExp(`^${notCopied}`) });
      await expect(missing).toContainText(UNAVAILABLE, { timeout: 20_000 });
      await expect(missing).toHaveAttribute('aria-disabled', 'true');
      const here = list.getByRole('option', { name: new RegExp(`^${copied.title}`) });
      await expect(here).not.toContainText(UNAVAILABLE);
      const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
      expect((await axe().include('[data-search-form]').analyze()).violations.map((v) => v.id)).toEqual([]);
      // The combobox pattern stays: arrows move the active option, Enter on the unavailable one goes nowhere.
      const ids = await list.getByRole('option').evaluateAll((os) => os.map((o) => o.id));
      const missingId = await missing.getAttribute('id');
      for (let i = 0; i <= ids.indexOf(missingId!); i++) await field.press('ArrowDown');
      await expect(field).toHaveAttribute('aria-activedescendant', missingId!);
      expect(await missing.getAttribute('data-url')).toBeNull();
      let navigated = false;
      page.on('framenavigated', () => (navigated = true));
      await field.press('Enter');
      // A navigation would start within a task; give it a few.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      expect(navigated).toBe(false);
      await expect(field).toHaveAttribute('aria-expanded', 'true');
      await here.click();
      await expect(page).toHaveURL(new RegExp(`${copied.href}$`));
      await expect(page.locator('main h1')).toHaveText(copied.title);

      // The search page: the copied hit is a link, the other a heading without one that says why.
      await page.goto(`./sok/?q=${QUERY}`);
      const results = page.locator('[data-search-results]');
      await expect(results.getByRole('link', { name: copied.title, exact: true })).toHaveAttribute(
        'href',
        copied.href,
        { timeout: 20_000 },
      );
      const item = results.locator('li', { has: page.getByRole('heading', { name: notCopied, exact: true }) });
      await expect(item).toContainText(UNAVAILABLE);
      await expect(item.getByRole('link')).toHaveCount(0);
      await expect(results.getByRole('link', { name: notCopied, exact: true })).toHaveCount(0);
      expect((await axe().analyze()).violations.map((v) => v.id)).toEqual([]);
      // Only the count is a live region.
      await expect(page.locator('main [role=status], main [aria-live]')).toHaveCount(1);
      await expect(results.getByRole('status')).toContainText('träffar');
      await results.getByRole('link', { name: copied.title, exact: true }).click();
      await expect(page.locator('main h1')).toHaveText(copied.title);

      // Online again, every hit is a link as before.
      await context.setOffline(false);
      await page.goto(`./sok/?q=${QUERY}`);
      await expect(results.getByRole('link', { name: notCopied, exact: true })).toBeVisible({ timeout: 20_000 });
      await expect(results).not.toContainText(UNAVAILABLE);
      expect(errors).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
  });
});
