// Builds the extension first when dist/ (the release build) or the e2e tier's test build
// (.tmp/e2e-build, `npm run build:e2e`) is missing or older than its sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_CHROME, DIST_FIREFOX, REPO, TEST_BUILD_CHROME, TEST_BUILD_FIREFOX } from './harness/paths.ts';

const SOURCES = ['src', 'public', 'manifest.json', 'vite.config.ts', 'vite', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = 0;
  for (const e of readdirSync(path)) {
    if (e.endsWith('.test.ts') || e.endsWith('.test.tsx')) continue;
    m = Math.max(m, newest(join(path, e)));
  }
  return m;
}

export function distIsStale(dirs = [DIST_CHROME, DIST_FIREFOX]): boolean {
  const built = Math.min(...dirs.map((d) => {
    const f = join(d, 'manifest.json');
    return existsSync(f) ? statSync(f).mtimeMs : 0;
  }));
  return built === 0 || SOURCES.some((s) => newest(join(REPO, s)) > built);
}

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  if (distIsStale()) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (distIsStale([TEST_BUILD_CHROME, TEST_BUILD_FIREFOX])) execFileSync('npm', ['run', 'build:e2e'], { cwd: REPO, stdio: 'inherit' });
}
