// The OCR recipe's decisions with a scripted OCR thread: gate, order, 180° retry, each picture
// handed over once and dropped afterwards, the time budget.
import { describe, expect, it } from 'vitest';
import { OcrReader } from './ocr.ts';
import type { OcrThread } from './ocr-thread.ts';

interface Script {
  /** layout probe answer per picture ('picture' colour PNM, 'signs' its grey PGM sign copy) */
  blocks: { picture: boolean; signs: boolean };
  /**
   * `${lang} ${mode} ${picture}` → [text, confidence]; picture 'turned' = the upside-down picture;
   * ' sauvola' is appended when the reading asks for Tesseract's Sauvola threshold
   */
  pages: Record<string, [string, number]>;
  /** ms each reading takes */
  readMs?: number;
}

function scriptedThread(script: Script, log: string[]): OcrThread {
  const held = new Map<string, Uint8Array>();
  return {
    setPicture: async (name, bytes) => { held.set(name, bytes); log.push(`hand ${name} P${String.fromCharCode(bytes[1])}`); },
    dropPicture: async (name) => { held.delete(name); log.push(`drop ${name}`); },
    read: async ({ lang, picture, mode, params, layoutOnly }) => {
      if (!held.has(picture)) throw new Error(`no picture ${picture}`);
      if (script.readMs) await new Promise((r) => setTimeout(r, script.readMs));
      if (layoutOnly) return { text: '', confidence: 0, blocks: script.blocks[picture as 'picture' | 'signs'] ? 1 : 0, lines: [] };
      const page = `${lang} ${mode} ${picture}${params?.thresholding_method === '2' ? ' sauvola' : ''}`;
      log.push(page);
      const [text, confidence] = script.pages[page] ?? ['', 0];
      // each line boxed where the script's picture (2×1) has room: its first column
      const lines = text.split('\n').filter(Boolean).map((t) => ({ text: t, box: { x: 0, y: 0, width: 1, height: 1 } }));
      return { text, confidence, blocks: 0, lines };
    },
    terminate: async () => { log.push('terminate'); },
  };
}

/** 2×1 RGBA picture. */
const picture = { width: 2, height: 1, data: new Uint8Array([1, 1, 1, 255, 0, 0, 0, 255]) };

async function read(script: Script, budgetMs = 10_000) {
  const log: string[] = [];
  const reader = new OcrReader(async () => scriptedThread(script, log), 60_000);
  const result = await reader.read(picture, budgetMs);
  await reader.dispose();
  return { result, log };
}

const HANDED = ['hand picture P6', 'hand signs P5'];
const DROPPED = ['drop picture', 'drop signs'];

