import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // CLI and build tests spawn Node; the machines are shared, so seconds vary widely.
    testTimeout: 60_000,
  },
});
