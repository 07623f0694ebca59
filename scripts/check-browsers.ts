// First step of `npm test`: are the browsers the real-browser tests drive here, and new enough?
// Stops within seconds with the exact commands to run, instead of failing 80 tests ten minutes in.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROWSER_NEEDS, CHROMIUM, FIREFOX } from '../test/e2e/harness/browsers.ts';

function versionOf(executable: string): number | null {
  if (!existsSync(executable)) return null;
  try {
    const out = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 });
    const m = /(\d+)\.\d+/.exec(out);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().length > 0;
  } catch {
    return false;
  }
}

const problems: string[] = [];
for (const [name, executable, pkg, need] of [['Chromium', CHROMIUM, 'chromium', BROWSER_NEEDS.chromium], ['Firefox ESR', FIREFOX, 'firefox-esr', BROWSER_NEEDS.firefox]] as const) {
  const v = versionOf(executable);
  if (v === null) problems.push(`${name} not found at ${executable} (Debian package ${pkg}).`);
  else if (v < need.tests) problems.push(`${name} ${v} found at ${executable}; the tests need ${need.tests} or newer (${need.why}).`);
  else console.log(`${name} ${v}: ok`);
}
if (!hasCjkFont()) console.log('note: no Chinese font (fonts-noto-cjk): screenshots will show Chinese as empty boxes; the tests still run.');

if (problems.length) {
  console.error(`\n${problems.join('\n')}\n
Install or upgrade them (Debian/Ubuntu; the package lists a fresh machine ships with are stale, so update them first):

  sudo apt-get update
  sudo apt-get install -y chromium firefox-esr fonts-noto-cjk

or run \`bash .ci/run\`, which does that and then runs the tests. Other paths: E2E_CHROMIUM=/path/to/chromium, E2E_FIREFOX=/path/to/firefox.`);
  process.exit(1);
}
