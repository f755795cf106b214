// The process map: every step from the data on the map, numbered in reading
// order, linked to its page; the same content as a list on narrow screens.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { startServer } from '../../scripts/static-server.mjs';
import { pdfPages } from '../support/pdf.ts';
import { FIXTURE } from '../support/sites.ts';

const BASE_PATH = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const STEP_FILES = readdirSync(path.join(FIXTURE.content, 'processkarta/steg')).filter((f) => /\.ya?ml$/.test(f));
const stepIds = STEP_FILES.map((f) => f.replace(/\.ya?ml$/, ''));

test.describe('kartan', () => {
  test('visar varje steg i datat som ett numrerat kort med länk och ankare', async ({ page }) => {
    await page.goto('./processkarta/');
    const cards = page.locator('[data-map-step]');
    await expect(cards).toHaveCount(STEP_FILES.length);
    const ids = await cards.evaluateAll((els) => els.map((e) => e.id));
    expect([...ids].sort()).toEqual([...stepIds].sort());
    const numbers = await cards.locator('.card__no').allInnerTexts();
    expect(numbers.map((n) => parseInt(n, 10))).toEqual(STEP_FILES.map((_, i) => i + 1));
    for (const id of stepIds) {
      await expect(page.locator(`#${id} h3 a`)).toHaveAttribute('href', new RegExp(`/processkarta/${id}/$`));
    }
  });

  test('är en lista av faser med rubriker och numrerade steg för skärmläsare', async ({ page }) => {
    await page.goto('./processkarta/');
    const phases = page.locator('.pmap__phases > li');
    const count = await phases.count();
    expect(count).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: /^Fas \d/ })).toHaveCount(count);
    // Every step is a list item inside an ordered list whose start continues the numbering.
    const starts = await page
      .locator('.pmap__steps')
      .evaluateAll((ols) => ols.map((o) => (o as HTMLOListElement).start));
    expect(starts[0]).toBe(1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test('placerar stegen i rutnät på bred skärm: fas som kolumn, första aktören som rad', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('./processkarta/');
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
    // Two steps of the same phase share a column; a later phase lies to the right.
    const a = await box('#anvisning-till-kommun');
    const b = await box('#bosattningsunderlag');
    const c = await box('#bostad-ordnas');
    expect(Math.abs(a.x - b.x)).toBeLessThan(2);
    expect(b.y).toBeGreaterThan(a.y);
    expect(c.x).toBeGreaterThan(a.x + a.width - 1);
    await expect(page.locator('#initial-sjukvard')).toContainText('Med: Region Stockholm');
  });

  test('blir en enkel lista på smal skärm', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 900 });
    await page.goto('./processkarta/');
    await expect(page.locator('.pmap__grid')).not.toHaveCSS('display', 'grid');
    await expect(page.locator('#initial-sjukvard')).toContainText('Ansvarig: Intro Stockholm');
    await expect(page.locator('#initial-sjukvard')).toContainText('Intro Stockholm hjälper');
    // A list has nothing to zoom.
    await expect(page.locator('.pmap .zoom__bar')).toBeHidden();
  });
});

