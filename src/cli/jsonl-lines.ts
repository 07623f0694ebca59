// The lines of a --jsonl file, numbered from 1, read as a stream. A line longer than
// MAX_LINE_CHARS is not gathered: it is reported as too long and skipped up to its end, so one
// endless line (a file of zeros) cannot fill the memory.
import { createReadStream } from 'node:fs';

/** a draft is at most 100,000 characters (the extension's limit); with its paths and quoting, 1 M is ample */
export const MAX_LINE_CHARS = 1_000_000;

export type NumberedLine = { number: number; text: string } | { number: number; tooLong: true };

export async function* numberedLines(path: string, maxChars = MAX_LINE_CHARS): AsyncGenerator<NumberedLine> {
  let number = 1;
  let pending = '';
  let skipping = false;
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    let from = 0;
    for (let nl = (chunk as string).indexOf('\n'); nl >= 0; nl = (chunk as string).indexOf('\n', from)) {
      const piece = (chunk as string).slice(from, nl);
      if (skipping || pending.length + piece.length > maxChars) yield { number, tooLong: true };
      else yield { number, text: (pending + piece).replace(/\r$/, '') };
      pending = '';
      skipping = false;
      number++;
      from = nl + 1;
    }
    const rest = (chunk as string).slice(from);
    if (!skipping && pending.length + rest.length > maxChars) {
      skipping = true;
      pending = '';
    } else if (!skipping) pending += rest;
  }
  if (skipping) yield { number, tooLong: true };
  else if (pending) yield { number, text: pending.replace(/\r$/, '') };
}
