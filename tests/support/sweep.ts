// What holds for every page of any valid content, so it runs on the real site and the fixture
// site alike: axe (WCAG 2.1 A/AA) finds nothing, no request leaves the site's host, the console
// stays free of errors, no horizontal scrolling at 320 px (WCAG 1.4.10), and every internal
// link and #anchor resolves.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { findBrokenLinks } from './linkcheck.ts';
import { BASE, builtPages, type Site } from './sites.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export function sweepSite(site: Site) {
  test('alla interna länkar och ankare fungerar', () => {
    expect(findBrokenLinks(site.dist, BASE)).toEqual([]);
  });

  for (const path of builtPages(site.dist)) {
    test(`axe, nätverk, konsol och 320 px: ${path}`, async ({ page, baseURL }) => {
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
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );

      await page.setViewportSize({ width: 320, height: 700 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'vågrät rullning vid 320 px').toBeLessThanOrEqual(0);
      expect(offsite).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}
