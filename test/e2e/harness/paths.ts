// Where things are: the repo, the shared data next to it, the builds, scratch space.
import { resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');
export const SHARED = resolve(REPO, '../shared');
export const TESTDATA = resolve(SHARED, 'testdata');
export const CORPUS = resolve(SHARED, 'corpus/drafts.jsonl');
// overridable, e.g. to point the suite at a deliberately broken build and watch it fail
export const DIST_CHROME = process.env.E2E_DIST_CHROME ?? resolve(REPO, 'dist/chrome');
export const DIST_FIREFOX = process.env.E2E_DIST_FIREFOX ?? resolve(REPO, 'dist/firefox');
/** The test build (`npm run build:e2e`, never packaged): the release build's code with the
 *  evaluation's roomy OCR budget (src/background/load-analyzer.ts), for the checks of what a
 *  photo's text leads to. Every other check loads the release build above. */
export const TEST_BUILD_CHROME = process.env.E2E_TEST_BUILD_CHROME ?? resolve(REPO, '.tmp/e2e-build/chrome');
export const TEST_BUILD_FIREFOX = process.env.E2E_TEST_BUILD_FIREFOX ?? resolve(REPO, '.tmp/e2e-build/firefox');
export const FIXTURE_SITES = resolve(REPO, 'test/fixtures/sites');
/** scratch space (git-ignored): browser profiles, probe extensions */
export const SCRATCH = resolve(REPO, '.tmp/e2e');

export const testdata = (rel: string): string => resolve(TESTDATA, rel);

/** The page the extension opens by itself on install. Sessions close it at launch unless asked to
 *  keep it: it would sit in the extension's process, whose memory the benchmarks measure. */
export const FIRST_RUN_PAGE = 'src/ui/about.html';
/** How long a launch waits for that page to open. */
export const FIRST_RUN_WAIT_MS = 10_000;