test.describe('zoom och helskärm', () => {
  const scaleOf = (page: import('@playwright/test').Page, sel: string) =>
    page.locator(sel).evaluate((el) => Number((el as HTMLElement).dataset.zoomScale ?? 1));

  // The fixture's map is small: a low window makes "Anpassa" shrink it.
  test('knapparna zoomar kartan och Återställ återgår till 100 %', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 400 });
    await page.goto('./processkarta/');
    const map = page.locator('.pmap');
    const bar = map.getByRole('group', { name: 'Zoom: Processkartan' });
    const grid = page.locator('.pmap__grid');
    const before = (await grid.boundingBox())!;
    await bar.getByRole('button', { name: 'Zooma in' }).click();
    await bar.getByRole('button', { name: 'Zooma in' }).click();
    expect(await scaleOf(page, '.pmap')).toBeCloseTo(1.5625);
    expect(Math.abs((await grid.boundingBox())!.width - before.width * 1.5625)).toBeLessThan(2);
    await expect(map.locator('.zoom__level')).toHaveText('156\u00a0%');
    await bar.getByRole('button', { name: 'Zooma ut' }).click();
    expect(await scaleOf(page, '.pmap')).toBeCloseTo(1.25);
    await bar.getByRole('button', { name: 'Anpassa' }).click();
    const fitted = await scaleOf(page, '.pmap');
    expect(fitted).toBeLessThan(1);
    expect((await grid.boundingBox())!.height).toBeLessThanOrEqual(400 * 0.8 + 1);
    await bar.getByRole('button', { name: 'Återställ' }).click();
    expect(await scaleOf(page, '.pmap')).toBe(1);
    expect(Math.abs((await grid.boundingBox())!.width - before.width)).toBeLessThan(1);
    await expect(grid).not.toHaveAttribute('style', /scale/);
  });

  test('tangenterna +, - och 0 fungerar när diagrammet har fokus', async ({ page }) => {
    await page.goto('./samverkansmodeller/forsorjningsstod/');
    const fig = page.locator('figure.diagram').first();
    await fig.getByRole('group', { name: 'Diagrammet', exact: true }).focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    expect(await scaleOf(page, 'figure.diagram')).toBeCloseTo(1.5625);
    await page.keyboard.press('-');
    expect(await scaleOf(page, 'figure.diagram')).toBeCloseTo(1.25);
    await page.keyboard.press('0');
    expect(await scaleOf(page, 'figure.diagram')).toBe(1);
    // Outside the widget the keys do nothing.
    await page.locator('h1').click();
    await page.keyboard.press('+');
    expect(await scaleOf(page, 'figure.diagram')).toBe(1);
  });

  test('Ctrl + mushjul zoomar och dra flyttar', async ({ page }) => {
    await page.goto('./samverkansmodeller/forsorjningsstod/');
    const viewport = page.locator('figure.diagram .zoom__viewport');
    await viewport.scrollIntoViewIfNeeded();
    const box = (await viewport.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => scaleOf(page, 'figure.diagram')).toBeGreaterThan(1.2);
    const left = await viewport.evaluate((v) => v.scrollLeft);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await viewport.evaluate((v) => v.scrollLeft)).toBeGreaterThan(left + 50);
  });

  test('Helskärm visar diagrammet över hela fönstret och ett nytt tryck lämnar', async ({ page }) => {
    await page.goto('./samverkansmodeller/forsorjningsstod/');
    const full = page.locator('figure.diagram').getByRole('button', { name: 'Helskärm' });
    await full.click();
    await expect(full).toHaveAttribute('aria-pressed', 'true');
    const box = (await page.locator('figure.diagram').boundingBox())!;
    const vp = page.viewportSize()!;
    expect(box.width).toBeGreaterThanOrEqual(vp.width - 1);
    expect(box.height).toBeGreaterThanOrEqual(vp.height - 1);
    await full.click();
    await expect(full).toHaveAttribute('aria-pressed', 'false');
    expect(await scaleOf(page, 'figure.diagram')).toBe(1);
  });

  test('verktygen fungerar vid 200 % text', async ({ page }) => {
    await page.goto('./samverkansmodeller/forsorjningsstod/');
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    const fig = page.locator('figure.diagram');
    const buttons = fig.locator('.zoom__button');
    await expect(buttons).toHaveCount(5);
    const figBox = (await fig.boundingBox())!;
    for (const b of await buttons.all()) {
      const r = (await b.boundingBox())!;
      expect(r.x + r.width).toBeLessThanOrEqual(figBox.x + figBox.width + 1);
    }
    await fig.getByRole('button', { name: 'Zooma in' }).click();
    expect(await scaleOf(page, 'figure.diagram')).toBeCloseTo(1.25);
  });
});

const scaleOfMap = (page: import('@playwright/test').Page) =>
  page.locator('.pmap').evaluate((el) => Number((el as HTMLElement).dataset.zoomScale ?? 1));

