// The glossary: A–Ö index, and marked terms in content with a tooltip that
// meets WCAG 1.4.13 (shown on focus and hover, hoverable, dismissed with Esc).
import { expect, test } from '@playwright/test';

test('begreppslistan har ett register A–Ö med fungerande ankare', async ({ page }) => {
  await page.goto('./begrepp/');
  const index = page.getByRole('navigation', { name: 'Begrepp från A till Ö' });
  const letters = await index.getByRole('link').allTextContents();
  expect(letters.length).toBeGreaterThan(5);
  expect([...letters].sort((a, b) => a.localeCompare(b, 'sv'))).toEqual(letters);
  await index.getByRole('link', { name: 'K', exact: true }).click();
  await expect(page).toHaveURL(/#bokstav-K$/);
  await expect(page.locator('#kvotflykting dfn')).toHaveText(/Kvotflykting/i);
});

test('ett begrepp i texten visar sin förklaring vid tangentbordsfokus och döljs med Esc', async ({ page }) => {
  await page.goto('./gruppinformation/');
  const link = page.locator('main .term__link').first();
  const tipId = await link.getAttribute('aria-describedby');
  const tip = page.locator(`#${tipId}`);
  await expect(tip).toBeHidden();
  await link.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveAttribute('role', 'tooltip');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(link).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await link.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/begrepp\/#/);
});

test('förklaringen går att hovra över utan att försvinna', async ({ page }) => {
  await page.goto('./gruppinformation/');
  const term = page.locator('main .term').first();
  await term.locator('.term__link').hover();
  const tip = term.locator('.term__tip');
  await expect(tip).toBeVisible();
  await tip.hover();
  await expect(tip).toBeVisible();
});

test('bara första förekomsten på en sida märks', async ({ page }) => {
  await page.goto('./samverkansmodeller/forsorjningsstod/');
  const hrefs = await page.locator('main .term__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(hrefs.length);
});
