// The process map: every step from the data on the map, numbered in reading
// order, linked to its page; the same content as a list on narrow screens.
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const STEP_FILES = readdirSync('content/processkarta/steg').filter((f) => /\.ya?ml$/.test(f));
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
    const starts = await page.locator('.pmap__steps').evaluateAll((ols) => ols.map((o) => (o as HTMLOListElement).start));
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
  });
});

test.describe('zoom och helskärm', () => {
  const scaleOf = (page: import('@playwright/test').Page, sel: string) =>
    page.locator(sel).evaluate((el) => Number((el as HTMLElement).dataset.zoomScale ?? 1));

  test('knapparna zoomar kartan och Återställ återgår till 100 %', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
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
    expect((await grid.boundingBox())!.height).toBeLessThanOrEqual(800 * 0.8 + 1);
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

test('utan Fullscreen API blir Helskärm ett lager över fönstret som Esc stänger', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }));
  await page.goto('./processkarta/');
  const map = page.locator('.pmap');
  const full = map.getByRole('button', { name: 'Helskärm' });
  await full.click();
  await expect(map).toHaveClass(/zoom--overlay/);
  await expect(full).toHaveAttribute('aria-pressed', 'true');
  expect((await map.boundingBox())!.y).toBe(0);
  await page.keyboard.press('Escape');
  await expect(map).not.toHaveClass(/zoom--overlay/);
  await expect(full).toHaveAttribute('aria-pressed', 'false');
});

test('sidor utan karta eller diagram laddar inget zoomskript', async ({ page }) => {
  await page.goto('./kontakt/');
  await expect(page.locator('script[src*="Zoom"]')).toHaveCount(0);
  await expect(page.locator('.zoom__bar')).toHaveCount(0);
});
