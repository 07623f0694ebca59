// The safer copy, on real photos: every face the analyzer found is covered in pixel blocks
// (src/vision/core/pixelate.ts), the copy is re-encoded as JPEG, and the analyzer looks again. No
// child may still be found, and (almost) no face at all. The same for the phone numbers written in
// photos: the lines the verdict quotes (src/analysis/cover.ts) are covered, and read no more.
import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { facesAnalyzer, textAnalyzer } from './analyzers.ts';
import { readBytes, readFaceLabels } from '../../src/vision/eval/ground-truth.ts';
import { pixelateFaces, pixelateText } from '../../src/vision/core/pixelate.ts';
import { analyzeDraft, textToCover } from '../../src/analysis/index.ts';
import type { Box, Face, PhotoFacts } from '../../src/analysis/types.ts';
import { evalReport } from './eval-report.ts';

const report = evalReport('pixelate');
afterAll(() => report.summary([`pixelate: ${covered} photos covered and read again`]));
let covered = 0;

async function coveredCopy(file: string): Promise<{ before: Face[]; after: Face[] }> {
  const bytes = readBytes(file);
  const before = (await facesAnalyzer.analyze(bytes, { name: file })).faces;
  const { data, info } = await sharp(bytes).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const image = { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  pixelateFaces(image, before.map((f) => f.box));
  const copy = await sharp(Buffer.from(image.data), { raw: { width: image.width, height: image.height, channels: 4 } }).jpeg({ quality: 92 }).toBuffer();
  const after = (await facesAnalyzer.analyze(new Uint8Array(copy), { name: `covered-${file}` })).faces;
  covered++;
  report.line(`${file}: ${before.length} faces (${before.filter((f) => f.child).length} child) → ${after.length} (${after.filter((f) => f.child).length} child)`);
  return { before, after };
}

describe('faces covered in pixel blocks are no longer found', () => {
  it('kodim15: the girl is found before and not after', async () => {
    const { before, after } = await coveredCopy('scenes/kodak_kodim15.png');
    expect(before.some((f) => f.child)).toBe(true);
    expect(after).toEqual([]);
  });

  it('the 1927 Solvay group photo: of 25+ faces, at most one is found after', async () => {
    const { before, after } = await coveredCopy('scenes/human_solvay1927.jpg');
    expect(before.length).toBeGreaterThanOrEqual(25);
    expect(after.length).toBeLessThanOrEqual(1);
  });

  it('FairFace children 0–12: none of those called child is called child after, and no face is found', async () => {
    const children = readFaceLabels().filter((l) => l.childUnder13 === 'yes').map((l) => `faces/${l.file}`);
    let found = 0;
    let stillFaces = 0;
    for (const file of children) {
      const { before, after } = await coveredCopy(file);
      if (!before.some((f) => f.child)) continue;
      found++;
      stillFaces += after.length;
    }
    expect(found).toBeGreaterThanOrEqual(60);
    expect(stillFaces).toBe(0);
  }, 300_000);
});

const RISKY = '这个小女孩一个人在火车站门口乞讨，大家帮忙转发';
const phoneEvidence = (facts: PhotoFacts) =>
  analyzeDraft({ text: RISKY, photos: [facts], locale: 'zh-CN' }).reasons
    .filter((r) => r.code === 'phone-number').flatMap((r) => r.evidence).filter((e) => e.kind === 'photo-text');

async function textCoveredCopy(file: string, cover: (facts: PhotoFacts) => Box[]): Promise<{ before: PhotoFacts; after: PhotoFacts }> {
  const bytes = readBytes(file);
  const before = await textAnalyzer.analyze(bytes, { name: file });
  const { data, info } = await sharp(bytes).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const image = { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  pixelateText(image, cover(before));
  const copy = await sharp(Buffer.from(image.data), { raw: { width: image.width, height: image.height, channels: 4 } }).jpeg({ quality: 92 }).toBuffer();
  const after = await textAnalyzer.analyze(new Uint8Array(copy), { name: `covered-${file}` });
  covered++;
  report.line(`${file}: "${before.text.replace(/\n/g, ' | ')}" → "${after.text.replace(/\n/g, ' | ')}"`);
  return { before, after };
}

describe('lines of text the verdict quotes, covered in pixel blocks, are no longer read', () => {
  // the two photos of testdata/ocr whose phone number the OCR reads (the gym sign's it does not)
  it.each(['ocr/zh/paddle_word_3_phone.jpg', 'ocr/en/paddle_receipt_254.jpg'])('%s: its phone number is quoted before and not found after', async (file) => {
    const { before, after } = await textCoveredCopy(file, (facts) => {
      const [boxes] = textToCover(analyzeDraft({ text: RISKY, photos: [facts], locale: 'zh-CN' }), [facts]);
      return boxes;
    });
    expect(phoneEvidence(before).length, 'a phone number in the photo is evidence').toBeGreaterThan(0);
    expect(before.textLines?.length).toBeGreaterThan(0);
    expect(phoneEvidence(after)).toEqual([]);
  }, 300_000); // two readings, each within textAnalyzer's roomy budget
});
