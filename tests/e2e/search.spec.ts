// Search: realistic Swedish queries find their page in the top three,
// compounds and inflections included; the header field and the search page
// work by keyboard; filters narrow; diagram text is findable.
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE, readPage } from '../support/sites.ts';
import type * as SearchModule from '../../src/browser/search/index.ts';

type Result = { total: number; urls: string[]; contents: string[] };
async function search(page: Page, q: string, filters = {}): Promise<Result> {
  return page.evaluate(
    async ([q, filters]) => {
      const base = new URL(document.querySelector<HTMLAnchorElement>('.site-header__name')!.href).pathname;
      // The search module's URL (hashed by the build) is on the header's search form.
      const url = document.querySelector<HTMLFormElement>('[data-search-form]')!.dataset.module!;
      const m = (await import(url)) as typeof SearchModule;
      const r = await m.search(base, q, filters, 3);
      return {
        total: r.total,
        urls: r.hits.map((h) => h.url.slice(base.length - 1)),
        contents: r.hits.map((h) => h.content ?? ''),
      };
    },
    [q, filters] as const,
  );
}

// The fixture site's pages (tests/fixtures/site/content): query → a page that should be among
// the first three hits (any of several for broad queries).
const QUERIES: [string, string[]][] = [
  ['försörjningsstöd', ['/samverkansmodeller/forsorjningsstod/']],
  ['samverkansmodell socialpsykiatri', ['/samverkansmodeller/socialpsykiatri/']],
  ['gruppinformation', ['/gruppinformation/']],
  ['sjukvård', ['/processkarta/initial-sjukvard/']],
  ['bosättningsunderlag', ['/processkarta/bosattningsunderlag/']],
  ['sekretessprövning', ['/begrepp/', '/processkarta/bosattningsunderlag/']],
  ['barn som tolk', ['/barnrattsperspektivet/']],
  ['hemförsäkring', ['/checklista/']],
  ['bankkonto', ['/checklista/']],
  ['jämställdhet', ['/gruppinformation/']],
  ['vidarebosättning', ['/begrepp/']],
  // inflections (Swedish stemming)
  ['kvotflyktingarna', ['/', '/om-metodstodet/', '/begrepp/']],
  ['samverkansmodellerna', ['/samverkansmodeller/']],
  // compounds: the query is the tail of a word on the page
  ['vägledare', ['/gruppinformation/']],
  ['ombudsman', ['/barnrattsperspektivet/']],
  // and a compound the site writes as separate words
  [
    'kvotflyktingmottagande',
    ['/', '/om-metodstodet/', '/dokument/tjansteutlatande-2020/', '/dokument/slutrapport-2020/', '/begrepp/'],
  ],
];

test.describe('sökträffar', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./');
  });

  for (const [q, expected] of QUERIES) {
    test(`"${q}" hittar rätt sida bland de tre första`, async ({ page }) => {
      const r = await search(page, q);
      expect(
        r.urls.some((u) => expected.includes(u)),
        `träffar: ${r.urls.join(', ')}`,
      ).toBe(true);
    });
  }

  test('sammansatta ord: delarna står inte fristående på sidan (sökningen ovan hittar dem)', () => {
    const html = readPage(FIXTURE, '/gruppinformation/').toLowerCase();
    expect(html).toContain('samhällsvägledare');
    expect(html).not.toMatch(/[^\p{L}]vägledare/u);
  });

  // Decision: å, ä and ö also match a, a and o (Pagefind folds diacritics), so
  // a search typed on a keyboard without Swedish letters still finds the page.
  test('å, ä och ö matchar även a, a och o', async ({ page }) => {
    const exact = await search(page, 'försörjningsstöd');
    const folded = await search(page, 'forsorjningsstod');
    expect(folded.urls).toContain('/samverkansmodeller/forsorjningsstod/');
    expect(folded.total).toBe(exact.total);
    expect((await search(page, 'sjukvard')).total).toBe((await search(page, 'sjukvård')).total);
  });

  test('texten i ett diagram går att söka fram', async ({ page }) => {
    const r = await search(page, 'Aktualiserar ärendet och lämnar uppgifter om behovet');
    const i = r.urls.indexOf('/samverkansmodeller/forsorjningsstod/');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(r.contents[i]).toContain('Diagrammets innehåll');
  });

  test('filter smalnar av resultatet', async ({ page }) => {
    const all = await search(page, 'stöd');
    const models = await search(page, 'stöd', { Innehållstyp: 'Samverkansmodell' });
    expect(models.total).toBeGreaterThan(0);
    expect(models.total).toBeLessThan(all.total);
    expect(models.urls.every((u) => u.startsWith('/samverkansmodeller/'))).toBe(true);
  });
});

test('"/" flyttar fokus till sökfältet och förslagen går att välja med tangentbordet', async ({ page }) => {
  await page.goto('./lankar/');
  await page.keyboard.press('/');
  const field = page.getByRole('combobox', { name: 'Sök i metodstödet' });
  await expect(field).toBeFocused();
  await field.pressSequentially('gruppinformation', { delay: 20 });
  const list = page.getByRole('listbox', { name: 'Sökförslag' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await expect(list.locator('mark').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-activedescendant', 'sok-forslag-0');
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/lankar\/$/);
  await expect(page.locator('main h1')).toContainText(/gruppinformation/i);
});

test('Esc stänger förslagen', async ({ page }) => {
  await page.goto('./');
  const field = page.locator('#sok-falt');
  await field.click();
  await field.pressSequentially('tolk', { delay: 20 });
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(field).toHaveAttribute('aria-expanded', 'false');
});

test('Esc stänger förslagen även medan träffarnas utdrag fortfarande hämtas', async ({ page }) => {
  // The list first shows the hits by title, then again with excerpts: held back here until after Esc.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/pagefind/fragment/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const field = page.locator('#sok-falt');
  const pageList = page.waitForResponse((r) => r.url().includes('metodstod-sidor.json'));
  await field.click();
  await pageList;
  await field.fill('tolk');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  const fragments = page.waitForResponse((r) => r.url().includes('/pagefind/fragment/'));
  release();
  await fragments;
  await page.waitForTimeout(300);
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(field).toHaveAttribute('aria-expanded', 'false');
});

test('söksidan fungerar från en länk och filtren smalnar av', async ({ page }) => {
  await page.goto('./sok/?q=st%C3%B6d');
  const count = page.locator('.search-count');
  await expect(count).toContainText('träffar för');
  const before = Number((await count.textContent())!.match(/\d+/)![0]);
  await page
    .getByRole('group', { name: 'Innehållstyp' })
    .getByLabel(/Samverkansmodell/)
    .check();
  await expect.poll(async () => Number((await count.textContent())!.match(/\d+/)?.[0] ?? 0)).toBeLessThan(before);
  await expect(page.locator('.search-results li').first()).toContainText(/Samverkansmodell/);
});

test('innehållssidor laddar ingen JavaScript-fil förrän sökfältet används', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('./gruppinformation/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await page.getByRole('searchbox', { name: 'Sök i metodstödet' }).focus();
  const searchModule = await page.locator('[data-search-form]').getAttribute('data-module');
  await expect.poll(() => scripts.some((s) => new URL(s).pathname === searchModule)).toBe(true);
});

test('axe: öppna förslag och söksidan med träffar och filter', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  await page.goto('./');
  await page.locator('#sok-falt').click();
  await page.locator('#sok-falt').pressSequentially('tolk', { delay: 20 });
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
  await page.goto('./sok/?q=tolk');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Innehållstyp' })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
});
