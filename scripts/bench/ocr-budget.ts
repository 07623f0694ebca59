// The OCR recipe at the product's time budget (3 s, DEFAULT_SETTINGS) on testdata/ocr: key strings
// found (README matching rule) and which pictures were cut short. test/eval/ocr.test.ts measures the
// same recipe with a roomy budget. The decoding is the analyzer's; faces are left out.
import { median, report } from './_report.ts';
import { DEFAULT_SETTINGS } from '../../src/vision/core/analyzer.ts';
import { OcrReader } from '../../src/vision/core/ocr.ts';
import { decodeWithSharp } from '../../src/vision/node/decode.ts';
import { createNodeOcrThread } from '../../src/vision/node/tesseract.ts';
import { keyFound, keyStrings, readBytes, readManifest } from '../../src/vision/eval/ground-truth.ts';

export default async function ocrBudget(): Promise<void> {
  const reader = new OcrReader(createNodeOcrThread, DEFAULT_SETTINGS.idleMs);
  const found = { en: 0, zh: 0 };
  const keys = { en: 0, zh: 0 };
  const cut: string[] = [];
  const times: number[] = [];
  try {
    for (const row of readManifest().filter((r) => r.category.startsWith('ocr/'))) {
      const { image } = await decodeWithSharp(readBytes(row.file), DEFAULT_SETTINGS);
      const started = performance.now();
      const read = await reader.read(image, DEFAULT_SETTINGS.ocrBudgetMs);
      times.push(performance.now() - started);
      const lang = row.category === 'ocr/en' ? 'en' : 'zh';
      const strings = keyStrings(row.groundTruth);
      const hits = strings.filter((k) => keyFound(k, read.text)).length;
      found[lang] += hits;
      keys[lang] += strings.length;
      if (read.cutShort) cut.push(row.file);
      console.log(`  ${row.file.padEnd(46)} ${hits}/${strings.length}  ${times.at(-1)!.toFixed(0)} ms${read.cutShort ? '  (cut short)' : ''}`);
    }
  } finally {
    await reader.dispose();
  }
  report(`node: OCR at the ${DEFAULT_SETTINGS.ocrBudgetMs} ms budget, en key strings found`, (100 * found.en) / keys.en, '%');
  report(`node: OCR at the ${DEFAULT_SETTINGS.ocrBudgetMs} ms budget, zh key strings found`, (100 * found.zh) / keys.zh, '%');
  report('node: OCR per picture (median; a worker restart is outside the budget)', median(times), 'ms');
  report(`node: pictures cut short (${cut.map((f) => f.split('/').pop()).join(', ') || 'none'})`, cut.length, 'of 29');
}
