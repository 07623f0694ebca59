import { defineConfig } from 'vitest/config';

// Real-browser tests (Chromium via playwright-core, Firefox ESR via puppeteer-core over WebDriver
// BiDi). Two files at a time (E2E_WORKERS=1 for one), one test at a time within a file: the
// longest file (send-guard) then runs beside all the others. Every file has its own browsers,
// profiles, proxy and ports, so files cannot see each other.
const workers = Number(process.env.E2E_WORKERS) || 2;
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
