// Drafts (status: utkast) carry an "Utkast" badge wherever the site lists them
// (links whose text is the page title; links written in body text are the editor's).
import { expect, test } from '@playwright/test';
import { loadContent } from '../../scripts/check/load.ts';
import { entryPath } from '../../src/lib/urls.ts';
import { FIXTURE } from '../support/sites.ts';

const drafts = loadContent(FIXTURE.content)
  .entries.filter((e) => e.raw?.status === 'utkast')
  .map((e) => ({ href: entryPath(e.collection.name, e.id), title: String(e.raw?.title) }));

const LISTS = [
  './samverkansmodeller/',
  './aktorer/avdelningen-for-mottagande-av-nyanlanda/',
  './dokument/slutrapport-2020/',
  './processkarta/overlamning-till-stadsdelsforvaltning/',
];

test('fixturen har utkast att pröva mot', () => expect(drafts.length).toBeGreaterThan(0));

for (const list of LISTS) {
  test(`utkast märks i listan på ${list}`, async ({ page }) => {
    await page.goto(list);
    let seen = 0;
    for (const { href, title } of drafts) {
      const link = page
        .locator(`a[href$="${href}"]`)
        .filter({ hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
      const items = page.getByRole('main').locator('li').filter({ has: link });
      for (const item of await items.all()) {
        await expect(item).toContainText('Utkast');
        seen += 1;
      }
    }
    expect(seen, 'sidan listar minst ett utkast').toBeGreaterThan(0);
  });
}