test('utan Fullscreen API blir Helskärm ett lager över fönstret som Esc stänger', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }));
  await page.setViewportSize({ width: 1000, height: 400 });
  await page.goto('./processkarta/');
  const map = page.locator('.pmap');
  const full = map.getByRole('button', { name: 'Helskärm' });
  await full.click();
  await expect(map).toHaveClass(/zoom--overlay/);
  await expect(full).toHaveAttribute('aria-pressed', 'true');
  const box = (await map.boundingBox())!;
  const vp = page.viewportSize()!;
  expect([box.x, box.y, Math.round(box.width), Math.round(box.height)]).toEqual([0, 0, vp.width, vp.height]);
  expect(await scaleOfMap(page)).toBeLessThan(1);
  await page.keyboard.press('Escape');
  await expect(map).not.toHaveClass(/zoom--overlay/);
  await expect(full).toHaveAttribute('aria-pressed', 'false');
});

test('sidor utan karta eller diagram laddar inget zoomskript', async ({ page }) => {
  await page.goto('./kontakt/');
  await expect(page.locator('script[src*="Zoom"]')).toHaveCount(0);
  await expect(page.locator('.zoom__bar')).toHaveCount(0);
});

test.describe('presentationsläge', () => {
  const order = async (page: import('@playwright/test').Page) =>
    page.locator('[data-map-step]').evaluateAll((els) => els.map((e) => e.id));

  test('Presentera visar ett steg i taget och tangenterna bläddrar', async ({ page }) => {
    await page.goto('./processkarta/');
    const ids = await order(page);
    await page.getByRole('button', { name: 'Presentera' }).click();
    const dialog = page.getByRole('dialog', { name: 'Presentation av processkartan' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.present__counter')).toHaveText(`Steg 1 av ${ids.length}`);
    await expect(dialog.locator('.present__title')).toHaveText(
      await page.locator(`#${ids[0]} h3 a`).evaluate((a) => a.textContent!.replace(/^\s*\d+\.?\s*/, '').trim()),
    );
    await expect(page).toHaveURL(new RegExp(`\\?presentation&steg=${ids[0]}$`));

    await page.keyboard.press('ArrowRight');
    await expect(dialog.locator('.present__counter')).toHaveText(`Steg 2 av ${ids.length}`);
    await expect(page).toHaveURL(new RegExp(`steg=${ids[1]}$`));
    await expect(dialog.locator('[data-p-live]')).toHaveText(new RegExp(`^Steg 2 av ${ids.length}: `));
    await page.keyboard.press('PageDown');
    await page.keyboard.press(' ');
    await expect(dialog.locator('.present__counter')).toHaveText(`Steg 4 av ${ids.length}`);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageUp');
    await expect(dialog.locator('.present__counter')).toHaveText(`Steg 2 av ${ids.length}`);
    await page.keyboard.press('End');
    await expect(dialog.locator('.present__counter')).toHaveText(`Steg ${ids.length} av ${ids.length}`);
    await expect(dialog.getByRole('button', { name: /Nästa/ })).toBeDisabled();
    await page.keyboard.press('Home');
    await expect(dialog.locator('.present__counter')).toHaveText(`Steg 1 av ${ids.length}`);

    // The speaker text is the step's description.
    const description = await page.locator(`[data-step="${ids[0]}"] [data-step-description]`).textContent();
    await expect(dialog.locator('.present__speaker')).toHaveText(description!.trim());

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL(/\/processkarta\/$/);
    await expect(page.getByRole('button', { name: 'Presentera' })).toBeFocused();
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  });

  test('knapparna Föregående och Nästa bläddrar och Avsluta stänger', async ({ page }) => {
    await page.goto('./processkarta/?presentation');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /Nästa/ }).click();
    await dialog.getByRole('button', { name: /Nästa/ }).click();
    await expect(dialog.locator('.present__counter')).toHaveText(/^Steg 3 av/);
    await dialog.getByRole('button', { name: /Föregående/ }).click();
    await expect(dialog.locator('.present__counter')).toHaveText(/^Steg 2 av/);
    await dialog.getByRole('button', { name: /Avsluta/ }).click();
    await expect(dialog).toHaveCount(0);
  });

  test('?presentation&steg=<id> öppnar just det steget', async ({ page }) => {
    await page.goto('./processkarta/');
    const ids = await order(page);
    const i = Math.min(5, ids.length - 1);
    await page.goto(`./processkarta/?presentation&steg=${ids[i]}`);
    const dialog = page.getByRole('dialog', { name: 'Presentation av processkartan' });
    await expect(dialog.locator('.present__counter')).toHaveText(`Steg ${i + 1} av ${ids.length}`);
    await expect(dialog).toHaveAttribute('data-step', ids[i]);
    // Reopening after moving restores the new step.
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`steg=${ids[i + 1]}$`));
    await page.reload();
    await expect(page.getByRole('dialog').locator('.present__counter')).toHaveText(`Steg ${i + 2} av ${ids.length}`);
  });

  test('ett okänt steg i adressen börjar från första steget', async ({ page }) => {
    await page.goto('./processkarta/?presentation&steg=finns-inte');
    await expect(page.getByRole('dialog').locator('.present__counter')).toHaveText(/^Steg 1 av/);
  });

  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    test(`stegbytet animeras bara utan reducerad rörelse (${reducedMotion})`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion });
      await page.goto('./processkarta/?presentation');
      await page.keyboard.press('ArrowRight');
      const anim = await page.locator('.present__slide').evaluate((el) => getComputedStyle(el).animationName);
      expect(anim === 'none').toBe(reducedMotion === 'reduce');
    });
  }

  test('utan JavaScript finns ingen Presentera-knapp men hela kartan', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await ctx.newPage();
    await page.goto('./processkarta/?presentation');
    await expect(page.getByRole('button', { name: 'Presentera' })).toHaveCount(0);
    await expect(page.locator('[data-map-step]')).toHaveCount(STEP_FILES.length);
    await ctx.close();
  });
});

