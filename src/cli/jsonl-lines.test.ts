import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberedLines } from './jsonl-lines.ts';

const dir = mkdtempSync(join(tmpdir(), 'jsonl-'));
async function lines(content: string, max?: number) {
  const path = join(dir, `f${Math.random()}.jsonl`);
  writeFileSync(path, content);
  const out = [];
  for await (const l of numberedLines(path, max)) out.push(l);
  return out;
}

describe('numbered --jsonl lines', () => {
  it('numbers every line from 1, blank ones included, CRLF or not, last line with no newline', async () => {
    expect(await lines('a\n\r\nb\r\nc')).toEqual([{ number: 1, text: 'a' }, { number: 2, text: '' }, { number: 3, text: 'b' }, { number: 4, text: 'c' }]);
  });
  it('reports a line over the limit as too long and goes on with the next', async () => {
    expect(await lines(`ok\n${'x'.repeat(50)}\nnext\n${'y'.repeat(50)}`, 20)).toEqual([
      { number: 1, text: 'ok' }, { number: 2, tooLong: true }, { number: 3, text: 'next' }, { number: 4, tooLong: true },
    ]);
  });
  it('keeps no more than the limit of an endless line in memory', async () => {
    const path = join(dir, 'long.jsonl');
    writeFileSync(path, Buffer.alloc(8 * 2 ** 20, 0x30)); // 8 MB, no newline
    const out = [];
    for await (const l of numberedLines(path, 1000)) out.push(l);
    expect(out).toEqual([{ number: 1, tooLong: true }]);
  });
});
