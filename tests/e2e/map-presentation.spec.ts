// The process map as a workshop tool (#13 points 1–4 and 6): the presentation
// shows the whole map with one current step, the blank screen, the presenter
// view that drives the audience window, the facilitator notes, lane focus.
// Structural assertions only (counts from the DOM, ids read from the page),
// so the spec runs on any content.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
const stepIds = (page: Page) => page.locator('[data-map-step]').evaluateAll((els) => els.map((e) => e.id));
const current = (page: Page) => page.locator('dialog [data-map-step][aria-current="step"]');
interface MapJson {
  phases: { id: string; notes: string[] }[];
  steps: { id: string; phase: string; notes: string[]; lead: string }[];
}
const mapJson = async (page: Page) => (await (await page.request.get('./processkarta/karta.json')).json()) as MapJson;

test.use({ viewport: { width: 1600, height: 900 } });
// axe over the whole map in a dialog takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.describe('presentationen visar kartan', () => {
  test('hela kartan syns på en gång, ett steg är aktuellt och tangenterna flyttar det', async ({ page }) => {
    await page.goto('./processkarta/');
    const ids = await stepIds(page);
    await page.getByRole('button', { name: 'Presentera' }).click();
    const dialog = page.getByRole('dialog', { name: 'Presentation av processkartan' });
    await expect(dialog).toBeVisible();
    // Every card inside the viewport at once.
    const cards = dialog.locator('[data-map-step]');
    await expect(cards).toHaveCount(ids.length);
    for (const box of await cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(1600);
      expect(box.bottom).toBeLessThanOrEqual(900);
    }
    await expect(current(page)).toHaveCount(1);
    await expect(current(page)).toHaveId(ids[0]);
    const keys: [string, number][] = [
      ['ArrowRight', 1],
      ['PageDown', 2],
      [' ', 3],
      ['ArrowLeft', 2],
      ['PageUp', 1],
      ['End', ids.length - 1],
      ['Home', 0],
    ];
    for (const [key, i] of keys) {
      await page.keyboard.press(key);
      await expect(current(page)).toHaveId(ids[i]);
      await expect(page.locator('dialog [aria-current="step"]')).toHaveCount(1);
      await expect(page).toHaveURL(new RegExp(`[?&]steg=${ids[i]}(&|$)`));
    }
    // The details beside the map are the current step's.
    const title = await page.locator(`li[data-step="${ids[0]}"]`).getAttribute('data-title');
    await expect(dialog.getByRole('heading', { level: 2, name: title! })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    // The map is back on the page, whole, with no current step.
    await expect(page.locator('.pmap [data-map-step]')).toHaveCount(ids.length);
    await expect(page.locator('[aria-current="step"]')).toHaveCount(0);
  });

  test('klick på ett kort gör det steget aktuellt', async ({ page }) => {
    await page.goto('./processkarta/?presentation');
    const ids = await stepIds(page);
    const last = ids[ids.length - 1];
    await page.locator(`dialog #${last} a`).click();
    await expect(current(page)).toHaveId(last);
    await expect(page).toHaveURL(/\/processkarta\/\?presentation/);
  });

  test('stegvis visning tonar ned steg som inte nåtts och sparas i adressen', async ({ page }) => {
    await page.goto('./processkarta/?presentation');
    const ids = await stepIds(page);
    const dialog = page.getByRole('dialog');
    const reveal = dialog.getByRole('button', { name: 'Stegvis' });
    await reveal.click();
    await expect(reveal).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]stegvis(&|$)/);
    await expect(dialog.locator('.is-unrevealed')).toHaveCount(ids.length - 1);
    await page.keyboard.press('ArrowRight');
    await expect(dialog.locator('.is-unrevealed')).toHaveCount(ids.length - 2);
    await page.reload();
    await expect(page.getByRole('dialog').locator('.is-unrevealed')).toHaveCount(ids.length - 2);
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('släckt skärm', () => {
  for (const key of ['b', '.']) {
    test(`${key} släcker skärmen och tänder den igen`, async ({ page }) => {
      await page.goto('./processkarta/?presentation');
      const blank = page.locator('dialog .present__blank');
      await expect(blank).toBeHidden();
      await page.keyboard.press(key);
      await expect(blank).toBeVisible();
      const box = (await blank.boundingBox())!;
      expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, 1600, 900]);
      expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
      // Nothing but black: the element on top in the middle of the screen is the blank.
      expect(await page.evaluate(() => document.elementFromPoint(800, 450)?.className)).toContain('present__blank');
      await page.keyboard.press(key);
      await expect(blank).toBeHidden();
      await expect(page.getByRole('dialog')).toBeVisible();
    });
  }
});

