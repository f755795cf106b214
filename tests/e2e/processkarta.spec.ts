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
