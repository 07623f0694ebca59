import { defineConfig } from 'vitest/config';

// Real-browser tests (Chromium via playwright-core, Firefox ESR via puppeteer-core over WebDriver
// BiDi). One file at a time, one test at a time: two cores, two browsers, real timings.
// E2E_WORKERS=2 runs two files at once (each has its own browsers, profiles, proxy and ports):
// ~40% faster, but under load one timing-sensitive test failed once that way (test/README.md).
const workers = Number(process.env.E2E_WORKERS) || 1;
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: workers > 1,
    maxWorkers: workers,
    sequence: { concurrent: false },
    testTimeout: 90_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
