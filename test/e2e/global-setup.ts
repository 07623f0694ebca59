// Builds the extension first when dist/ is missing or older than its sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_CHROME, DIST_FIREFOX, REPO } from './harness/paths.ts';

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

export function distIsStale(): boolean {
  const built = Math.min(...[DIST_CHROME, DIST_FIREFOX].map((d) => {
    const f = join(d, 'manifest.json');
    return existsSync(f) ? statSync(f).mtimeMs : 0;
  }));
  return built === 0 || SOURCES.some((s) => newest(join(REPO, s)) > built);
}

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD !== '1' && distIsStale()) {
    execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  }
}
