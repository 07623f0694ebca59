// The learned text model's cost: its share of scoring a 2,000-character draft (the engine's goal
// is ≤ 1 ms median in all), and its load time and memory in the background.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDraft } from '../../src/analysis/index.ts';
import { withTextModel } from '../../src/analysis/model/combine.ts';
import { loadModel, shippedModel, type TextModelFile } from '../../src/analysis/model/text-model.ts';
import { buildReasons } from '../../src/analysis/reasons.ts';
import { collectSignals } from '../../src/analysis/signals.ts';
import type { Draft } from '../../src/analysis/types.ts';
import { judge } from '../../src/analysis/verdict.ts';
import { median, report } from './_report.ts';
import { longDraft, timeSync as times } from './engine.ts';

export default function textModelBench(): void {
  const file = resolve(process.cwd(), 'src/analysis/model/text-model.json');
  const raw = readFileSync(file, 'utf8');
  const heap0 = process.memoryUsage();
  const t0 = performance.now();
  const model = loadModel(JSON.parse(raw) as TextModelFile);
  const load = performance.now() - t0;
  const heap1 = process.memoryUsage();
  report(`text model: file size (JSON, int8 weights in base64)`, raw.length / 1024, 'KB', 2048);
  report('text model: load (parse the JSON, decode the weights)', load, 'ms');
  report('text model: memory once loaded (weights + JS heap delta)', (heap1.arrayBuffers - heap0.arrayBuffers + Math.max(0, heap1.heapUsed - heap0.heapUsed)) / 1024 / 1024, 'MB');
  report('text model: weights table as held (int8)', model.weights.byteLength / 1024 / 1024, 'MB');
  shippedModel();

  const face = { age: 6, child: true, box: { x: 0, y: 0, width: 80, height: 80 } };
  for (const risky of [true, false]) {
    const draft: Draft = { text: longDraft(risky), locale: 'zh-CN', photos: [{ id: 'p', gps: null, faces: [face], text: '', checked: { metadata: true, faces: true, text: true } }] };
    const signals = collectSignals(draft);
    const rules = judge(signals);
    times(() => analyzeDraft(draft), 50);
    times(() => withTextModel(signals, rules, 'zh-CN'), 50);
    // interleaved batches so a busy machine weighs on both alike
    const all: number[] = [];
    const step: number[] = [];
    for (let b = 0; b < 10; b++) {
      all.push(...times(() => analyzeDraft(draft), 50));
      step.push(...times(() => withTextModel(signals, rules, 'zh-CN'), 50));
    }
    const kind = risky ? 'dense risky' : 'benign';
    report(`engine with the model, median, 2,000-char ${kind} draft`, median(all), 'ms', 1);
    report(`  the model's step (score + quotes), median`, median(step), 'ms');
    report(`  the model's share`, (100 * median(step)) / median(all), '%');
    // CPU time, not wall time: what each costs when other processes share the cores
    const cpu = (fn: () => unknown) => {
      const c0 = process.cpuUsage();
      times(fn, 300);
      const c = process.cpuUsage(c0);
      return (c.user + c.system) / 1000 / 300;
    };
    // the fastest of many small batches: close to what a quiet machine takes, when others load it
    const fastest = (fn: () => unknown) => {
      let best = Infinity;
      for (let b = 0; b < 60; b++) {
        const t = performance.now();
        for (let k = 0; k < 10; k++) fn();
        best = Math.min(best, (performance.now() - t) / 10);
      }
      return best;
    };
    const rulesAlone = () => {
      const sig = collectSignals(draft);
      return buildReasons(sig, judge(sig), 'zh-CN');
    };
    const cpuRules = cpu(rulesAlone);
    const cpuAll = cpu(() => analyzeDraft(draft));
    const cpuStep = cpu(() => withTextModel(signals, rules, 'zh-CN'));
    report(`  mean CPU time: the rules alone`, cpuRules, 'ms');
    report(`  mean CPU time: engine with the model (× ${(cpuAll / cpuRules).toFixed(2)})`, cpuAll, 'ms');
    report(`  the model's step, mean CPU time (share ${((100 * cpuStep) / cpuAll).toFixed(1)} %)`, cpuStep, 'ms');
    const minRules = fastest(rulesAlone);
    const minAll = fastest(() => analyzeDraft(draft));
    const minStep = fastest(() => withTextModel(signals, rules, 'zh-CN'));
    report(`  fastest batch: rules alone / with the model (× ${(minAll / minRules).toFixed(2)})`, minRules, 'ms');
    report(`  fastest batch: engine with the model`, minAll, 'ms', 1);
    report(`  fastest batch: the model's step (share ${((100 * minStep) / minAll).toFixed(1)} %)`, minStep, 'ms');
  }
}
