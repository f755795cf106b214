// The Content-Security-Policy (#16): every page carries it as a <meta> before
// any script or style, it allows only the site itself, and no feature trips
// it (no securitypolicyviolation event, no CSP error in the console). Runs on the
// fixture site; tests/content/sweep.spec.ts sees console errors on every real page.
import { expect, test, type Page } from '@playwright/test';
import { builtPages, FIXTURE } from '../support/sites.ts';

/** Collects violations from the page (the event) and from the console (blocked loads). */
async function watch(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
      );
    });
  });
  return violations;
}

test('every page has the policy first in <head>, allowing only the site itself', async ({ page }) => {
  test.setTimeout(300_000);
  const violations = await watch(page);
  for (const path of builtPages(FIXTURE.dist)) {
    const res = await page.goto(`.${path}`);
    const html = (await res?.text()) ?? '';
    const head = html.slice(0, html.indexOf('</head>'));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(head);
    expect(meta, path).not.toBeNull();
    const policy = meta![1];
    expect(policy, path).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')*(;|$)/);
    expect(policy, path).not.toContain('unsafe-inline');
    expect(policy, path).toMatch(/object-src 'none'/);
    for (const d of ['img-src', 'connect-src', 'font-src', 'style-src'])
      expect(policy, `${path} ${d}`).toMatch(new RegExp(`${d} 'self'`));
    // A <meta> policy governs only what comes after it: no script, style or link before it.
    expect(head.slice(0, meta!.index), path).not.toMatch(/<(script|style|link)\b/i);
  }
  expect(violations).toEqual([]);
});

test.describe('no feature trips the policy', () => {
  test('search: header field and the search page with a filter', async ({ page }) => {
    const violations = await watch(page);
    await page.goto('./');
    // A word the site certainly contains: from its own title.
    const word = (await page.title()).split(/[^\p{L}]+/u).find((w) => w.length >= 5) ?? 'metodstöd';
    await page.locator('#sok-falt').click();
    await page.locator('#sok-falt').pressSequentially(word.slice(0, 6), { delay: 20 });
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible({ timeout: 20_000 });
    await page.goto(`./sok/?q=${encodeURIComponent(word)}`);
    await expect(page.locator('.search-results li').first()).toBeVisible({ timeout: 20_000 });
    const filter = page
      .locator('.search-filters input[type="checkbox"], [role="group"] input[type="checkbox"]')
      .first();
    if (await filter.count()) await filter.check();
    expect(violations).toEqual([]);
  });

  test('map: zoom, presentation and the offline copy', async ({ page }) => {
    // Installing the offline copy fetches the whole site: slow on a busy machine.
    test.setTimeout(180_000);
    const violations = await watch(page);
    await page.goto('./processkarta/');
    const bar = page.locator('.pmap .zoom__bar');
    await bar.getByRole('button', { name: 'Zooma in' }).click();
    await bar.getByRole('button', { name: 'Återställ' }).click();
    await page.getByRole('button', { name: 'Presentera' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.locator('[data-offline-ready]')).toBeVisible({ timeout: 150_000 });
    expect(violations).toEqual([]);
  });

  test('diagrams: zoom on a page with Mermaid', async ({ page }) => {
    const violations = await watch(page);
    const pages = builtPages(FIXTURE.dist);
    let found = false;
    for (const path of pages.filter((p) => p.startsWith('/samverkansmodeller/') && p.split('/').length > 3)) {
      await page.goto(`.${path}`);
      if (!(await page.locator('figure.diagram .zoom__bar').count())) continue;
      found = true;
      const bar = page.locator('figure.diagram .zoom__bar').first();
      await bar.getByRole('button', { name: 'Zooma in' }).click();
      await bar.getByRole('button', { name: 'Anpassa' }).click();
      break;
    }
    expect(found, 'the fixture site has a model page with a diagram').toBe(true);
    expect(violations).toEqual([]);
  });

  test('checklist: filters and ticks; link list filters', async ({ page }) => {
    const violations = await watch(page);
    await page.goto('./checklista/');
    await page.getByLabel('Fas').selectOption({ index: 1 });
    await page.getByLabel('Fas').selectOption({ index: 0 });
    await page.locator('.checklist__tick').first().check();
    await page.getByRole('button', { name: 'Rensa mina bockar' }).click();
    await page.goto('./lankar/');
    const select = page.locator('main select').first();
    if (await select.count()) await select.selectOption({ index: 1 });
    expect(violations).toEqual([]);
  });

  test('glossary: index and a term’s explanation', async ({ page }) => {
    const violations = await watch(page);
    await page.goto('./begrepp/');
    await page.locator('main a[href^="#bokstav-"]').first().click();
    let found = false;
    for (const path of builtPages(FIXTURE.dist)) {
      await page.goto(`.${path}`);
      const term = page.locator('main .term__link').first();
      if (!(await term.count())) continue;
      found = true;
      await term.hover();
      await term.focus();
      await page.keyboard.press('Escape');
      break;
    }
    expect(found, 'the fixture site has a page with a marked term').toBe(true);
    expect(violations).toEqual([]);
  });
});
