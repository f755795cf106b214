// Vitest runs the pure unit tests and the integration tests that need no browser page of a
// built site (CLIs, the Markdown pipeline, Chromium rendering). Playwright runs the rest.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // CLIs and the checker start Node processes; shared test machines are slow at times.
    testTimeout: 60_000,
  },
});
