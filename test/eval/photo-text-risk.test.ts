// Text read from a photo counts as much as text in the post: pictures rendered from real poster and
// sign wording (test/fixtures/photo-text/README.md), read by the Node host's OCR (PaddleOCR +
// Tesseract, as the scanner and the extension read them) and judged by the risk engine with a post
// that says nothing risky itself.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textAnalyzer as analyzer } from './analyzers.ts';
import { analyzeDraft, textToCover } from '../../src/analysis/index.ts';
import type { PhotoFacts } from '../../src/analysis/types.ts';
import { readBytes } from '../../src/vision/eval/ground-truth.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/photo-text');
/** a post that only asks to share: no child, no risk, no identifier in its own words */
const POST = '请大家帮忙转发，谢谢';
const facts = new Map<string, PhotoFacts>();

beforeAll(async () => {
  for (const name of ['missing-child-poster.jpg', 'plea-sign.png', 'begging-sign.jpg']) {
    facts.set(name, await analyzer.analyze(new Uint8Array(readFileSync(join(FIXTURES, name))), { name }));
  }
  facts.set('no-text', await analyzer.analyze(readBytes('negatives/kodak_kodim23.png'), { name: 'kodim23.png' }));
}, 300_000);

const judge = (photo: string) => analyzeDraft({ text: POST, photos: [facts.get(photo)!], locale: 'zh-CN' });
const fromPhoto = (verdict: ReturnType<typeof judge>, code: string) =>
  verdict.reasons.find((r) => r.code === code)?.evidence.filter((e) => e.kind === 'photo-text').map((e) => (e.kind === 'photo-text' ? e.quote : ''));

describe('text in a photo is a risk signal by itself', () => {
  it('reads the missing-child poster whole', () => {
    const text = facts.get('missing-child-poster.jpg')!.text;
    for (const line of ['寻人启事', '男，11周岁', '如有发现该小男孩，请及时与我们联系', '13800138000']) expect(text).toContain(line);
  });

  it('warns on a missing-child poster: missing child, a child, and the phone number as an identifier, all quoted from the photo', () => {
    const verdict = judge('missing-child-poster.jpg');
    expect(verdict.level).toBe('warn');
    expect(fromPhoto(verdict, 'vulnerable-missing')).toContain('寻人');
    expect(fromPhoto(verdict, 'child-words')?.length).toBeGreaterThan(0);
    expect(fromPhoto(verdict, 'phone-number')).toEqual(['13800138000']);
  });

  it('covers the poster\'s phone line in the safer copy (the line the warning quotes)', () => {
    const verdict = judge('missing-child-poster.jpg');
    const poster = facts.get('missing-child-poster.jpg')!;
    const [boxes] = textToCover(verdict, [poster]);
    const phoneLine = poster.textLines!.find((l) => l.text.includes('13800138000'))!;
    expect(boxes).toContainEqual(phoneLine.box);
  });

  it('warns on a girl\'s plea for money for an operation: sickness, fundraising and a child, from the photo', () => {
    const verdict = judge('plea-sign.png');
    expect(verdict.level).toBe('warn');
    expect(fromPhoto(verdict, 'vulnerable-sick-fundraising')).toEqual(expect.arrayContaining(['重病', '手术费']));
    expect(fromPhoto(verdict, 'child-words')?.length).toBeGreaterThan(0);
  });

  it('reads the begging sign\'s words exactly', () => {
    expect(facts.get('begging-sign.jpg')!.text.split('\n')[0]).toBe('求助两元回家');
  });

  it('takes the begging sign for begging: held by a child in the same photo, the post is stopped', () => {
    const sign = facts.get('begging-sign.jpg')!;
    const girl = { age: 8, child: true, box: { x: 400, y: 40, width: 160, height: 180 } };
    const verdict = analyzeDraft({ text: POST, photos: [{ ...sign, faces: [girl] }], locale: 'zh-CN' });
    expect(verdict.level).toBe('warn');
    expect(fromPhoto(verdict, 'vulnerable-begging')).toEqual(['求助两元回家']);
    // the sign alone, no child shown or named: it may be an adult's
    expect(judge('begging-sign.jpg').level).toBe('none');
  });

  it('does not warn on the same post with a photo that shows no text', () => {
    expect(facts.get('no-text')!.text).toBe('');
    expect(judge('no-text').level).toBe('none');
  });
});
