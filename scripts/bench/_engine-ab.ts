// The draft engine of another tree beside this one, in one process, interleaved: on a machine
// shared with other work only a side-by-side run tells a change from the machine's mood.
//   git archive <commit> src | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/node_modules
//   npx tsx scripts/bench/_engine-ab.ts /tmp/old [rounds]
// Prints, per engine, the median of all calls, the median of its fastest round (25 calls; the
// round least disturbed by other processes), p95, CPU time per call, and the 100,000-character
// worst case; then whether both give the same verdicts.
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDraft } from '../../src/analysis/index.ts';
import type { Draft, Verdict } from '../../src/analysis/types.ts';
import { longDraft } from './engine.ts';
import { median, percentile } from './_report.ts';

type Engine = (d: Draft) => Verdict;
const [oldTree, roundsArg] = process.argv.slice(2);
if (!oldTree) throw new Error('usage: _engine-ab.ts <old tree with src/> [rounds]');
const engines: Record<string, Engine> = {
  old: (await import(pathToFileURL(resolve(oldTree, 'src/analysis/index.ts')).href)).analyzeDraft,
  new: analyzeDraft,
};
const ROUNDS = Number(roundsArg ?? 30);
const PER_ROUND = 25;
const face = { age: 6, child: true, box: { x: 0, y: 0, width: 80, height: 80 } };
const draft = (text: string): Draft => ({ text, locale: 'zh-CN', photos: [{ id: 'p', gps: { lat: 23.1, lon: 113.3 }, faces: [face], text: '寻人启事 电话 13812345678', checked: { metadata: true, faces: true, text: true } }] });
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

console.log(`load average ${load()}`);
for (const [name, d] of [['dense risky', draft(longDraft(true))], ['benign', draft(longDraft(false))]] as const) {
  const calls: Record<string, number[]> = { old: [], new: [] };
  const rounds: Record<string, number[]> = { old: [], new: [] };
  const cpu: Record<string, number[]> = { old: [], new: [] };
  for (const e of Object.values(engines)) for (let i = 0; i < 100; i++) e(d); // warm
  for (let r = 0; r < ROUNDS; r++) {
    for (const k of r % 2 ? ['old', 'new'] : ['new', 'old']) {
      const times: number[] = [];
      const c0 = process.cpuUsage();
      for (let i = 0; i < PER_ROUND; i++) {
        const t = performance.now();
        engines[k](d);
        times.push(performance.now() - t);
      }
      const c = process.cpuUsage(c0);
      cpu[k].push((c.user + c.system) / 1000 / PER_ROUND);
      calls[k].push(...times);
      rounds[k].push(median(times));
    }
  }
  for (const k of ['old', 'new']) {
    console.log(`${name}, ${k}: median ${median(calls[k]).toFixed(3)} ms, fastest round ${Math.min(...rounds[k]).toFixed(3)} ms, p95 ${percentile(calls[k], 95).toFixed(3)} ms, CPU ${median(cpu[k]).toFixed(3)} ms a call`);
  }
}
const big = '这个小孩在车站乞讨 Call 13812345678. '.repeat(4000).slice(0, 100_000);
for (const [name, text] of [['100,000 chars, the bench line', big], ['100,000 chars, the corpus', longDraft(true).repeat(50).slice(0, 100_000)]] as const) {
  const times: Record<string, number[]> = { old: [], new: [] };
  for (let r = 0; r < 8; r++) {
    for (const k of r % 2 ? ['old', 'new'] : ['new', 'old']) {
      const t = performance.now();
      engines[k](draft(text));
      times[k].push(performance.now() - t);
    }
  }
  for (const k of ['old', 'new']) console.log(`${name}, ${k}: median ${median(times[k]).toFixed(1)} ms, fastest ${Math.min(...times[k]).toFixed(1)} ms`);
}
const same = [longDraft(true), longDraft(false), big].every((t) => JSON.stringify(engines.old(draft(t))) === JSON.stringify(engines.new(draft(t))));
console.log(`same verdicts: ${same}; load average ${load()}`);