test.describe('tillgänglighet', () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  const violations = async (page: import('@playwright/test').Page) =>
    (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );

  test('axe hittar inget på kartan, även inzoomad', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./processkarta/');
    expect(await violations(page)).toEqual([]);
    await page.locator('.pmap').getByRole('button', { name: 'Zooma in' }).click();
    expect(await violations(page)).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe hittar inget i presentationsläget (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('./processkarta/?presentation&steg=initial-sjukvard');
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }

  test('fokus stannar i presentationen och tangentbordet når alla knappar', async ({ page }) => {
    await page.goto('./processkarta/?presentation');
    const dialog = page.getByRole('dialog');
    const seen = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const inside = await dialog.evaluate((d) => d.contains(document.activeElement));
      expect(inside).toBe(true);
      seen.add(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect([...seen].some((t) => t.includes('Nästa'))).toBe(true);
    expect([...seen].some((t) => t.includes('Avsluta'))).toBe(true);
  });
});

test.describe('utan nätverk', () => {
  const READY = 'Kartan finns sparad för användning utan nätverk';

  test('kartan, presentationen, modellerna och sökindexet fungerar offline efter ett besök', async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto('./processkarta/');
    await expect(page.getByText(READY)).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope))).toBe(baseURL);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('[data-map-step]')).toHaveCount(STEP_FILES.length);
    await expect(page.getByText(READY)).toBeVisible();

    await page.goto('./processkarta/?presentation&steg=bostad-ordnas');
    await expect(page.getByRole('dialog').locator('.present__counter')).toHaveText(/^Steg \d+ av/);

    await page.goto('./samverkansmodeller/forsorjningsstod/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('försörjningsstöd');
    await expect(page.locator('figure.diagram .zoom__bar')).toBeVisible();

    // Pagefind's index answers from the offline copy.
    const hits = await page.evaluate(async (base) => {
      const pf = await import(`${base}pagefind/pagefind.js`);
      await pf.options({ basePath: `${base}pagefind/` });
      const r = await pf.search('tolk');
      return r.results.length;
    }, new URL(baseURL!).pathname);
    expect(hits).toBeGreaterThan(0);
    await context.setOffline(false);
  });

  test('en ny version väntar tills läsaren laddar om, och gamla cacher städas bort', async ({ page }) => {
    // A private copy of the site, so this test can publish a "new build" of it.
    const root = mkdtempSync(path.join(tmpdir(), 'metodstod-sw-'));
    cpSync(FIXTURE.dist, root, { recursive: true });
    const server = await startServer({ root, port: 0, base: BASE_PATH });
    const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE_PATH}`;
    try {
      await page.goto(`${site}processkarta/`);
      await expect(page.getByText(READY)).toBeVisible();
      const before = await page.evaluate(() => caches.keys());
      expect(before).toHaveLength(1);

      const swPath = path.join(root, 'sw.js');
      writeFileSync(
        swPath,
        readFileSync(swPath, 'utf8').replace(/const VERSION = "[^"]+";/, 'const VERSION = "nyversion";'),
      );
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await expect(page.getByText('En ny version finns')).toBeVisible();
      // The new version is cached but waits; the old one stays in charge until the reader decides.
      expect((await page.evaluate(() => caches.keys())).sort()).toEqual([...before, 'metodstod-nyversion'].sort());
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(true);

      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'ladda om' }).click()]);
      await expect(page.getByText(READY)).toBeVisible();
      await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['metodstod-nyversion']);
      await expect(page.getByText('En ny version finns')).toBeHidden();
    } finally {
      server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

test.describe('utskrift', () => {
  const MM = 72 / 25.4;

  test('kartan skrivs ut på A3 liggande', async ({ page }) => {
    await page.goto('./processkarta/');
    const pages = pdfPages(await page.pdf({ format: 'A3', landscape: true }));
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) expect(p.width).toBeGreaterThan(p.height);
  });

  test('kartsidans egen sidstorlek är A3 liggande, andra sidor påverkas inte', async ({ page }) => {
    await page.goto('./processkarta/');
    const map = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(map.length).toBeGreaterThan(0);
    for (const p of map) {
      expect(Math.abs(p.width - 420 * MM)).toBeLessThan(2);
      expect(Math.abs(p.height - 297 * MM)).toBeLessThan(2);
    }
    await page.goto('./kontakt/');
    const other = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(other[0].width).toBeLessThan(other[0].height);
  });

  test('utskriften har rutnätet och stegens texter men inga skärmkontroller', async ({ page }) => {
    await page.goto('./processkarta/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.pmap__grid')).toHaveCSS('display', 'grid');
    const texts = page.locator('[data-step-texts]');
    await expect(texts).toBeVisible();
    await expect(texts.locator('li[data-step]')).toHaveCount(STEP_FILES.length);
    for (const d of await texts.locator('[data-step-description]').all()) await expect(d).toBeVisible();
    await expect(page.locator('.zoom__bar')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Presentera' })).toBeHidden();
    // On screen the texts stay on the step pages.
    await page.emulateMedia({ media: 'screen' });
    await expect(texts).toBeHidden();
  });

  test('en inzoomad karta skrivs ändå ut i naturlig storlek', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./processkarta/');
    await page.locator('.pmap').getByRole('button', { name: 'Zooma in' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.pmap__grid')).toHaveCSS('transform', 'none');
  });

  test('diagram skrivs ut som vektorgrafik utan att beskäras', async ({ page }) => {
    await page.goto('./samverkansmodeller/forsorjningsstod/');
    await page.emulateMedia({ media: 'print' });
    const fig = page.locator('figure.diagram').first();
    await expect(fig.locator('svg').first()).toBeVisible();
    const clipped = await fig.evaluate((f) => {
      const svg = f.querySelector('svg')!.getBoundingClientRect();
      const box = f.getBoundingClientRect();
      return svg.left < box.left - 1 || svg.right > box.right + 1 || f.scrollWidth > f.clientWidth + 1;
    });
    expect(clipped).toBe(false);
    expect(pdfPages(await page.pdf({ format: 'A4' })).length).toBeGreaterThan(0);
  });
});
