// The OCR recipe at the product's time budget (4 s, DEFAULT_SETTINGS) on testdata/ocr: key strings
// found (README matching rule) and which pictures were cut short, twice: with the budget stretched
// by the machine's pace as the product does (machine-pace.ts), and held at 4 s. On a machine as
// fast as the reference the two are the same; on a slow or busy one the first keeps the keys.
// test/eval/ocr.test.ts measures the same recipe with a roomy budget. The decoding is the
// analyzer's; faces are left out.
import { median, report } from './_report.ts';
import { DEFAULT_SETTINGS } from '../../src/vision/core/analyzer.ts';
import { OcrReader } from '../../src/vision/core/ocr.ts';
import { MachinePace } from '../../src/vision/core/machine-pace.ts';
import { decodeWithSharp } from '../../src/vision/node/decode.ts';
import { createNodeOcrThread } from '../../src/vision/node/tesseract.ts';
import { keyFound, keyStrings, readBytes, readManifest } from '../../src/vision/eval/ground-truth.ts';

export default async function ocrBudget(): Promise<void> {
  const budget = DEFAULT_SETTINGS.ocrBudgetMs;
  await atBudget(`the ${budget} ms budget stretched by the machine's pace`, new MachinePace());
  await atBudget(`the ${budget} ms budget held`, { observe: () => 1 });
}

async function atBudget(label: string, pace: Pick<MachinePace, 'observe'>): Promise<void> {
  const reader = new OcrReader(createNodeOcrThread, DEFAULT_SETTINGS.idleMs, pace);
  const found = { en: 0, zh: 0 };
  const keys = { en: 0, zh: 0 };
  const cut: string[] = [];
  const times: number[] = [];
  const budgets: number[] = [];
  try {
    for (const row of readManifest().filter((r) => r.category.startsWith('ocr/'))) {
      const { image } = await decodeWithSharp(readBytes(row.file), DEFAULT_SETTINGS);
      const started = performance.now();
      const read = await reader.read(image, DEFAULT_SETTINGS.ocrBudgetMs);
      times.push(performance.now() - started);
      budgets.push(read.budgetMs);
      const lang = row.category === 'ocr/en' ? 'en' : 'zh';
      const strings = keyStrings(row.groundTruth);
      const hits = strings.filter((k) => keyFound(k, read.text)).length;
      found[lang] += hits;
      keys[lang] += strings.length;
      if (read.cutShort) cut.push(row.file);
      console.log(`  ${row.file.padEnd(46)} ${hits}/${strings.length}  ${times.at(-1)!.toFixed(0)} ms (budget ${read.budgetMs.toFixed(0)} ms)${read.cutShort ? '  (cut short)' : ''}`);
    }
  } finally {
    await reader.dispose();
  }
  report(`node: OCR at ${label}, en key strings found (goal ≥ 80 %)`, (100 * found.en) / keys.en, '%');
  report(`node: OCR at ${label}, zh key strings found (goal ≥ 50 %)`, (100 * found.zh) / keys.zh, '%');
  report(`node: OCR at ${label}, budget per picture (median; range ${Math.min(...budgets).toFixed(0)}–${Math.max(...budgets).toFixed(0)})`, median(budgets), 'ms');
  report(`node: OCR at ${label}, per picture (median; a thread restart is outside the budget)`, median(times), 'ms');
  report(`node: OCR at ${label}, pictures cut short (${cut.map((f) => f.split('/').pop()).join(', ') || 'none'})`, cut.length, 'of 29');
}
