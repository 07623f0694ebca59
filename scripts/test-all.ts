// `npm test`: every tier in order, stopping at the first that fails, then one line that sums up.
// The browsers are checked first so a missing one is reported in seconds, not ten minutes in.
// Steps that need nothing from each other run side by side (typecheck and lint; unit and eval;
// the two builds): the machine this must fit on has two cores. See test/README.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';

const REPO = resolve(import.meta.dirname, '..');
const RESULTS = join(REPO, '.tmp/test-results');

interface Step { name: string; command: string[]; results?: string; env?: Record<string, string> }
const vitest = (name: string, config: string[], env?: Record<string, string>): Step => ({
  name,
  env,
  command: ['npx', '--no-install', 'vitest', 'run', ...config, '--reporter=default', '--reporter=json', `--outputFile.json=${join(RESULTS, `${name}.json`)}`],
  results: `${name}.json`,
});
/** each stage's steps run at the same time; a stage starts when the one before has passed */
const STAGES: Step[][] = [
  [{ name: 'browsers', command: ['npx', '--no-install', 'tsx', 'scripts/check-browsers.ts'] }],
  [{ name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] }, { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] }],
  // the eval files in one warm worker, so at most one OCR thread at a time meets its time budget;
  // the unit files beside it on the other cores
  [vitest('unit', ['--project', 'unit'], { TEST_WORKERS: String(Math.max(1, availableParallelism() - 1)) }), vitest('eval', ['--project', 'eval'], { TEST_WORKERS: '1' })],
  [{ name: 'build chrome', command: ['npm', 'run', '--silent', 'build:chrome'] }, { name: 'build firefox', command: ['npm', 'run', '--silent', 'build:firefox'] }],
  // the build is fresh: the e2e tier's own staleness check need not run it again
  [vitest('e2e', ['--config', 'vitest.e2e.config.ts'])],
];

interface Counts { passed: number; failed: number; skipped: number }
function counts(file: string): Counts | null {
  const path = join(RESULTS, file);
  if (!existsSync(path)) return null;
  const r = JSON.parse(readFileSync(path, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

const seconds = (ms: number) => (ms >= 60_000 ? `${Math.floor(ms / 60_000)}m${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')}s` : `${(ms / 1000).toFixed(0)}s`);

interface Outcome { step: Step; ok: boolean; took: number }
/** A step alone streams its output; steps side by side print theirs whole when each ends, so lines never interleave. */
function run(step: Step, alone: boolean): Promise<Outcome> {
  const t0 = Date.now();
  const [command, ...args] = step.command;
  if (!alone) console.log(`${step.name}: started (its output follows when it ends)`);
  const child = spawn(command, args, { cwd: REPO, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, E2E_SKIP_BUILD: '1', ...step.env } });
  const output: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => output.push(b));
  child.stderr?.on('data', (b: Buffer) => output.push(b));
  return new Promise((done) => {
    child.on('close', (code) => {
      if (!alone && output.length) process.stdout.write(`\n── ${step.name} ──\n${Buffer.concat(output).toString()}`);
      done({ step, ok: code === 0, took: Date.now() - t0 });
    });
  });
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const started = Date.now();
const parts: string[] = [];
let failed: string | null = null;
for (const stage of STAGES) {
  const outcomes = await Promise.all(stage.map((step) => run(step, stage.length === 1)));
  for (const { step, took } of outcomes) {
    const c = step.results ? counts(step.results) : null;
    parts.push(c ? `${step.name} ${c.passed} passed${c.failed ? `, ${c.failed} FAILED` : ''}${c.skipped ? `, ${c.skipped} skipped` : ''} in ${seconds(took)}` : `${step.name} ${seconds(took)}`);
  }
  const bad = outcomes.filter((o) => !o.ok).map((o) => o.step.name);
  if (bad.length) {
    failed = bad.join(', ');
    break;
  }
}
const summary = `npm test: ${failed ? `FAILED at ${failed}` : 'all passed'} in ${seconds(Date.now() - started)} — ${parts.join(' · ')}`;
console.log(`\n${summary}`);
process.exit(failed ? 1 : 0);
