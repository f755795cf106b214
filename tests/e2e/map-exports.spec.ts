// Exports built with the site (#13 point 7): processkarta.pdf on A3 landscape
// and processkarta.pptx with an overview and one slide per step, linked under
// "Ladda ner" and in the offline copy.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pdfPages } from '../support/pdf.ts';
import { FIXTURE } from '../support/sites.ts';

const DIST = FIXTURE.dist;

const stepCount = async (page: Page) => {
  await page.goto('./processkarta/');
  return page.locator('[data-map-step]').count();
};

test('"Ladda ner" links the PDF and the PowerPoint, and both are served', async ({ page }) => {
  await page.goto('./processkarta/');
  const section = page.getByRole('region', { name: 'Ladda ner' });
  for (const [name, type] of [
    [/PDF/, 'pdf'],
    [/PowerPoint/, 'pptx'],
  ] as const) {
    const link = section.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', new RegExp(`/processkarta/processkarta\\.${type}$`));
    const res = await page.request.get((await link.getAttribute('href'))!);
    expect(res.status()).toBe(200);
    expect((await res.body()).length).toBeGreaterThan(1000);
  }
});

test('the PDF is A3 landscape on every page and carries every step', async ({ page }) => {
  const n = await stepCount(page);
  const pdf = readFileSync(path.join(DIST, 'processkarta/processkarta.pdf'));
  const pages = pdfPages(pdf);
  expect(pages.length).toBeGreaterThan(0);
  for (const p of pages) {
    expect(Math.abs(p.width - 1190.55)).toBeLessThan(1);
    expect(Math.abs(p.height - 841.89)).toBeLessThan(1);
  }
  // The pages the PDF was printed from hold every step text (print layout checked in processkarta.spec.ts).
  expect(n).toBeGreaterThan(0);
});

test('the PowerPoint has an overview and one slide per step, with notes', async ({ page }) => {
  const n = await stepCount(page);
  const file = path.join(DIST, 'processkarta/processkarta.pptx');
  const list = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
  const slides = list.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  expect(slides).toHaveLength(n + 1);
  const json = (await (await page.request.get('./processkarta/karta.json')).json()) as {
    phases: { notes: string[] }[];
  };
  if (json.phases.some((p) => p.notes.length)) {
    expect(list.filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f)).length).toBeGreaterThan(0);
    const notes = execFileSync('unzip', ['-p', file, 'ppt/notesSlides/*.xml'], { encoding: 'utf8' });
    expect(notes).toContain('Frågor till gruppen');
  }
});

test('both files are in the offline copy', () => {
  const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  expect(sw).toMatch(/processkarta\/processkarta\.pdf/);
  expect(sw).toMatch(/processkarta\/processkarta\.pptx/);
});
