import { defineConfig } from 'vitest/config';

// Real-browser tests (Chromium via playwright-core, Firefox ESR via puppeteer-core over WebDriver
// BiDi). One file at a time, one test at a time: two cores, two browsers, real timings.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 90_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
