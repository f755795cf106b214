// Search quality on the fixture site (#14): the page that is the topic first,
// typos, abbreviations and signs from the glossary, questions, deep links to
// sections, the search page's single live region, and the vocabulary loaded
// only when a query finds little.
import { expect, test, type Page } from '@playwright/test';
import type * as SearchModule from '../../src/browser/search/index.ts';

interface Found {
  total: number;
  urls: string[];
  sections: string[][];
  shownFor?: string;
}

async function search(page: Page, q: string, exact = false): Promise<Found> {
  return page.evaluate(
    async ([q, exact]) => {
      const base = new URL(document.querySelector<HTMLAnchorElement>('.site-header__name')!.href).pathname;
      const url = document.querySelector<HTMLFormElement>('[data-search-form]')!.dataset.module!;
      const m = (await import(url)) as typeof SearchModule;
      const r = await m.search(base, q, {}, 100, { exact });
      const local = (u: string) => u.slice(base.length - 1);
      return {
        total: r.total,
        urls: r.hits.map((h) => local(h.url)),
        sections: r.hits.map((h) => h.sections.map((s) => local(s.url))),
        shownFor: r.shownFor,
      };
    },
    [q, exact] as const,
  );
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
});

test.describe('rangordning efter vad sidan är', () => {
  // query → the page that IS the topic, ahead of cards and steps that mention it
  const TOPICS: [string, string][] = [
    ['gruppinformation', '/gruppinformation/'], // theme page before the process step "Gruppinformation"
    ['försörjningsstöd', '/samverkansmodeller/forsorjningsstod/'], // model before the actor card
    ['socialpsykiatri', '/samverkansmodeller/socialpsykiatri/'],
    ['vidarebosättning', '/begrepp/'], // no page is about it: the glossary's definition
  ];
  for (const [q, url] of TOPICS)
    test(`"${q}" ger ${url} först`, async ({ page }) => {
      const r = await search(page, q);
      expect(r.urls[0], r.urls.join(', ')).toBe(url);
    });
});

test.describe('stavfel', () => {
  test('en sökning utan träffar söks om med sajtens närmaste ord, och säger det', async ({ page }) => {
    const typo = await search(page, 'bosätningsunderlag');
    const right = await search(page, 'bosättningsunderlag');
    expect(typo.shownFor).toBe('bosättningsunderlag');
    expect(typo.urls[0]).toBe(right.urls[0]);
    expect((await search(page, 'bosätningsunderlag', true)).shownFor).toBeUndefined();
    // a swap of two letters, and a missing letter in a word with å/ä/ö
    expect((await search(page, 'gruppinfromation')).urls[0]).toBe('/gruppinformation/');
    expect((await search(page, 'försörjningstöd')).shownFor).toBe('försörjningsstöd');
  });

  test('söksidan visar "Visar träffar för …" med en länk till de exakta orden', async ({ page }) => {
    await page.goto('./sok/?q=' + encodeURIComponent('bosätningsunderlag'));
    const count = page.locator('#sokresultat .search-count');
    await expect(count).toContainText('Visar träffar för bosättningsunderlag');
    await expect(page.locator('.search-results > li').first()).toBeVisible();
    await count.getByRole('link', { name: 'Sök i stället på bosätningsunderlag' }).click();
    await expect(page).toHaveURL(/[?&]exakt/);
    await expect(count).toContainText('för bosätningsunderlag');
    await expect(count).not.toContainText('Visar träffar för');
  });

  test('sökfältet i sidhuvudet visar rättningen som första förslag', async ({ page }) => {
    const input = page.locator('#sok-falt');
    await input.fill('bosätningsunderlag');
    const first = page.locator('#sok-forslag [role=option]').first();
    await expect(first).toContainText('Visar träffar för bosättningsunderlag');
    await expect(page.locator('#sok-forslag [role=option]')).not.toHaveCount(2); // note, hits, "visa alla"
    await input.press('ArrowDown');
    await input.press('Enter');
    await expect(page).toHaveURL(/\/sok\/\?q=bos%C3%A4tningsunderlag&exakt/);
  });

  test('ordlistan hämtas inte förrän någon går till sökfältet, och en gång', async ({ page }) => {
    const vocabulary: string[] = [];
    page.on('request', (r) => r.url().includes('metodstod-ord') && vocabulary.push(r.url()));
    await page.waitForTimeout(500);
    expect(vocabulary).toEqual([]);
    // Reaching for the field loads it, so the first search does not wait for it.
    await page.locator('#sok-falt').focus();
    await expect.poll(() => vocabulary.length).toBe(1);
    await search(page, 'gruppinformation');
    await search(page, 'bosätningsunderlag');
    expect(vocabulary).toHaveLength(1);
  });
});

