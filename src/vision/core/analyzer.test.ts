// The core analyzer with fake hosts: error paths, shared models, OCR text joining.
import { describe, expect, it } from 'vitest';
import type { OcrThread } from './ocr-thread.ts';
import { createPhotoAnalyzer, type VisionHost } from './analyzer.ts';
import { sharedFaceModels } from './shared-models.ts';
import type { FaceModels } from './face-models.ts';
import { PROBLEM } from './problems.ts';

const PNG_1x1 = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

/** Answers by language and page mode; the layout-only probe always finds a block. */
function fakeThread(pages: Record<string, string>): OcrThread {
  return {
    setPicture: async () => undefined,
    dropPicture: async () => undefined,
    read: async ({ lang, mode, layoutOnly }) => (layoutOnly
      ? { text: '', confidence: 0, blocks: 1, lines: [] }
      : { text: pages[`${lang} ${mode}`] ?? '', confidence: 90, blocks: 0, lines: [] }),
    loadPaddle: async () => undefined,
    readPaddle: async () => ({ text: pages.paddle ?? '', confidence: 90, blocks: 0, lines: [] }),
    terminate: async () => undefined,
  };
}

function fakeHost(overrides: Partial<VisionHost> = {}): VisionHost {
  return {
    decodable: new Set(['png']),
    decode: async () => ({ image: { width: 1, height: 1, data: new Uint8Array(4) }, width: 1, height: 1 }),
    loadFaceModels: async () => { throw new Error('no models here'); },
    unloadFaceModels: () => undefined,
    startOcrThread: async () => fakeThread({ paddle: '电话 15952301928\nline two', 'eng 6': 'Tel 15952301928\nline two', 'eng 4': 'ex tra\n电 话' }),
    readMetadata: async (_b, id, name) => ({ id, name, gps: null, faces: [], text: '', checked: { metadata: true, faces: false, text: false } }),
    ...overrides,
  };
}

describe('core analyzer', () => {
  it('reports a failed face step as a photo error and still reads the text', async () => {
    const analyzer = createPhotoAnalyzer(fakeHost());
    const facts = await analyzer.analyze(PNG_1x1, { name: 'p.png' });
    expect(facts.error).toBe(PROBLEM.faces);
    expect(facts.checked).toEqual({ metadata: true, faces: false, text: true });
    // PaddleOCR, eng block, eng column; spaces between Chinese characters closed in Tesseract's
    // readings; lines another reading already had dropped
    expect(facts.text.split('\n')).toEqual(['电话 15952301928', 'line two', 'Tel 15952301928', 'ex tra']);
    await analyzer.dispose();
  });

  it('reads the text while the faces are still being looked for', async () => {
    let handed!: () => void;
    const pictureHanded = new Promise<string>((resolve) => { handed = () => resolve('picture handed to the OCR thread'); });
    let firstDone = '';
    const thread = fakeThread({ 'eng 6': 'Tel 110' });
    const analyzer = createPhotoAnalyzer(fakeHost({
      startOcrThread: async () => ({ ...thread, setPicture: async () => handed() }),
      loadFaceModels: async () => {
        // the face step waits for OCR: run one after the other, the OCR thread would get nothing
        firstDone = await Promise.race([pictureHanded, new Promise<string>((resolve) => setTimeout(() => resolve('faces alone'), 2_000))]);
        throw new Error('no models here');
      },
    }));
    const facts = await analyzer.analyze(PNG_1x1);
    expect(firstDone).toBe('picture handed to the OCR thread');
    expect(facts.text).toBe('Tel 110');
    expect(facts.error).toBe(PROBLEM.faces);
    await analyzer.dispose();
  });

  it('turns a decoder failure into the decoder problem', async () => {
    const decode = async () => { throw Object.assign(new Error('x'), { photoProblem: PROBLEM.tooLarge(9000, 9000, 50e6) }); };
    const analyzer = createPhotoAnalyzer(fakeHost({ decode }));
    expect((await analyzer.analyze(PNG_1x1)).error).toBe(PROBLEM.tooLarge(9000, 9000, 50e6));
  });

  it('keeps going when the metadata reader throws', async () => {
    const analyzer = createPhotoAnalyzer(fakeHost({ readMetadata: async () => { throw new Error('bad exif'); } }));
    const facts = await analyzer.analyze(PNG_1x1);
    expect(facts.checked.metadata).toBe(false);
    expect(facts.checked.text).toBe(true);
  });
});

describe('shared face models', () => {
  it('unloads only when the last holder lets go', async () => {
    let loads = 0;
    let unloads = 0;
    const models = sharedFaceModels(async () => { loads++; return {} as FaceModels; }, () => { unloads++; });
    const a = await models.acquire();
    const b = await models.acquire();
    models.release(a);
    expect(unloads).toBe(0);
    models.release(b);
    expect([loads, unloads]).toEqual([1, 1]);
    await models.acquire();
    expect(loads).toBe(2);
  });
});
