import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import LongestFirst from './test/longest-first.ts';

// Node tests in three projects (see test/README.md for what each costs):
// - unit: quick files that leave nothing behind (no mocks, stubs, fake timers or DOM), run one after
//   the other in a worker without isolation, which saves starting a fresh module graph per file;
// - unit-isolated: the files that do (ISOLATED below), each in its own module graph;
// - eval: the files that load the face models, the OCR thread or the whole corpus. Their workers
//   are not torn down between files, so tfjs, face-api, sharp and tesseract's glue are imported
//   and set up once per worker. The projects share the same workers' slots (vitest runs projects
//   with different maxWorkers one after the other), so eval files run beside unit files.
// Real-browser tests live in test/e2e and have their own config.
// files under src/ that load the face models or the OCR thread in the test process
const MODEL_FILES = ['src/vision/node.test.ts', 'src/vision/node/tesseract.test.ts', 'src/vision/node/paddle.test.ts'];
const UNIT = ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'];

/** What makes a unit file leave state behind for the next file of its worker: module mocks, stubbed
 *  globals or env, spies, fake timers, a DOM environment, the fake extension API. Such a file runs
 *  isolated; the others share their worker's modules (a file must not change a module's state by
 *  other means: see test/README.md). */
const ISOLATED = /\bvi\.(mock|doMock|unmock|stubGlobal|stubEnv|resetModules|useFakeTimers|spyOn)\b|@vitest-environment|fake-extension-api|globalThis\.(chrome|browser)\b/;
const testFiles = (dir: string): string[] =>
  readdirSync(join(import.meta.dirname, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.test\.tsx?$/.test(f)).map((f) => join(dir, f));
const ISOLATED_FILES = ['src', 'test/unit'].flatMap(testFiles).filter((f) => ISOLATED.test(readFileSync(join(import.meta.dirname, f), 'utf8')));

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
          include: UNIT,
          exclude: [...MODEL_FILES, ...ISOLATED_FILES],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-isolated',
          include: ISOLATED_FILES,
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
