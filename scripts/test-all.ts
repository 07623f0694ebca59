// `npm test`: every tier, stopping at the first that fails, then one line that sums up.
// The browsers are checked first so a missing one is reported in seconds, not ten minutes in.
// Each step starts as soon as the steps it needs have passed, so steps that need nothing from each
// other run side by side (typecheck and lint; unit, eval and the builds): the machine this must
// fit on has two cores. See test/README.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';

const REPO = resolve(import.meta.dirname, '..');
const RESULTS = join(REPO, '.tmp/test-results');

interface Step {
  name: string;
  command: string[];
  results?: string;
  env?: Record<string, string>;
  /** the steps that must pass before this one starts */
  after?: string[];
  /** its output is shown as it comes (the others' when they end, whole, so lines never interleave) */
  stream?: boolean;
}
const vitest = (name: string, config: string[], more: Partial<Step> = {}): Step => ({
  name,
  command: ['npx', '--no-install', 'vitest', 'run', ...config, '--reporter=default', '--reporter=json', `--outputFile.json=${join(RESULTS, `${name}.json`)}`],
  results: `${name}.json`,
  ...more,
});
const CHECKED = ['typecheck', 'lint'];
const STEPS: Step[] = [
  { name: 'browsers', command: ['npx', '--no-install', 'tsx', 'scripts/check-browsers.ts'], stream: true },
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'], after: ['browsers'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'], after: ['browsers'] },
  // unit, eval and the builds side by side, then e2e as soon as the builds are done: the tiers
  // together keep two cores busy. Eval runs in two warm workers (each keeps its models, OCR threads
  // and analysed photos from file to file; test/longest-first.ts starts the longest files first);
  // its readings have roomy budgets (test/eval/analyzers.ts), so a busy machine slows it without
  // changing what it finds. EVAL_WORKERS and E2E_WORKERS set the counts.
  vitest('unit', ['--project', 'unit', '--project', 'unit-isolated'], { env: { TEST_WORKERS: String(Math.max(1, availableParallelism() - 1)) }, after: CHECKED }),
  vitest('eval', ['--project', 'eval'], { env: { TEST_WORKERS: process.env.EVAL_WORKERS ?? '2' }, after: CHECKED }),
  { name: 'build chrome', command: ['npm', 'run', '--silent', 'build:chrome'], after: CHECKED },
  { name: 'build firefox', command: ['npm', 'run', '--silent', 'build:firefox'], after: CHECKED },
  // the e2e tier's test build (a roomy OCR budget, test/e2e/harness/paths.ts), never packaged
  { name: 'build e2e', command: ['npm', 'run', '--silent', 'build:e2e'], after: CHECKED },
  // the builds are fresh: the e2e tier's own staleness check need not run them again
  vitest('e2e', ['--config', 'vitest.e2e.config.ts'], { after: ['build chrome', 'build firefox', 'build e2e'], stream: true }),
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
const running = new Set<ReturnType<typeof spawn>>();

/** Each step runs in its own process group, so a stop reaches its browsers and workers too. */
function stopAll(): void {
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch { /* already gone */ }
  }
}
process.on('SIGINT', () => { stopAll(); process.exit(130); });

function run(step: Step): Promise<Outcome> {
  const t0 = Date.now();
  const [command, ...args] = step.command;
  if (!step.stream) console.log(`${step.name}: started (its output follows when it ends)`);
  const child = spawn(command, args, { cwd: REPO, stdio: step.stream ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, E2E_SKIP_BUILD: '1', ...step.env }, detached: true });
  running.add(child);
  const output: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => output.push(b));
  child.stderr?.on('data', (b: Buffer) => output.push(b));
  return new Promise((done) => {
    child.on('close', (code) => {
      running.delete(child);
      if (!step.stream && output.length) process.stdout.write(`\n── ${step.name} ──\n${Buffer.concat(output).toString()}`);
      done({ step, ok: code === 0, took: Date.now() - t0 });
    });
  });
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const started = Date.now();
const parts: string[] = [];
const passed = new Set<string>();
const failed: string[] = [];
const pending = [...STEPS];
const inFlight = new Map<string, Promise<Outcome>>();
while ((pending.length || inFlight.size) && !failed.length) {
  for (const step of pending.filter((s) => (s.after ?? []).every((a) => passed.has(a)))) {
    pending.splice(pending.indexOf(step), 1);
    inFlight.set(step.name, run(step));
  }
  const { step, ok, took } = await Promise.race(inFlight.values());
  inFlight.delete(step.name);
  const c = step.results ? counts(step.results) : null;
  parts.push(c ? `${step.name} ${c.passed} passed${c.failed ? `, ${c.failed} FAILED` : ''}${c.skipped ? `, ${c.skipped} skipped` : ''} in ${seconds(took)}` : `${step.name} ${seconds(took)}`);
  if (ok) passed.add(step.name);
  else failed.push(step.name);
}
// a failure stops the steps still running: the first failure is the one to read
stopAll();
const summary = `npm test: ${failed.length ? `FAILED at ${failed.join(', ')}` : 'all passed'} in ${seconds(Date.now() - started)} — ${parts.join(' · ')}`;
console.log(`\n${summary}`);
process.exit(failed.length ? 1 : 0);
