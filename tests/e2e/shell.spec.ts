// The page shell on the fixture site: Swedish start page, navigation, skip link, search form,
// breadcrumbs, page footer.
import { expect, test } from '@playwright/test';

test('startsidan är på svenska och menyn leder till avsnitten', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/Metodstöd kvotflyktingar/);
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await nav.getByRole('link', { name: 'Samverkansmodeller' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Samverkansmodeller');
  await expect(nav.getByRole('link', { name: 'Samverkansmodeller' })).toHaveAttribute('aria-current', 'page');
});

test('hoppa-till-innehåll-länken är första tabbstoppet och flyttar fokus', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#innehall$/);
});

test('sökformuläret fungerar utan JavaScript och leder till söksidan', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await ctx.newPage();
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Sök i metodstödet' }).fill('tolk');
  await page.getByRole('button', { name: 'Sök' }).first().click();
  await expect(page).toHaveURL(/\/sok\/\?q=tolk/);
  await ctx.close();
});

test('brödsmulor visar var man är', async ({ page }) => {
  await page.goto('./samverkansmodeller/forsorjningsstod/');
  const crumbs = page.getByRole('navigation', { name: 'Brödsmulor' });
  await expect(crumbs.getByRole('link', { name: 'Samverkansmodeller' })).toBeVisible();
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(/försörjningsstöd/);
});

// Reflow at 320 px is checked on every page by the sweep (tests/support/sweep.ts).

test('sidfoten visar ansvarig enhet och granskningsdatum', async ({ page }) => {
  await page.goto('./gruppinformation/');
  const meta = page.getByRole('complementary', { name: 'Om sidan' });
  await expect(meta).toContainText('Ansvarig enhet');
  await expect(meta).toContainText('Nästa granskning');
  await expect(meta.getByRole('link', { name: /Föreslå ändring/ })).toHaveAttribute(
    'href',
    /content\/sidor\/gruppinformation\.mdx$/,
  );
});
