// Quoted words are shown where they stand in the draft.
import { describe, expect, it } from 'vitest';
import { quoteInContext } from '../../src/ui/quote-context.ts';

describe('quoteInContext', () => {
  const text = '在汽车站看到一个小女孩独自坐在角落，问她家长在哪她只是摇头，大家帮忙扩散一下';

  it('adds up to ten characters either side, with ellipses where the draft goes on', () => {
    const start = text.indexOf('女孩');
    expect(quoteInContext(text, start, start + 2, '女孩')).toEqual({ before: '在汽车站看到一个小', quote: '女孩', after: '独自坐在角落，问她家…' });
    const late = text.indexOf('扩散');
    expect(quoteInContext(text, late, late + 2, '扩散')).toEqual({ before: '…她只是摇头，大家帮忙', quote: '扩散', after: '一下' });
    expect(quoteInContext('小女孩', 1, 3, '女孩')).toEqual({ before: '小', quote: '女孩', after: '' });
  });

  it('stops at line breaks', () => {
    const t = 'first line\nkid alone\nlast';
    expect(quoteInContext(t, 11, 14, 'kid')).toEqual({ before: '', quote: 'kid', after: ' alone' });
  });

  it('gives up when the positions do not match the quote (the dialog then shows the quote alone)', () => {
    expect(quoteInContext(text, 0, 2, '女孩')).toBeNull();
    expect(quoteInContext(text, -1, 2, '在汽')).toBeNull();
    expect(quoteInContext(text, 5, 500, '女孩')).toBeNull();
  });
});
