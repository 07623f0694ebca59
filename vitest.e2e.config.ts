import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirst from './test/longest-first.ts';

// Real-browser tests (Chromium via playwright-core, Firefox ESR via puppeteer-core over WebDriver
// BiDi). Three files at a time (each has its own browsers, profiles, proxy and ports), one test at
// a time within a file: the tier is mostly waiting (browsers starting, a minute idle in
// analysis-lifecycle, dialogs animating), and its longest file (send-guard, ~4.5 min) then runs
// beside all the others. E2E_WORKERS=1 runs one file at a time.
const workers = Number(process.env.E2E_WORKERS) || Math.min(3, availableParallelism() + 1);
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: workers > 1,
    maxWorkers: workers,
    sequence: { concurrent: false, sequencer: LongestFirst },
    testTimeout: 90_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
