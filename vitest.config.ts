import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // browser tests share one Chromium per file; keep files parallel but few at a time on 2 cores
    maxWorkers: 2,
  },
});
