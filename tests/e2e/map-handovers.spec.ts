// Handovers (#13 point 5): where the lead actor changes between consecutive
// steps an arrow joins the two cards (SVG from the build, no JS), and the card
// and the step texts say it in words.
import { expect, test, type Page } from '@playwright/test';

const leads = (page: Page) =>
  page.locator('[data-map-step]').evaluateAll((els) => els.map((e) => [e.id, (e as HTMLElement).dataset.lane!]));

test('a handover between every change of lead: words on the card and in the texts, one arrow each', async ({
  browser,
  baseURL,
}) => {
  // Without JavaScript: the arrows and the words come from the build.
  const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 1600, height: 900 } });
  const page = await ctx.newPage();
  await page.goto('./processkarta/');
  const steps = await leads(page);
  const changes = steps.filter(([, lead], i) => i + 1 < steps.length && steps[i + 1][1] !== lead).map(([id]) => id);
  await expect(page.locator('[data-map-step] [data-handover]')).toHaveCount(changes.length);
  for (const id of changes) {
    await expect(page.locator(`#${id} [data-handover]`)).toContainText(/^→ ?Lämnas över till \S/);
    await expect(page.locator(`[data-step="${id}"] [data-step-handover]`)).toContainText(/^Lämnas över till \S/);
  }
  await expect(page.locator('.pmap__arrows .pmap__arrow')).toHaveCount(changes.length);
  await expect(page.locator('.pmap__arrows')).toBeVisible();
  await expect(page.locator('.pmap__arrows')).toHaveAttribute('aria-hidden', 'true');
  await ctx.close();
});

test('each arrow runs from its card to the next one', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('./processkarta/');
  const steps = await leads(page);
  const arrows = page.locator('.pmap__arrow');
  const n = await arrows.count();
  let k = 0;
  for (let i = 0; i + 1 < steps.length; i++) {
    if (steps[i][1] === steps[i + 1][1]) continue;
    const a = (await page.locator(`#${steps[i][0]}`).boundingBox())!;
    const b = (await page.locator(`#${steps[i + 1][0]}`).boundingBox())!;
    const arrow = (await arrows.nth(k++).boundingBox())!;
    const near = 40;
    // The arrow's box touches the right edge of the first card and an edge of the second.
    expect(Math.abs(arrow.x - (a.x + a.width))).toBeLessThan(near);
    expect(arrow.y).toBeLessThan(Math.min(a.y, b.y) + near);
    const reachesB = Math.abs(arrow.x + arrow.width - b.x) < near || Math.abs(arrow.x - (b.x + b.width)) < near;
    expect(reachesB || (arrow.x <= b.x + 1 && arrow.x + arrow.width >= b.x - near)).toBe(true);
    expect(arrow.y + arrow.height).toBeGreaterThan(Math.max(a.y, b.y));
  }
  expect(k).toBe(n);
});

test('arrows: contrast at least 3:1 on every lane background, printed, and no animation', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto('./processkarta/');
    const ratios = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const arrow = getComputedStyle(document.querySelector('.pmap__arrows')!).fill;
      const bgs = [...document.querySelectorAll('.pmap__lane'), document.querySelector('.pmap__grid')!].map(
        (el) => getComputedStyle(el).backgroundColor,
      );
      return bgs
        .filter((b) => !b.endsWith(', 0)'))
        .map((b) => {
          const [l1, l2] = [lum(arrow), lum(b)].sort((x, y) => y - x);
          return (l1 + 0.05) / (l2 + 0.05);
        });
    });
    expect(ratios.length).toBeGreaterThan(0);
    for (const r of ratios) expect(r).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.pmap__arrows').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  }
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await expect(page.locator('.pmap__arrows')).toBeVisible();
  // Retried: the print media takes effect with the next style recalculation.
  await expect(page.locator('.pmap__arrows')).toHaveCSS('fill', 'rgb(0, 0, 0)');
});
