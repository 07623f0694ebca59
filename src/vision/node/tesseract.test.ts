// The OCR thread in Node with the real tesseract.js-core and language data: both languages in one
// thread, a picture handed over once (transferred, not copied) and read by several readings, the
// per-language globals, and clear errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeOcrThread } from './tesseract.ts';
import { decodeWithSharp } from './decode.ts';
import { toPnm } from '../core/image.ts';
import { DEFAULT_SETTINGS } from '../core/analyzer.ts';
import { readBytes } from '../eval/ground-truth.ts';
import type { OcrThread } from '../core/ocr-thread.ts';

const picture = async (name: string) => toPnm((await decodeWithSharp(readBytes(name), DEFAULT_SETTINGS)).image);
let thread: OcrThread;
beforeAll(async () => { thread = await createNodeOcrThread(); });
afterAll(async () => { await thread.terminate(); });

describe('OCR thread (Node)', () => {
  it('reads one picture, handed over once, in both languages and as layout only', async () => {
    const bytes = await picture('ocr/en/tesseractjs_simple.png');
    await thread.setPicture('simple', bytes);
    expect(bytes.byteLength).toBe(0); // transferred: the caller's copy is gone
    const eng = await thread.read({ lang: 'eng', picture: 'simple', mode: '6' });
    expect(eng.text.trim()).toBe('Tesseract.js');
    expect(eng.confidence).toBeGreaterThan(80);
    expect((await thread.read({ lang: 'chi_sim', picture: 'simple', mode: '3', layoutOnly: true })).blocks).toBeGreaterThan(0);
    // and again after the other language: the picture is still there, the reading unchanged
    expect((await thread.read({ lang: 'eng', picture: 'simple', mode: '6' })).text).toBe(eng.text);
  });

  it("keeps chi_sim's CJK settings out of eng's readings", async () => {
    // eng on the French street signs after chi_sim has read them reads as eng alone does; with
    // chi_sim's globals left in force it read a sign's Latin words as CJK ("[T 山 LOUVRE")
    const fresh = await createNodeOcrThread();
    try {
      await fresh.setPicture('french', await picture('ocr/en/easyocr_french.jpg'));
      const alone = await fresh.read({ lang: 'eng', picture: 'french', mode: '6' });
      expect(alone.text).toMatch(/LES ARTS DECORATIFS/);
      expect(alone.text).toMatch(/du LOUVRE/);
      await thread.setPicture('french', await picture('ocr/en/easyocr_french.jpg'));
      await thread.read({ lang: 'chi_sim', picture: 'french', mode: '6' });
      expect((await thread.read({ lang: 'eng', picture: 'french', mode: '6' })).text).toBe(alone.text);
    } finally {
      await fresh.terminate();
    }
  });

  it('says what is wrong, and goes on working after it', async () => {
    await expect(thread.read({ lang: 'eng', picture: 'never-handed', mode: '6' })).rejects.toThrow('no picture never-handed');
    await thread.dropPicture('simple');
    await expect(thread.read({ lang: 'eng', picture: 'simple', mode: '6' })).rejects.toThrow('no picture simple');
    await thread.setPicture('simple', await picture('ocr/en/tesseractjs_simple.png'));
    expect((await thread.read({ lang: 'eng', picture: 'simple', mode: '6' })).text.trim()).toBe('Tesseract.js');
  });

  it('refuses work once terminated', async () => {
    const short = await createNodeOcrThread();
    await short.terminate();
    await expect(short.read({ lang: 'eng', picture: 'x', mode: '6' })).rejects.toThrow('OCR thread terminated');
  });
});
