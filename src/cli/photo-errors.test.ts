import { describe, expect, it } from 'vitest';
import { PROBLEM } from '../vision/core/problems.ts';
import { localizePhotoError, photoProblem } from './photo-errors.ts';

const english = [
  PROBLEM.empty, PROBLEM.notImage, PROBLEM.heif, PROBLEM.undecodable, PROBLEM.truncated, PROBLEM.damaged, PROBLEM.faces, PROBLEM.text, PROBLEM.cancelled,
  PROBLEM.tooLarge(9000, 8000, 50e6), 'file not found', 'is a directory', 'cannot read file', 'not a regular file (a device, pipe or socket): not read',
  'file too large (1812 MB, over the 32 MB limit): not read', 'safer copy not written: the file exists', 'truncated file', 'not an image', 'empty file', 'unreadable file',
];

describe("the scanner's photo errors in the draft's language", () => {
  it('translates every error the scanner, the metadata reader and the analyzer write', () => {
    for (const locale of ['zh-CN', 'zh-TW'] as const) {
      for (const e of english) {
        const out = localizePhotoError(e, locale);
        expect(out, `${locale}: ${e}`).toMatch(/[\u4e00-\u9fff]/);
        expect(out.replace(/HEIC|HEIF|MB|\d+×\d+/g, ''), `${locale}: ${e}`).not.toMatch(/[a-z]{3,}/i);
      }
    }
    expect(localizePhotoError(PROBLEM.tooLarge(9000, 8000, 50e6), 'zh-CN')).toBe('图片太大，无法检查（9000×8000，超过 50 百万像素）。');
    expect(localizePhotoError('file too large (1812 MB, over the 32 MB limit): not read', 'zh-TW')).toBe('檔案太大（1812 MB，超過 32 MB 上限）：未讀取');
  });
  it('translates sentences the analyzer joined, and keeps technical details', () => {
    expect(localizePhotoError(`${PROBLEM.truncated} ${PROBLEM.faces}`, 'zh-CN')).toBe('文件不完整：只检查了已收到的那部分图片。无法检查这张图片里的人脸。');
    expect(localizePhotoError(`${PROBLEM.undecodable} (VipsJpeg: premature end)`, 'zh-TW')).toBe('圖片無法解碼（檔案已損毀或不完整）。(VipsJpeg: premature end)');
    expect(localizePhotoError('cannot analyse photo (out of memory)', 'zh-CN')).toBe('无法分析照片（out of memory）');
  });
  it('leaves English as it is', () => {
    for (const e of english) expect(localizePhotoError(e, 'en')).toBe(e);
    expect(photoProblem(2, 'a.jpg', 'file not found', 'en')).toBe('image 2 (a.jpg): file not found');
    expect(photoProblem(2, 'a.jpg', '找不到文件', 'zh-CN')).toBe('第 2 张图片（a.jpg）：找不到文件');
    expect(photoProblem(2, 'a.jpg', '找不到檔案', 'zh-TW')).toBe('第 2 張圖片（a.jpg）：找不到檔案');
  });
});