describe('OCR recipe', () => {
  it('reads nothing when neither the picture nor its sign copy shows a text block', async () => {
    const { result, log } = await read({ blocks: { picture: false, signs: false }, pages: {} });
    expect(result).toEqual({ text: '', lines: [], confidence: 0, cutShort: false, budgetMs: 10_000 });
    expect(log).toEqual([...HANDED, ...DROPPED, 'terminate']);
  });

  it('reads chi_sim block, eng block, eng column with Sauvola, the sign copy, then chi_sim block with Sauvola; each picture handed once', async () => {
    const { result, log } = await read({
      blocks: { picture: true, signs: true },
      pages: {
        'chi_sim 6 picture': ['电 话', 80], 'chi_sim 11 signs': ['EXIT', 30], 'eng 6 picture': ['Tel 110', 90],
        'eng 4 picture sauvola': ['Tel 110\nREG 07-24-2017', 70], 'chi_sim 6 picture sauvola': ['电话\n登机牌', 60],
      },
    });
    expect(log).toEqual([
      ...HANDED, 'chi_sim 6 picture', 'eng 6 picture', 'eng 4 picture sauvola', 'chi_sim 11 signs', 'chi_sim 6 picture sauvola',
      ...DROPPED, 'terminate',
    ]);
    // the Sauvola readings add only the lines the others lack
    expect(result).toMatchObject({ text: '电话\nTel 110\nREG 07-24-2017\nEXIT\n登机牌', confidence: 90, cutShort: false, budgetMs: 10_000 });
    // every line of every reading kept comes with its box (what a safer copy covers)
    expect(result.lines.map((l) => l.text)).toEqual(['电 话', 'Tel 110', 'Tel 110', 'REG 07-24-2017', 'EXIT', '电话', '登机牌']);
  });

  it('asks for the picture\'s layout before handing the sign copy over, so the thread works while the copy is made', async () => {
    const log: string[] = [];
    const thread = scriptedThread({ blocks: { picture: false, signs: false }, pages: {} }, log);
    const reader = new OcrReader(async () => ({
      ...thread,
      read: (request) => { if (request.layoutOnly) log.push(`layout ${request.picture}`); return thread.read(request); },
    }), 60_000);
    await reader.read(picture, 10_000);
    await reader.dispose();
    expect(log).toEqual(['hand picture P6', 'layout picture', 'hand signs P5', 'layout signs', ...DROPPED, 'terminate']);
  });

  it('reads only the sign copy when only it shows text (a street scene)', async () => {
    const { log, result } = await read({ blocks: { picture: false, signs: true }, pages: { 'chi_sim 11 signs': ['打浦路15号', 61] } });
    expect(log).toEqual([...HANDED, 'chi_sim 11 signs', ...DROPPED, 'terminate']);
    expect(result).toMatchObject({ text: '打浦路15号', confidence: 61, cutShort: false, budgetMs: 10_000 });
  });

  it('keeps the upside-down reading when it is surer, and not otherwise', async () => {
    const turned = await read({
      blocks: { picture: true, signs: false },
      pages: { 'chi_sim 6 picture': ['咯我怪', 30], 'eng 6 picture': ['xx', 20], 'chi_sim 6 turned': ['怪我咯', 91] },
    });
    expect(turned.log).toEqual([
      ...HANDED, 'chi_sim 6 picture', 'eng 6 picture', 'eng 4 picture sauvola', 'chi_sim 11 signs',
      'hand turned P6', 'chi_sim 6 turned', 'eng 6 turned', ...DROPPED, 'drop turned', 'terminate',
    ]);
    expect(turned.result.text).toBe('怪我咯');
    // read upside down at the picture's first column (x 0 of 2): upright, that is its second
    expect(turned.result.lines).toEqual([{ text: '怪我咯', box: { x: 1, y: 0, width: 1, height: 1 } }]);
    const noise = await read({ blocks: { picture: true, signs: false }, pages: { 'chi_sim 6 picture': ['a b', 40], 'chi_sim 6 turned': ['q p', 35] } });
    expect(noise.result.text).toBe('a b');
    // the upright picture kept: its last reading (chi_sim with Sauvola) follows the retry
    expect(noise.log.slice(-6)).toEqual(['eng 6 turned', 'chi_sim 6 picture sauvola', ...DROPPED, 'drop turned', 'terminate']);
  });

  it('stops at the time budget: keeps what was read, kills the busy thread, marks the text cut short', async () => {
    const { result, log } = await read({ blocks: { picture: true, signs: true }, pages: { 'chi_sim 6 picture': ['110', 80] }, readMs: 40 }, 100);
    expect(result).toMatchObject({ text: '110', confidence: 80, cutShort: true, budgetMs: 100 });
    expect(log).toEqual([...HANDED, 'chi_sim 6 picture', 'terminate']);
  });

  it('stretches the budget by the machine\'s pace, timed by the sign copy', async () => {
    const log: string[] = [];
    const timed: [number, number][] = [];
    const script: Script = { blocks: { picture: true, signs: true }, pages: { 'chi_sim 6 picture': ['110', 80], 'chi_sim 11 signs': ['EXIT', 30] }, readMs: 40 };
    const reader = new OcrReader(async () => scriptedThread(script, log), 60_000, { observe: (ms, pixels) => { timed.push([ms, pixels]); return 4; } });
    // 6 readings of 40 ms: over the 100 ms asked for, within 400
    const result = await reader.read(picture, 100);
    await reader.dispose();
    expect(result).toMatchObject({ text: '110\nEXIT', confidence: 80, cutShort: false, budgetMs: 400 });
    expect(timed).toHaveLength(1);
    expect(timed[0][1]).toBe(2); // the sign copy's pixels
    expect(timed[0][0]).toBeGreaterThanOrEqual(0);
  });

  it('replaces a thread that failed: the photo gets an error, the next one a new thread', async () => {
    const log: string[] = [];
    let started = 0;
    const reader = new OcrReader(async () => {
      started++;
      const thread = scriptedThread({ blocks: { picture: true, signs: false }, pages: { 'chi_sim 6 picture': ['110', 80] } }, log);
      if (started === 1) thread.read = async () => { throw new Error('OCR thread exited (1)'); };
      return thread;
    }, 60_000);
    await expect(reader.read(picture, 10_000)).rejects.toThrow('OCR thread exited (1)');
    expect(reader.loaded).toBe(false);
    expect((await reader.read(picture, 10_000)).text).toBe('110');
    expect(started).toBe(2);
    await reader.dispose();
  });
});
