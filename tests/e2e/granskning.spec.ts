// /granskning/: the review list by owner, built at build time. It must list
// exactly what `npm run report` lists for the same day.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURE } from '../support/sites.ts';

interface Report {
  groups: { owner: { id: string; name: string }; items: { title: string; path: string; state: string }[] }[];
}

test('granskningssidan nås från sidfoten och förklarar granskningen', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Granskning av innehåll' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Granskning av innehåll');
  await expect(page.getByRole('heading', { level: 2, name: 'Så fungerar granskningen' })).toBeVisible();
  await expect(page.locator('[data-review-summary]')).toHaveText(
    /(Inga sidor behöver granskas|\d+ sid(a|or) behöver granskas)/,
  );
});

test('granskningssidan listar samma sidor per enhet som npm run report', async ({ page }) => {
  await page.goto('./granskning/');
  const day = await page.locator('time[data-today]').getAttribute('datetime');
  expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const report = JSON.parse(
    // report.ts reads content/ of its working folder: run it beside the fixture's content.
    execFileSync(process.execPath, [path.resolve('scripts/report.ts'), '--json'], {
      cwd: path.dirname(FIXTURE.content),
      env: { ...process.env, TODAY: day! },
      encoding: 'utf8',
    }),
  ) as Report;
  const owners = page.locator('[data-review-owner]');
  await expect(owners).toHaveCount(report.groups.length);
  for (const [i, g] of report.groups.entries()) {
    const section = owners.nth(i);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(g.owner.name);
    const items = section.locator('[data-review-item]');
    await expect(items).toHaveCount(g.items.length);
    for (const [j, item] of g.items.entries()) {
      await expect(items.nth(j).getByRole('link').first()).toHaveText(item.title);
      // The state is written out, not shown by colour alone.
      await expect(items.nth(j)).toContainText(item.state === 'forsenad' ? 'Försenad:' : 'Snart:');
    }
  }
});