test.describe('talarvyn', () => {
  test('två fönster följer varandra åt båda hållen, och talarvyn släcker publikens skärm', async ({
    context,
    baseURL,
  }) => {
    const audience = await context.newPage();
    await audience.goto('./processkarta/?presentation');
    const ids = await stepIds(audience);
    const speaker = await context.newPage();
    await speaker.goto('./processkarta/?presentation&talare');
    await expect(speaker.getByRole('dialog', { name: 'Talarvy för processkartan' })).toBeVisible();
    await expect(current(speaker)).toHaveId(ids[0]);

    await speaker.keyboard.press('ArrowRight');
    await expect(current(audience)).toHaveId(ids[1]);
    await expect(audience).toHaveURL(new RegExp(`steg=${ids[1]}`));
    await audience.keyboard.press('ArrowRight');
    await expect(current(speaker)).toHaveId(ids[2]);
    await speaker.keyboard.press('End');
    await expect(current(audience)).toHaveId(ids[ids.length - 1]);

    await speaker.keyboard.press('b');
    await expect(audience.locator('dialog .present__blank')).toBeVisible();
    await expect(speaker.locator('dialog .present__blank')).toBeHidden();
    await expect(speaker.getByRole('button', { name: /Släck publikskärmen/ })).toHaveAttribute('aria-pressed', 'true');
    await speaker.keyboard.press('b');
    await expect(audience.locator('dialog .present__blank')).toBeHidden();

    // A window opened later follows the presenter view.
    const late = await context.newPage();
    await late.goto(new URL('./processkarta/?presentation', baseURL).href);
    await expect(current(late)).toHaveId(ids[ids.length - 1]);
  });

  test('visar nästa steg, tid och frågorna till gruppen; publiken ser aldrig frågorna', async ({ page, context }) => {
    const data = await mapJson(page);
    const withNotes = data.steps.find((s) => s.notes.length || data.phases.find((p) => p.id === s.phase)?.notes.length);
    test.skip(!withNotes, 'innehållet har inga frågor till gruppen');
    const i = data.steps.indexOf(withNotes!);
    await page.goto(`./processkarta/?presentation&talare&steg=${withNotes!.id}`);
    const dialog = page.getByRole('dialog', { name: 'Talarvy för processkartan' });
    const notes = [...withNotes!.notes, ...(data.phases.find((p) => p.id === withNotes!.phase)?.notes ?? [])];
    for (const n of notes) await expect(dialog.getByText(n, { exact: true })).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Nästa steg' })).toBeVisible();
    if (i + 1 < data.steps.length)
      await expect(dialog.locator('.present__next')).toContainText(
        (await page.locator(`li[data-step="${data.steps[i + 1].id}"]`).getAttribute('data-title'))!,
      );
    const t0 = await dialog.locator('[data-p-elapsed]').textContent();
    await expect(dialog.locator('[data-p-elapsed]')).not.toHaveText(t0!, { timeout: 3000 });
    expect(await violations(page)).toEqual([]);

    // The audience view of the same step: none of the questions anywhere in its page.
    const audience = await context.newPage();
    await audience.goto(`./processkarta/?presentation&steg=${withNotes!.id}`);
    await expect(audience.getByRole('dialog')).toBeVisible();
    const html = await audience.content();
    for (const n of notes) expect(html).not.toContain(n);
    await audience.close();
  });

  test('Talarvy-knappen på sidan öppnar talarvyn', async ({ page }) => {
    await page.goto('./processkarta/');
    await page.getByRole('button', { name: 'Talarvy' }).click();
    await expect(page.getByRole('dialog', { name: 'Talarvy för processkartan' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]talare(&|$)/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Talarvy' })).toBeFocused();
  });
});

test.describe('aktörsfokus', () => {
  test('väljs med tangentbordet, tonar ned andra banor och står i adressen', async ({ page }) => {
    await page.goto('./processkarta/');
    const select = page.getByLabel('Markera en aktörs steg');
    const lanes = await page
      .locator('.pmap__lane')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.lane!));
    const actor = lanes[lanes.length - 1];
    const led = await page.locator(`[data-map-step][data-lane="${actor}"]`).count();
    const all = await page.locator('[data-map-step]').count();
    await select.focus();
    await select.selectOption(actor);
    await expect(page).toHaveURL(new RegExp(`[?&]aktor=${actor}`));
    await expect(page.locator('[data-map-step].is-focus')).toHaveCount(led);
    await expect(page.locator('[data-map-step].is-dim')).toHaveCount(all - led);
    await expect(page.getByRole('status').filter({ hasText: 'Markerat' })).toContainText(`${led} steg`);
    expect(await violations(page)).toEqual([]);
    // The same focus in the presentation, from the URL.
    await page.goto(`./processkarta/?presentation&aktor=${actor}`);
    await expect(page.locator('dialog [data-map-step].is-dim')).toHaveCount(all - led);
    await expect(page.getByRole('dialog').getByLabel('Aktör')).toHaveValue(actor);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('dialog').getByLabel('Aktör').selectOption('');
    await expect(page.locator('dialog .is-dim')).toHaveCount(0);
    await expect(page).not.toHaveURL(/aktor=/);
  });

  test('utan JavaScript visas hela kartan utan val', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await ctx.newPage();
    await page.goto('./processkarta/?aktor=finns-inte&presentation');
    await expect(page.getByLabel('Markera en aktörs steg')).toBeHidden();
    await expect(page.locator('.is-dim')).toHaveCount(0);
    expect(await page.locator('[data-map-step]').count()).toBeGreaterThan(0);
    await ctx.close();
  });
});

test('axe hittar inget i presentationen och talarvyn', async ({ page }) => {
  for (const url of ['./processkarta/?presentation', './processkarta/?presentation&talare']) {
    await page.goto(url);
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.locator('dialog .present__none', { hasText: 'Läser in' })).toHaveCount(0);
    expect(await violations(page)).toEqual([]);
  }
});
