// Browser tests. One static server per built site (npm test builds both first):
//
//   project      specs                  site (baseURL)                                          port
//   fixture      tests/e2e/**           tests/fixtures/site/content → .cache/fixture-dist       E2E_PORT (4399)
//   content      tests/content/**       content/ → dist/ (only what holds for any valid content) E2E_PORT + 10
//   integration  tests/integration/**   none: builds, CLIs, servers; a test starts what it needs
//
// A spec in tests/e2e targets the fixture site: page.goto('./begrepp/') opens the fixture's
// glossary, and it may assert the fixture's known entries. Its built files: FIXTURE.dist from
// tests/support/sites.ts. Build it alone with
//   CONTENT_DIR=tests/fixtures/site/content OUT_DIR=.cache/fixture-dist npm run build
// and run one spec with  E2E_PORT=… npx playwright test --project=fixture tests/e2e/x.spec.ts
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/node/chromium.ts';
import { CONTENT, FIXTURE, type Site } from './tests/support/sites.ts';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const urlOf = (site: Site) => `http://127.0.0.1:${site.port}${base}`;
const serve = (site: Site) => ({
  command: `"${process.execPath}" scripts/static-server.mjs`,
  env: { PORT: String(site.port), BASE_PATH: base, SITE_DIR: site.dist },
  // The port, not a URL: a site that is not built yet still lets the other projects run.
  port: site.port,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

export default defineConfig({
  fullyParallel: true,
  // Generous: the test machines are shared, and axe on a long page takes seconds.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: process.env.CI ? 2 : undefined,
  reporter: 'list',
  use: {
    locale: 'sv-SE',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'fixture', testDir: 'tests/e2e', use: { baseURL: urlOf(FIXTURE) } },
    { name: 'content', testDir: 'tests/content', use: { baseURL: urlOf(CONTENT) } },
    { name: 'integration', testDir: 'tests/integration' },
  ],
  webServer: [serve(FIXTURE), serve(CONTENT)],
});
