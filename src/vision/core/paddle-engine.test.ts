import { describe, expect, it } from 'vitest';
import { ctcDictionary } from './paddle-engine.ts';
import { paddingFor, withMargin } from './margin.ts';
import { fromPnm } from './ocr-thread.ts';
import { toPnm } from './image.ts';

describe('PaddleOCR input', () => {
  it('pads 10 % of the longer side, at least 16 px', () => {
    expect(paddingFor(1600, 900)).toBe(160);
    expect(paddingFor(60, 20)).toBe(16);
    const framed = withMargin({ width: 1, height: 1, data: new Uint8Array([0, 0, 0, 255]) });
    expect([framed.width, framed.height]).toEqual([33, 33]);
    expect([...framed.data.subarray((16 * 33 + 16) * 4, (16 * 33 + 17) * 4)]).toEqual([0, 0, 0, 255]);
    expect(framed.data.filter((v) => v !== 255)).toHaveLength(3);
  });

  it('builds the CTC alphabet: blank, the keys, then the space', () => {
    expect(ctcDictionary('a\nb\n中\n').split('\n')).toEqual(['', 'a', 'b', '中', ' ']);
    expect(ctcDictionary('a\r\nb').split('\n')).toEqual(['', 'a', 'b', ' ']);
  });

  it('reads back the PNM the OCR thread holds as RGBA pixels', () => {
    const image = { width: 2, height: 1, data: new Uint8Array([10, 20, 30, 255, 40, 50, 60, 255]) };
    expect(fromPnm(toPnm(image))).toEqual({ width: 2, height: 1, data: image.data });
    expect(() => fromPnm(new Uint8Array([1, 2, 3]))).toThrow('not a P6 picture');
  });
});
