import { describe, expect, it } from 'vitest';
import { analyzeDraft } from './analyzeDraft.ts';
import { textToCover } from './cover.ts';
import type { PhotoFacts } from './types.ts';

const photo = (text: string, lines: { text: string; box: [number, number, number, number] }[]): PhotoFacts => ({
  id: 'p', gps: null, faces: [], text, checked: { metadata: true, faces: true, text: true },
  textLines: lines.map((l) => ({ text: l.text, box: { x: l.box[0], y: l.box[1], width: l.box[2], height: l.box[3] } })),
});

describe('textToCover', () => {
  it('boxes the lines of the picture that the verdict quotes, from every reading, and no other', () => {
    const sign = photo('寻人启事\n联系电话 13812345678\n今日特价', [
      { text: '寻 人 启 事', box: [10, 10, 200, 40] },
      { text: '联系电话 13812345678', box: [10, 60, 300, 30] },
      { text: '今日特价', box: [10, 100, 120, 30] },
      { text: '13812345678', box: [120, 58, 190, 34] }, // the same line from another reading
    ]);
    const verdict = analyzeDraft({ text: '这个小女孩一个人在火车站门口乞讨，大家帮忙转发', photos: [sign], locale: 'zh-CN' });
    const quoted = verdict.reasons.flatMap((r) => r.evidence).filter((e) => e.kind === 'photo-text');
    expect(quoted.length).toBeGreaterThan(0);
    const [boxes] = textToCover(verdict, [sign]);
    expect(boxes).toContainEqual({ x: 10, y: 60, width: 300, height: 30 });
    expect(boxes).toContainEqual({ x: 120, y: 58, width: 190, height: 34 });
    expect(boxes).not.toContainEqual({ x: 10, y: 100, width: 120, height: 30 });
  });

  it('covers nothing in a photo whose text is not evidence, or that has no boxed lines', () => {
    const menu = photo('今日特价', [{ text: '今日特价', box: [0, 0, 10, 10] }]);
    const verdict = analyzeDraft({ text: 'lunch', photos: [menu], locale: 'en' });
    expect(textToCover(verdict, [menu])).toEqual([[]]);
    const noLines: PhotoFacts = { ...menu, text: '电话 13812345678', textLines: undefined };
    const v2 = analyzeDraft({ text: '这个小女孩走丢了', photos: [noLines], locale: 'zh-CN' });
    expect(textToCover(v2, [noLines])).toEqual([[]]);
  });
});
