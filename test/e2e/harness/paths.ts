// Where things are: the repo, the shared data next to it, the builds, scratch space.
import { resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');
export const SHARED = resolve(REPO, '../shared');
export const TESTDATA = resolve(SHARED, 'testdata');
export const CORPUS = resolve(SHARED, 'corpus/drafts.jsonl');
// overridable, e.g. to point the suite at a deliberately broken build and watch it fail
export const DIST_CHROME = process.env.E2E_DIST_CHROME ?? resolve(REPO, 'dist/chrome');
export const DIST_FIREFOX = process.env.E2E_DIST_FIREFOX ?? resolve(REPO, 'dist/firefox');
export const FIXTURE_SITES = resolve(REPO, 'test/fixtures/sites');
/** scratch space (git-ignored): browser profiles, probe extensions */
export const SCRATCH = resolve(REPO, '.tmp/e2e');

export const testdata = (rel: string): string => resolve(TESTDATA, rel);
