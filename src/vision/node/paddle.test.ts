// PaddleOCR in Node's OCR thread with the real PP-OCRv4 models on onnxruntime-web: loaded only when
// asked, reads the picture Tesseract holds, upright or turned, with boxes on the picture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeOcrThread } from './tesseract.ts';
import { decodeWithSharp } from './decode.ts';
import { toPnm } from '../core/image.ts';
import { DEFAULT_SETTINGS } from '../core/analyzer.ts';
import { readBytes } from '../eval/ground-truth.ts';
import type { OcrThread } from '../core/ocr-thread.ts';

const decoded = async (name: string) => (await decodeWithSharp(readBytes(name), DEFAULT_SETTINGS)).image;
let thread: OcrThread;
beforeAll(async () => { thread = await createNodeOcrThread(); });
afterAll(async () => { await thread.terminate(); });

describe('PaddleOCR in the OCR thread (Node)', () => {
  it('reads nothing before it is loaded', async () => {
    await thread.setPicture('phone', toPnm(await decoded('ocr/zh/paddle_word_3_phone.jpg')));
    await expect(thread.readPaddle({ picture: 'phone' })).rejects.toThrow('PaddleOCR not loaded');
  });

  it('reads a Chinese sign with its phone number, boxed on the picture', async () => {
    const image = await decoded('ocr/zh/paddle_word_3_phone.jpg');
    await thread.setPicture('phone', toPnm(image));
    await thread.loadPaddle();
    const page = await thread.readPaddle({ picture: 'phone' });
    expect(page.text).toBe('电话：15952301928');
    expect(page.confidence).toBeGreaterThan(90);
    const [line] = page.lines;
    expect(line.box.x).toBeGreaterThanOrEqual(0);
    expect(line.box.x + line.box.width).toBeLessThanOrEqual(image.width);
    expect(line.box.y + line.box.height).toBeLessThanOrEqual(image.height);
    expect(line.box.width).toBeGreaterThan(image.width / 2);
  }, 120_000);

  it('reads an upside-down picture when asked to turn it', async () => {
    await thread.setPicture('turned', toPnm(await decoded('ocr/zh/rapidocr_text_cls_180.jpg')));
    const upright = await thread.readPaddle({ picture: 'turned' });
    const turned = await thread.readPaddle({ picture: 'turned', turned: true });
    expect(turned.text).toContain('怪我咯');
    expect(turned.confidence).toBeGreaterThan(upright.confidence);
  }, 120_000);

  it('reads red text on white: recognition sees the brightness, not the red channel alone', async () => {
    // the product banner's lines in red on white; read from the red channel they vanish
    await thread.setPicture('banner', toPnm(await decoded('ocr/zh/rapidocr_ch_en_num.jpg')));
    const page = await thread.readPaddle({ picture: 'banner' });
    const text = page.text.replace(/\s/g, '');
    expect(text).toContain('强力去污符合国标');
    expect(text).toContain('惊喜福利');
  }, 120_000);

  it('says which picture it does not have', async () => {
    await expect(thread.readPaddle({ picture: 'never-handed' })).rejects.toThrow('no picture never-handed');
  });
});
