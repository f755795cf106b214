// Every built page: axe (WCAG 2.1 A/AA) finds nothing, no request leaves
// localhost, and the console stays free of errors.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const path of builtPages()) {
  test(`axe, nätverk och konsol: ${path}`, async ({ page, baseURL }) => {
    const host = new URL(baseURL!).host;
    const offsite: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && new URL(r.url()).host !== host) offsite.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));

    const res = await page.goto(`.${path}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
}
