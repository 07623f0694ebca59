// The OCR recipe's decisions with a scripted OCR thread: gate, PaddleOCR then Tesseract's Latin
// readings, 180° retry, each picture handed over once and dropped afterwards, the time budget.
import { describe, expect, it } from 'vitest';
import { OcrReader } from './ocr.ts';
import type { OcrThread } from './ocr-thread.ts';

interface Script {
  /** layout probe answer per picture ('picture' colour PNM, 'signs' its grey PGM sign copy) */
  blocks: { picture: boolean; signs: boolean; margin?: boolean };
  /**
   * `${lang} ${mode} ${picture}` → [text, confidence]; picture 'turned' = the upside-down picture;
   * ' sauvola' is appended when the reading asks for Tesseract's Sauvola threshold;
   * `paddle picture` / `paddle turned`: PaddleOCR's readings
   */
  pages: Record<string, [string, number]>;
  /** ms each reading takes */
  readMs?: number;
  /** a page (as in `pages`) whose reading never ends: only the time budget stops it */
  hangs?: string;
}

function scriptedThread(script: Script, log: string[]): OcrThread {
  const held = new Map<string, Uint8Array>();
  return {
    setPicture: async (name, bytes) => { held.set(name, bytes); log.push(`hand ${name} P${String.fromCharCode(bytes[1])}`); },
    dropPicture: async (name) => { held.delete(name); log.push(`drop ${name}`); },
    read: async ({ lang, picture, mode, params, layoutOnly }) => {
      if (!held.has(picture)) throw new Error(`no picture ${picture}`);
      if (script.readMs) await new Promise((r) => setTimeout(r, script.readMs));
      if (layoutOnly) return { text: '', confidence: 0, blocks: script.blocks[picture as 'picture' | 'signs' | 'margin'] ? 1 : 0, lines: [] };
      const page = `${lang} ${mode} ${picture}${params?.thresholding_method === '2' ? ' sauvola' : ''}`;
      if (page === script.hangs) await new Promise(() => {});
      log.push(page);
      const [text, confidence] = script.pages[page] ?? ['', 0];
      // each line boxed where the script's picture (2×1) has room: Tesseract's in its second column, PaddleOCR's in its first
      const lines = text.split('\n').filter(Boolean).map((t) => ({ text: t, box: { x: 1, y: 0, width: 1, height: 1 } }));
      return { text, confidence, blocks: 0, lines };
    },
    loadPaddle: async () => { log.push('paddle load'); },
    readPaddle: async ({ picture: name, turned }) => {
      if (!held.has(name)) throw new Error(`no picture ${name}`);
      if (script.readMs) await new Promise((r) => setTimeout(r, script.readMs));
      const page = `paddle ${turned ? 'turned' : name}`;
      log.push(page);
      const [text, confidence] = script.pages[page] ?? ['', 0];
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
  // the machine's pace held at 1: a loaded machine must not stretch the budgets these tests set
  // (the stretching has its own test below)
  const reader = new OcrReader(async () => scriptedThread(script, log), 60_000, { observe: () => 1 });
  const result = await reader.read(picture, budgetMs);
  await reader.dispose();
  return { result, log };
}

const HANDED = ['hand picture P6', 'hand signs P5'];
const DROPPED = ['drop picture', 'drop signs'];

describe('OCR recipe', () => {
  it('reads nothing, and loads no PaddleOCR, when neither the picture, its sign copy nor the picture with a margin shows a text block', async () => {
    const { result, log } = await read({ blocks: { picture: false, signs: false }, pages: {} });
    expect(result).toEqual({ text: '', lines: [], confidence: 0, cutShort: false, budgetMs: 10_000 });
    expect(log).toEqual([...HANDED, 'hand margin P6', ...DROPPED, 'drop margin', 'terminate']);
  });

  it('reads a crop whose text shows a block only once the picture has a margin', async () => {
    const { result, log } = await read({ blocks: { picture: false, signs: false, margin: true }, pages: { 'paddle picture': ['西湾监管', 98] } });
    expect(log.slice(0, 5)).toEqual([...HANDED, 'hand margin P6', 'paddle load', 'paddle picture']);
    expect(result.text).toBe('西湾监管');
  });

  it('reads with PaddleOCR, then eng as one block and as one column with Sauvola, then chi_sim on the sign copy; each picture handed once', async () => {
    const { result, log } = await read({
      blocks: { picture: true, signs: true },
      pages: { 'paddle picture': ['电话：15952301928', 99], 'eng 6 picture': ['Tel 110', 90], 'eng 4 picture sauvola': ['Tel 110\nREG 07-24-2017', 70] },
    });
    expect(log).toEqual([...HANDED, 'paddle load', 'paddle picture', 'eng 6 picture', 'eng 4 picture sauvola', 'chi_sim 11 signs', ...DROPPED, 'terminate']);
    // later readings add only the lines the others lack
    expect(result).toMatchObject({ text: '电话：15952301928\nTel 110\nREG 07-24-2017', confidence: 99, cutShort: false, budgetMs: 10_000 });
    // every line of every reading kept comes with its box (what a safer copy covers)
    expect(result.lines.map((l) => l.text)).toEqual(['电话：15952301928', 'Tel 110', 'Tel 110', 'REG 07-24-2017']);
  });

  it('drops Tesseract\'s lines where PaddleOCR read Chinese (eng reads Chinese as Latin noise), keeps the others', async () => {
    const log: string[] = [];
    const thread = scriptedThread({ blocks: { picture: true, signs: false }, pages: {} }, log);
    const line = (text: string, y: number) => ({ text, box: { x: 0, y, width: 100, height: 10 } });
    const page = (lines: { text: string; box: { x: number; y: number; width: number; height: number } }[], confidence: number) =>
      ({ text: lines.map((l) => l.text).join('\n'), confidence, blocks: 0, lines });
    const reader = new OcrReader(async () => ({
      ...thread,
      readPaddle: async () => page([line('寻人启事', 0), line('Tel 110', 20)], 95),
      read: async (request) => (request.layoutOnly ? thread.read(request)
        : request.lang === 'eng' ? page([line('FABRE', 1), line('REG 07-24-2017', 40), line('Tel 110', 21)], 60) : page([], 0)),
    }), 60_000);
    const result = await reader.read(picture, 10_000);
    await reader.dispose();
    expect(result.text).toBe('寻人启事\nTel 110\nREG 07-24-2017');
    expect(result.lines.map((l) => l.text)).not.toContain('FABRE');
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
    expect(log).toEqual(['hand picture P6', 'layout picture', 'hand signs P5', 'layout signs', 'hand margin P6', 'layout margin', ...DROPPED, 'drop margin', 'terminate']);
  });

  it('reads a street scene (only the sign copy shows a text block) with PaddleOCR too', async () => {
    const { log, result } = await read({ blocks: { picture: false, signs: true }, pages: { 'paddle picture': ['打浦路15号', 97] } });
    expect(log).toEqual([...HANDED, 'paddle load', 'paddle picture', 'eng 6 picture', 'eng 4 picture sauvola', 'chi_sim 11 signs', ...DROPPED, 'terminate']);
    expect(result).toMatchObject({ text: '打浦路15号', confidence: 97, cutShort: false });
  });

  it('keeps the upside-down reading when it is surer, Tesseract then reading that side; not otherwise', async () => {
    const turned = await read({
      blocks: { picture: true, signs: false },
      pages: { 'paddle picture': ['咯我怪', 30], 'paddle turned': ['怪我咯', 91], 'eng 6 turned': ['OK', 80] },
    });
    expect(turned.log).toEqual([
      ...HANDED, 'paddle load', 'paddle picture', 'paddle turned', 'hand turned P6', 'eng 6 turned', 'eng 4 turned sauvola',
      ...DROPPED, 'drop turned', 'terminate',
    ]);
    expect(turned.result.text).toBe('怪我咯\nOK');
    // read upside down at the picture's first column (x 0 of 2): upright, that is its second; and
    // Tesseract's line in the second column upside down is in the first upright
    expect(turned.result.lines).toEqual([{ text: '怪我咯', box: { x: 1, y: 0, width: 1, height: 1 } }, { text: 'OK', box: { x: 0, y: 0, width: 1, height: 1 } }]);
    const noise = await read({ blocks: { picture: true, signs: false }, pages: { 'paddle picture': ['a b', 40], 'paddle turned': ['q p', 35] } });
    expect(noise.result.text).toBe('a b');
    expect(noise.log).toEqual([...HANDED, 'paddle load', 'paddle picture', 'paddle turned', 'eng 6 picture', 'eng 4 picture sauvola', 'chi_sim 11 signs', ...DROPPED, 'terminate']);
    // a sure upright reading is not checked upside down
    const sure = await read({ blocks: { picture: true, signs: false }, pages: { 'paddle picture': ['我是中国人', 60] } });
    expect(sure.log).not.toContain('paddle turned');
  });

  it('stops at the time budget: keeps what was read, kills the busy thread, marks the text cut short', async () => {
    // layout and PaddleOCR take 10 ms each, then eng's first reading never ends: the 1 s budget
    // stops it (the margin holds on a busy machine, where timers fire late)
    const { result, log } = await read({ blocks: { picture: true, signs: true }, pages: { 'paddle picture': ['110', 80] }, readMs: 10, hangs: 'eng 6 picture' }, 1000);
    expect(result).toMatchObject({ text: '110', confidence: 80, cutShort: true, budgetMs: 1000 });
    expect(log).toEqual([...HANDED, 'paddle load', 'paddle picture', 'terminate']);
  });

  it('does not count PaddleOCR\'s first load against the budget', async () => {
    const log: string[] = [];
    const thread = scriptedThread({ blocks: { picture: true, signs: false }, pages: { 'paddle picture': ['110', 80], 'eng 6 picture': ['Tel', 80] } }, log);
    const reader = new OcrReader(async () => ({ ...thread, loadPaddle: async () => { await new Promise((r) => setTimeout(r, 150)); log.push('paddle load'); } }), 60_000, { observe: () => 1 });
    const result = await reader.read(picture, 100);
    await reader.dispose();
    // the budget reported is the reading time the picture got, without the load
    expect(result).toMatchObject({ text: '110\nTel', cutShort: false, budgetMs: 100 });
  });

  it('stretches the budget by the machine\'s pace, timed by the sign copy', async () => {
    const log: string[] = [];
    const timed: [number, number][] = [];
    const script: Script = { blocks: { picture: true, signs: true }, pages: { 'paddle picture': ['110', 80], 'eng 6 picture': ['EXIT', 30] }, readMs: 40 };
    const reader = new OcrReader(async () => scriptedThread(script, log), 60_000, { observe: (ms, pixels) => { timed.push([ms, pixels]); return 10; } });
    // 3 readings of 40 ms after 2 layout checks: over the 100 ms asked for, well within 1,000
    const result = await reader.read(picture, 100);
    await reader.dispose();
    expect(result).toMatchObject({ text: '110\nEXIT', confidence: 80, cutShort: false, budgetMs: 1000 });
    expect(timed).toHaveLength(1);
    expect(timed[0][1]).toBe(2); // the sign copy's pixels
    expect(timed[0][0]).toBeGreaterThanOrEqual(0);
  });

  it('replaces a thread that failed: the photo gets an error, the next one a new thread', async () => {
    const log: string[] = [];
    let started = 0;
    const reader = new OcrReader(async () => {
      started++;
      const thread = scriptedThread({ blocks: { picture: true, signs: false }, pages: { 'paddle picture': ['110', 80] } }, log);
      if (started === 1) thread.readPaddle = async () => { throw new Error('OCR thread exited (1)'); };
      return thread;
    }, 60_000);
    await expect(reader.read(picture, 10_000)).rejects.toThrow('OCR thread exited (1)');
    expect(reader.loaded).toBe(false);
    expect((await reader.read(picture, 10_000)).text).toBe('110');
    expect(started).toBe(2);
    await reader.dispose();
  });
});
