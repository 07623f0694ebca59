// The OCR recipe's decisions with a scripted worker: gate, order, language switches, 180° retry.
import { describe, expect, it } from 'vitest';
import type { Worker } from 'tesseract.js';
import { OcrReader } from './ocr.ts';

interface Script {
  /** layout probe answer per picture kind ('picture' colour PNM, 'signs' grey PGM) */
  blocks: { picture: boolean; signs: boolean };
  /**
   * `${lang} ${mode} ${kind}` → [text, confidence]; kind 'turned' = the upside-down picture; ' sauvola'
   * is appended when the pass asks for Tesseract's Sauvola threshold (`thresholding_method 2`)
   */
  pages: Record<string, [string, number]>;
}

function scriptedWorker(script: Script, log: string[]): Worker {
  let lang = 'chi_sim';
  let mode = '3';
  const kind = (image: Uint8Array) => (image[1] === 0x35 ? 'signs' : image[image.length - 1] === 1 ? 'turned' : 'picture');
  return {
    reinitialize: async (l: string, _oem: number, config: unknown) => { lang = l; log.push(`switch ${l} ${typeof config === 'string' ? 'reset' : 'own'}`); },
    setParameters: async (p: { tessedit_pageseg_mode: string }) => { mode = p.tessedit_pageseg_mode; },
    recognize: async (image: Uint8Array, options: Record<string, string>, output: { text: boolean }) => {
      const k = kind(image);
      if (!output.text) return { data: { layoutBlocks: script.blocks[k as 'picture' | 'signs'] ? [{}] : [] } };
      const page = `${lang} ${mode} ${k}${options.thresholding_method === '2' ? ' sauvola' : ''}`;
      log.push(page);
      const [text, confidence] = script.pages[page] ?? ['', 0];
      return { data: { text, confidence } };
    },
    terminate: async () => undefined,
  } as unknown as Worker;
}

/** 2×1 RGBA picture whose last pixel is 0 upright and 1 once turned (the PNM's last byte tells). */
const picture = { width: 2, height: 1, data: new Uint8Array([1, 1, 1, 255, 0, 0, 0, 255]) };

async function read(script: Script) {
  const log: string[] = [];
  const reader = new OcrReader(async () => scriptedWorker(script, log), 60_000);
  const result = await reader.read(picture, 10_000);
  await reader.dispose();
  return { result, log };
}

describe('OCR recipe', () => {
  it('reads nothing when neither the picture nor its sign copy shows a text block', async () => {
    const { result, log } = await read({ blocks: { picture: false, signs: false }, pages: {} });
    expect(result).toEqual({ text: '', confidence: 0, cutShort: false });
    expect(log).toEqual([]);
  });

  it('reads chi_sim block, eng block (CJK settings reset), eng column with Sauvola, then the sign copy', async () => {
    const { result, log } = await read({
      blocks: { picture: true, signs: true },
      pages: {
        'chi_sim 6 picture': ['电 话', 80], 'chi_sim 11 signs': ['EXIT', 30], 'eng 6 picture': ['Tel 110', 90],
        'eng 4 picture sauvola': ['Tel 110\nREG 07-24-2017', 70],
      },
    });
    expect(log).toEqual(['chi_sim 6 picture', 'switch eng reset', 'eng 6 picture', 'eng 4 picture sauvola', 'switch chi_sim own', 'chi_sim 11 signs']);
    // the Sauvola reading adds only the line the others lack
    expect(result).toEqual({ text: '电话\nTel 110\nREG 07-24-2017\nEXIT', confidence: 90, cutShort: false });
  });

  it('reads only the sign copy when only it shows text (a street scene)', async () => {
    const { log, result } = await read({ blocks: { picture: false, signs: true }, pages: { 'chi_sim 11 signs': ['打浦路15号', 61] } });
    expect(log).toEqual(['chi_sim 11 signs']);
    expect(result).toEqual({ text: '打浦路15号', confidence: 61, cutShort: false });
  });

  it('keeps the upside-down reading when it is surer, and not otherwise', async () => {
    const turned = await read({
      blocks: { picture: true, signs: false },
      pages: { 'chi_sim 6 picture': ['咯我怪', 30], 'eng 6 picture': ['xx', 20], 'chi_sim 6 turned': ['怪我咯', 91] },
    });
    expect(turned.log).toEqual([
      'chi_sim 6 picture', 'switch eng reset', 'eng 6 picture', 'eng 4 picture sauvola', 'switch chi_sim own', 'chi_sim 11 signs',
      'chi_sim 6 turned', 'switch eng reset', 'eng 6 turned',
    ]);
    expect(turned.result.text).toBe('怪我咯');
    const noise = await read({ blocks: { picture: true, signs: false }, pages: { 'chi_sim 6 picture': ['a b', 40], 'chi_sim 6 turned': ['q p', 35] } });
    expect(noise.result.text).toBe('a b');
  });
});
