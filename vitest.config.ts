import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirst from './test/longest-first.ts';

// Node tests in two projects (see test/README.md for what each costs):
// - unit: quick, isolated files, as many at once as there are cores;
// - eval: the files that load the face models, the OCR thread or the whole corpus. Their workers
//   are not torn down between files, so tfjs, face-api, sharp and tesseract's glue are imported
//   and set up once per worker. Both projects share the same workers' slots (vitest runs projects
//   with different maxWorkers one after the other), so eval files run beside unit files.
// Real-browser tests live in test/e2e and have their own config.
// files under src/ that load the face models or the OCR thread in the test process
const MODEL_FILES = ['src/vision/node.test.ts', 'src/vision/node/tesseract.test.ts', 'src/vision/node/paddle.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    sequence: { sequencer: LongestFirst },
    hookTimeout: 120_000,
    // vitest's default is cores − 1: one file at a time on a 2-core machine, one core idle.
    // TEST_WORKERS sets it for both projects (a --maxWorkers flag does not reach a project's own).
    maxWorkers: Number(process.env.TEST_WORKERS) || Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          exclude: MODEL_FILES,
        },
      },
      {
        extends: true,
        test: {
          name: 'eval',
          include: ['test/eval/**/*.test.ts', ...MODEL_FILES],
          isolate: false,
        },
      },
    ],
  },
});
