import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Real-browser tests (Chromium via playwright-core, Firefox ESR via puppeteer-core over WebDriver
// BiDi). Two files at a time (each has its own browsers, profiles, proxy and ports), one test at a
// time within a file: the tier is mostly waiting (browsers starting, a minute idle in
// analysis-lifecycle), so on two cores two files take ~5 min where one at a time took ~8.5.
// E2E_WORKERS=1 runs one file at a time.
const workers = Number(process.env.E2E_WORKERS) || Math.min(2, availableParallelism());
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
