// Evaluation output: the full tables and per-photo lines go to .tmp/eval/<name>.txt for a person to
// read; the run itself prints one block per file with the figures the gates check.
import { Console } from 'node:console';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll } from 'vitest';

export interface EvalReport {
  /** a line for the file only */
  line(text: string): void;
  /** a console.table for the file only */
  table(data: unknown): void;
  /** print these figures now (one block), followed by where the full report is */
  summary(lines: string[]): void;
}

/** Collects a test file's report; the file is written after its last test. */
export function evalReport(name: string): EvalReport {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const out = new Console({ stdout: sink, colorMode: false });
  const file = `.tmp/eval/${name}.txt`;
  afterAll(() => {
    mkdirSync(resolve(process.cwd(), '.tmp/eval'), { recursive: true });
    writeFileSync(resolve(process.cwd(), file), chunks.join(''));
  });
  return {
    line: (text) => out.log(text),
    table: (data) => out.table(data),
    summary: (lines) => console.log([...lines, `  full report: ${file}`].join('\n')),
  };
}
