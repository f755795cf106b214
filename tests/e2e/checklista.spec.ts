// The checklist: filters, ticks kept in this browser across reloads, reset,
// print view with empty boxes, and a plain list without JavaScript.
import { expect, test } from '@playwright/test';

test('filter på ansvarig och fas smalnar av listan', async ({ page }) => {
  await page.goto('./checklista/');
  const items = page.locator('.checklist__item:visible');
  const all = await items.count();
  await page.getByLabel('Ansvarig').selectOption({ label: 'Skatteverket' });
  await expect.poll(() => items.count()).toBeLessThan(all);
  for (const text of await items.locator('dd').first().allTextContents()) expect(text).toContain('Skatteverket');
  await expect(page.getByRole('status').filter({ hasText: 'Visar' })).toContainText(`av ${all} punkter`);
  await page.getByRole('button', { name: 'Visa alla' }).click();
  await expect.poll(() => items.count()).toBe(all);
  await page.getByLabel('Fas').selectOption({ index: 1 });
  const phase = await page.getByLabel('Fas').locator('option:checked').textContent();
  await expect.poll(() => items.count()).toBeLessThan(all);
  for (const li of await items.all()) await expect(li.locator('dd').nth(1)).toContainText(phase!);
});

test('bockar sparas i webbläsaren mellan besök och kan rensas', async ({ page }) => {
  await page.goto('./checklista/');
  await expect(page.getByText('sparas bara i den här webbläsaren')).toBeVisible();
  const first = page.locator('.checklist__tick').first();
  const id = await first.getAttribute('value');
  await first.check();
  await page.reload();
  await expect(page.locator(`#bock-${id}`)).toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem('metodstod:checklista:v1'))).toContain(id!);
  await page.getByRole('button', { name: 'Rensa mina bockar' }).click();
  await expect(page.locator(`#bock-${id}`)).not.toBeChecked();
  await page.reload();
  await expect(page.locator(`#bock-${id}`)).not.toBeChecked();
});

test('kryssrutorna har namn och nås med tangentbordet', async ({ page }) => {
  await page.goto('./checklista/');
  const first = page.locator('.checklist__tick').first();
  const title = await page.locator('.checklist__item h3').first().textContent();
  await expect(page.getByRole('checkbox', { name: title! })).toBeVisible();
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
});

test('utskriften visar tomma rutor och döljer knappar och filter', async ({ page }) => {
  await page.goto('./checklista/');
  await page.locator('.checklist__tick').first().check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.checklist__tick').first()).toBeHidden();
  await expect(page.locator('.filter-bar')).toBeHidden();
  const box = await page
    .locator('.checklist__head')
    .first()
    .evaluate((el) => getComputedStyle(el, '::before').borderTopStyle);
  expect(box).toBe('solid');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});

test('utan JavaScript är checklistan en vanlig lista', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await ctx.newPage();
  await page.goto('./checklista/');
  await expect(page.locator('.checklist__item').first()).toBeVisible();
  await expect(page.locator('.checklist__tick').first()).toBeHidden();
  await expect(page.locator('.filter-bar')).toBeHidden();
  await ctx.close();
});

test('länksamlingen filtreras på målgrupp och språk och märker externa länkar i text', async ({ page }) => {
  await page.goto('./lankar/');
  const items = page.locator('[data-filter-item]:visible');
  const all = await items.count();
  await page.getByLabel('Språk').selectOption({ label: 'arabiska' });
  await expect.poll(() => items.count()).toBeLessThan(all);
  await expect(items.first()).toContainText('arabiska');
  await page.getByLabel('Språk').selectOption('');
  await page.getByLabel('För vem').selectOption({ label: 'Nyanlända' });
  for (const li of await items.all()) await expect(li).toContainText('Nyanlända');
  await expect(page.locator('main a.external').first()).toContainText('(extern länk)');
});
