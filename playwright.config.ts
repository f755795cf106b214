// End-to-end and accessibility tests against the built site (npm test builds first).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/node/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4399);
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    locale: 'sv-SE',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port), BASE_PATH: base },
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
