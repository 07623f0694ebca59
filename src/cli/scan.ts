// The command-line scanner: `npm run --silent scan -- --text "…" [--image PATH]... [--locale …]`
// or `npm run --silent scan -- --jsonl FILE`. Prints JSON only on stdout; see USAGE in args.ts.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, USAGE } from './args.ts';
import { MAX_LINE_CHARS, numberedLines } from './jsonl-lines.ts';
import { parseLine } from './jsonlLine.ts';
import { disposePhotos } from './photos.ts';
import { scanDraft } from './scanDraft.ts';

// stdout carries JSON only: anything a library logs goes to stderr
const out = (obj: unknown) => process.stdout.write(JSON.stringify(obj) + '\n');
console.log = console.info = console.debug = (...a: unknown[]) => process.stderr.write(a.map(String).join(' ') + '\n');

// npm runs scripts from the package folder; paths are relative to where the user ran npm
const baseDir = process.env.INIT_CWD ?? process.cwd();

async function runJsonl(file: string): Promise<number> {
  const path = resolve(baseDir, file);
  try {
    if (!(await stat(path)).isFile()) throw new Error();
  } catch {
    process.stderr.write(`scan: cannot read ${file}\n`);
    return 2;
  }
  let failed = false;
  for await (const raw of numberedLines(path)) {
    const line = 'tooLong' in raw ? { ok: false as const, id: null, error: `line is longer than ${MAX_LINE_CHARS.toLocaleString('en')} characters` } : raw.text.trim() ? parseLine(raw.text) : null;
    if (!line) continue;
    if (!line.ok) {
      failed = true;
      out({ id: line.id, level: 'none', score: 0, reasons: [], photos: [], error: `line ${raw.number}: ${line.error}` });
      continue;
    }
    const result = await scanDraft(line.text, line.images, line.locale, baseDir);
    if (result.error) failed = true;
    out({ id: line.id, ...result });
  }
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  const cmd = parseArgs(process.argv.slice(2));
  switch (cmd.mode) {
    case 'help':
      process.stdout.write(USAGE + '\n');
      return 0;
    case 'usage-error':
      process.stderr.write(`scan: ${cmd.problem}\n${USAGE}\n`);
      return 2;
    case 'jsonl':
      return runJsonl(cmd.file);
    case 'single': {
      const result = await scanDraft(cmd.text, cmd.images, cmd.locale, baseDir, cmd.saferCopies);
      out(result);
      return result.error ? 1 : 0;
    }
  }
}

main()
  .then(async (code) => {
    await disposePhotos();
    process.exitCode = code;
  })
  .catch((e) => {
    process.stderr.write(`scan: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  });