test.describe('förkortningar, former och synonymer ur begreppslistan', () => {
  test('förkortningen och termen hittar samma sidor, åt båda hållen', async ({ page }) => {
    const abbr = await search(page, 'SDF');
    const term = await search(page, 'stadsdelsförvaltning');
    expect(abbr.urls[0]).toBe('/aktorer/stadsdelsforvaltningarna/');
    // every page the one finds, the other finds too (the hidden variants make them the same set)
    expect(new Set(abbr.urls)).toEqual(new Set(term.urls));
  });

  test('med och utan tecken: "§ 37-medel", "§37", "37-medel" och en synonym', async ({ page }) => {
    for (const q of ['§ 37-medel', '§37-medel', '37-medel', 'paragraf 37-medel', 'paragrafmedel']) {
      const r = await search(page, q);
      expect(r.urls, q).toContain('/begrepp/');
      expect(r.urls, q).toContain('/om-metodstodet/');
    }
    expect((await search(page, '§37')).urls).toContain('/begrepp/');
  });
});

test('en fråga hittar det dess innehållsord hittar', async ({ page }) => {
  for (const [question, words] of [['vad är en sekretessprövning', 'sekretessprövning']]) {
    const asked = await search(page, question, true);
    const found = await search(page, words);
    expect(asked.total, question).toBeLessThan(3); // as typed, a question finds (next to) nothing
    expect(found.total).toBeGreaterThan(0);
    const answered = await search(page, question);
    expect(answered.urls, question).toEqual(expect.arrayContaining(found.urls));
    expect(found.urls.slice(0, 3), question).toContain(answered.urls[0]);
  }
});

test.describe('djuplänkar till avsnitt', () => {
  test('en träff i ett avsnitt av en lång sida leder till avsnittet', async ({ page }) => {
    const r = await search(page, 'arbetsmetod');
    const i = r.urls.indexOf('/gruppinformation/');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(r.sections[i][0]).toBe('/gruppinformation/#ledare-och-arbetsmetod');
  });

  test('ett begrepp leder till sin definition i begreppslistan', async ({ page }) => {
    const r = await search(page, 'sekretessprövning');
    expect(r.sections[r.urls.indexOf('/begrepp/')]).toContain('/begrepp/#sekretessprovning');
  });

  test('söksidan och förslagen länkar till avsnittet', async ({ page }) => {
    await page.goto('./sok/?q=arbetsmetod');
    const hit = page.locator('.search-results > li', { has: page.locator('h2 a[href$="/gruppinformation/"]') });
    await expect(hit.locator('.search-sections a').first()).toHaveAttribute('href', /#ledare-och-arbetsmetod$/);
    const input = page.locator('#sok-falt');
    await input.fill('arbetsmetod');
    await expect(page.locator('#sok-forslag [data-url$="/gruppinformation/#ledare-och-arbetsmetod"]')).toHaveCount(1);
  });
});

test('söksidan: bara antalet är en levande region, inte listan', async ({ page }) => {
  await page.goto('./sok/?q=tolk');
  const out = page.locator('#sokresultat');
  await expect(out.locator('.search-results > li').first()).toBeVisible();
  await expect(out).not.toHaveAttribute('aria-live');
  await expect(page.locator('main :is([aria-live], [role=status], [role=alert])')).toHaveCount(1);
  await expect(out.locator('.search-count')).toHaveAttribute('role', 'status');
  await expect(out.locator('.search-results [aria-live], .search-results [role=status]')).toHaveCount(0);
});
