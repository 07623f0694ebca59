// The scanner as users run it: a real process, real shared images, JSON on stdout, exit codes.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = process.cwd();
const testdata = resolve(repo, '../shared/testdata');
const tsx = resolve(repo, 'node_modules/.bin/tsx');

function scan(args: string[], cwd = repo) {
  const r = spawnSync(tsx, [resolve(repo, 'src/cli/scan.ts'), ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, INIT_CWD: cwd } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

describe('scan CLI', () => {
  it('scores one text-only draft and prints one JSON object (exit 0)', () => {
    const r = scan(['--text', '這個小孩在車站乞討好幾天了', '--locale', 'zh-TW']);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(1);
    const [out] = r.lines;
    expect(out).toMatchObject({ level: 'none', photos: [] });
    expect(out.reasons.map((x: { code: string }) => x.code)).toContain('vulnerable-begging');
    expect(out.reasons[0].message).toMatch(/[\u4e00-\u9fff]/);
    const ev = out.reasons.find((x: { code: string }) => x.code === 'vulnerable-begging').evidence[0];
    expect(ev).toEqual({ kind: 'text', quote: '乞討', start: 7, end: 9 });
  });

  it('reads a photo with GPS and warns when the text says the child is vulnerable', () => {
    const r = scan(['--text', 'This little girl was crying alone at the airport gate, no parents around', '--image', join(testdata, 'exif/gps/exifsamples_DSCN0010.jpg'), '--locale', 'en']);
    expect(r.code).toBe(0);
    const [out] = r.lines;
    expect(out.level).toBe('warn');
    expect(out.photos).toHaveLength(1);
    expect(out.photos[0].path).toBe(join(testdata, 'exif/gps/exifsamples_DSCN0010.jpg'));
    expect(out.photos[0].gps.lat).toBeCloseTo(43.467448, 5);
    expect(out.photos[0].gps.lon).toBeCloseTo(11.885127, 5);
    expect(Array.isArray(out.photos[0].faces)).toBe(true);
    expect(typeof out.photos[0].text).toBe('string');
    expect(out.reasons.map((x: { code: string }) => x.code)).toContain('photo-gps');
  });

  it('--safer-copies writes each photo again with its faces and quoted phone number covered and no metadata', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-safer-'));
    const images = ['scenes/kodak_kodim15.png', 'exif/gps/exifsamples_DSCN0010.jpg', 'ocr/zh/paddle_word_3_phone.jpg'].map((f) => join(testdata, f));
    const r = scan(['--text', '这个小女孩一个人在火车站门口乞讨，大家帮忙转发', ...images.flatMap((p) => ['--image', p]), '--locale', 'zh-CN', '--safer-copies', dir]);
    expect(r.code).toBe(0);
    const [out] = r.lines;
    expect(out.photos.map((p: { saferCopy: string }) => p.saferCopy)).toEqual([
      join(dir, 'kodak_kodim15-safer.png'), join(dir, 'exifsamples_DSCN0010-safer.jpg'), join(dir, 'paddle_word_3_phone-safer.jpg'),
    ]);
    // the copies, scanned again: no face, no position, no phone number
    const again = scan(['--text', '这个小女孩一个人在火车站门口乞讨，大家帮忙转发', ...out.photos.flatMap((p: { saferCopy: string }) => ['--image', p.saferCopy]), '--locale', 'zh-CN']);
    const [copies] = again.lines;
    expect(copies.photos.map((p: { faces: unknown[] }) => p.faces)).toEqual([[], [], []]);
    expect(copies.photos.map((p: { gps: unknown }) => p.gps)).toEqual([null, null, null]);
    expect(copies.photos[2].text).not.toMatch(/1595/);
    expect(copies.reasons.map((x: { code: string }) => x.code)).not.toContain('photo-gps');
    expect(copies.reasons.map((x: { code: string }) => x.code)).not.toContain('child-face');
    // never over an existing file: the same run again says so for each photo, exit 1
    const twice = scan(['--text', 'x', '--image', images[0], '--safer-copies', dir]);
    expect(twice.code).toBe(1);
    expect(twice.lines[0].photos[0].error).toBe('safer copy not written: the file exists');
  }, 240_000);

  it('jsonl: one line out per line in, in order; bad line, missing file and non-image get errors; exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    writeFileSync(join(dir, 'notes.txt'), 'this is not a picture');
    const input = [
      { id: 'ok', text: '女儿今天在钢琴比赛拿了二等奖', images: [join(testdata, 'exif/no_gps/exifr_noexif.jpg')], locale: 'zh-CN' },
      'this line is not json',
      { id: 'missing', text: 'hello', images: ['does-not-exist.jpg'] },
      { id: 'notimage', text: 'hello', images: ['notes.txt'] },
      { id: 'text-only', text: '实验小学五年级的刘子涵被继母虐待，家住幸福小区3栋', locale: 'zh-CN' },
    ];
    writeFileSync(join(dir, 'drafts.jsonl'), input.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
    const r = scan(['--jsonl', 'drafts.jsonl'], dir);
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => l.id)).toEqual(['ok', null, 'missing', 'notimage', 'text-only']);
    const [ok, bad, missing, notImage, textOnly] = r.lines;
    expect(ok.error).toBeUndefined();
    expect(ok).toMatchObject({ level: 'none', photos: [{ path: join(testdata, 'exif/no_gps/exifr_noexif.jpg'), gps: null }] });
    expect(bad.error).toBe('line 2: line is not valid JSON');
    expect(missing.photos[0]).toMatchObject({ path: 'does-not-exist.jpg', gps: null, faces: [], text: '' });
    expect(missing.photos[0].error).toMatch(/not found/);
    expect(missing.error).toBeTruthy();
    expect(notImage.photos[0].error).toBeTruthy();
    expect(notImage.error).toBeTruthy();
    expect(textOnly).toMatchObject({ level: 'caution', photos: [] });
    expect(textOnly.error).toBeUndefined();
    for (const l of r.lines) for (const key of ['id', 'level', 'score', 'reasons', 'photos']) expect(l).toHaveProperty(key);
  });

  it('refuses a file over the size limit before reading it, and says why in the draft\'s language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const fd = openSync(join(dir, 'huge.jpg'), 'w');
    ftruncateSync(fd, 300 * 2 ** 20); // sparse: 300 MB long, nothing on disk
    closeSync(fd);
    const zh = scan(['--text', '孩子', '--image', 'huge.jpg', '--image', 'missing.jpg', '--locale', 'zh-CN'], dir);
    expect(zh.code).toBe(1);
    expect(zh.lines[0].photos.map((p: { error: string }) => p.error)).toEqual(['文件太大（300 MB，超过 32 MB 上限）：未读取', '找不到文件']);
    expect(zh.lines[0].error).toBe('第 1 张图片（huge.jpg）：文件太大（300 MB，超过 32 MB 上限）：未读取；第 2 张图片（missing.jpg）：找不到文件');
    const tw = scan(['--text', '孩子', '--image', 'huge.jpg', '--locale', 'zh-TW'], dir);
    expect(tw.lines[0].photos[0].error).toBe('檔案太大（300 MB，超過 32 MB 上限）：未讀取');
    const en = scan(['--text', 'kid', '--image', 'huge.jpg'], dir);
    expect(en.lines[0].photos[0].error).toBe('file too large (300 MB, over the 32 MB limit): not read');
  });
  it('refuses devices and pipes without reading them (/dev/zero would never end)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    expect(spawnSync('mkfifo', [join(dir, 'pipe.jpg')]).status).toBe(0);
    const r = scan(['--text', 'kid', '--image', '/dev/zero', '--image', 'pipe.jpg'], dir);
    expect(r.code).toBe(1);
    expect(r.lines[0].photos.map((p: { error: string }) => p.error)).toEqual(['not a regular file (a device, pipe or socket): not read', 'not a regular file (a device, pipe or socket): not read']);
  });
  it('jsonl: each line in its own language, and the number of a bad line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    writeFileSync(join(dir, 'drafts.jsonl'), ['{"id":"a","text":"x","images":["nope.jpg"],"locale":"zh-TW"}', '', '{"id":"b"}', '{broken'].join('\n'));
    const r = scan(['--jsonl', 'drafts.jsonl'], dir);
    expect(r.lines.map((l) => [l.id, l.error])).toEqual([['a', '第 1 張圖片（nope.jpg）：找不到檔案'], ['b', 'line 3: "text" must be a string'], [null, 'line 4: line is not valid JSON']]);
  });
  it('exit 0 for a clean jsonl file, 2 for usage errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    writeFileSync(join(dir, 'ok.jsonl'), '{"id":"1","text":"Family hike at the lake, the kids found a frog"}\n');
    const ok = scan(['--jsonl', 'ok.jsonl'], dir);
    expect(ok.code).toBe(0);
    expect(ok.lines).toEqual([expect.objectContaining({ id: '1', level: 'none' })]);
    expect(scan([]).code).toBe(2);
    expect(scan(['--locale', 'fr', '--text', 'x']).code).toBe(2);
    expect(scan(['--jsonl', join(dir, 'nope.jsonl')]).code).toBe(2);
    expect(scan(['--bogus']).stdout).toBe('');
  });

  it('text-only runs never load the photo models', () => {
    const t = performance.now();
    const r = scan(['--text', 'hello']);
    expect(r.code).toBe(0);
    // no face model or OCR worker start-up on stderr, and quick
    expect(r.stderr).not.toMatch(/tesseract|tfjs|face/i);
    expect(performance.now() - t).toBeLessThan(15_000);
  });
});
