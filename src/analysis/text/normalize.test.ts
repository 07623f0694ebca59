import { describe, expect, it } from 'vitest';
import { normalizeText, toSource } from './normalize.ts';

describe('normalizeText', () => {
  it('converts traditional to simplified, keeping offsets into the original', () => {
    const src = '這個小孩在車站乞討好幾天了';
    const nt = normalizeText(src);
    expect(nt.text).toBe('这个小孩在车站乞讨好几天了');
    const at = nt.text.indexOf('乞讨');
    const span = toSource(nt, at, at + 2);
    expect(src.slice(span.start, span.end)).toBe('乞討');
  });
  it('uses phrase conversions (乾淨 → 干净, 乾隆 stays)', () => {
    expect(normalizeText('乾乾淨淨的頭髮，乾隆皇帝').text).toBe('干干净净的头发,乾隆皇帝');
  });
  it('reads Taiwan’s words in traditional text as the mainland ones, offsets kept; simplified text keeps its own', () => {
    const src = '影片裡的孩子一直聯絡不上';
    const nt = normalizeText(src);
    expect(nt.text).toBe('视频里的孩子一直联系不上');
    const at = nt.text.indexOf('联系');
    const span = toSource(nt, at, at + 2);
    expect(src.slice(span.start, span.end)).toBe('聯絡');
    expect(normalizeText('阿拉伯聯合大公國').text).toBe('阿拉伯联合酋长国');
    expect(normalizeText('这部影片讲的是一个孩子').text).toBe('这部影片讲的是一个孩子');
  });
  it('reads 著 after a verb in traditional text as 着 (光著腳 → 光着脚), and keeps it where it means "to write" or "marked"', () => {
    const src = '小女孩光著腳丫在街上跑，穿著秋衣';
    const nt = normalizeText(src);
    expect(nt.text).toBe('小女孩光着脚丫在街上跑,穿着秋衣');
    const at = nt.text.indexOf('着');
    expect(src.slice(toSource(nt, at, at + 1).start, toSource(nt, at, at + 1).end)).toBe('著');
    expect(normalizeText('著名作家的原著很顯著').text).toBe('著名作家的原著很显著');
    expect(normalizeText('这本著作写得好').text).toBe('这本著作写得好');
  });
  it('folds full-width letters, digits and punctuation', () => {
    expect(normalizeText('ＡＢＣ１２３，（０２７）').text).toBe('ABC123,(027)');
  });
  it('blanks URLs, @mentions and repost markers, drops hashtag marks, records them', () => {
    const src = '//@爱心人士:太可怜了 #寻人启事# 详见 https://t.cn/A6abcd 谢谢@小明';
    const nt = normalizeText(src);
    expect(nt.text).not.toContain('爱心人士');
    expect(nt.text).not.toContain('t.cn');
    expect(nt.text).not.toContain('#');
    expect(nt.text).toContain('寻人启事');
    expect(nt.hashtags.map((h) => src.slice(h.start, h.end))).toEqual(['寻人启事']);
    expect(nt.mentions.map((h) => src.slice(h.start, h.end))).toEqual(['//@爱心人士:', '@小明']);
    expect(nt.urls.map((h) => src.slice(h.start, h.end))).toEqual(['https://t.cn/A6abcd']);
  });
  it('splits a CamelCase hashtag into its words, and maps them back', () => {
    const src = 'So sad. #MigrantKidsInCrisis #AmberAlert #iPhone #NASA McDonald';
    const nt = normalizeText(src);
    expect(nt.text).toBe('So sad. Migrant Kids In Crisis Amber Alert i Phone NASA McDonald');
    const at = nt.text.indexOf('Kids In');
    const span = toSource(nt, at, at + 'Kids In'.length);
    expect(src.slice(span.start, span.end)).toBe('KidsIn');
  });
  it('turns emoji into blanks and keeps offsets right after them', () => {
    const src = '🙏😭 孩子走丢了👧🏻求扩散';
    const nt = normalizeText(src);
    const at = nt.text.indexOf('走丢');
    const span = toSource(nt, at, at + 2);
    expect(src.slice(span.start, span.end)).toBe('走丢');
    expect(nt.text).toContain('求扩散');
    expect(nt.text).not.toMatch(/[\u{1F300}-\u{1FAFF}]/u);
  });
  it('joins OCR output that puts spaces between Chinese characters', () => {
    expect(normalizeText('寻 人 启 事  电 话 138 1234 5678').text).toBe('寻人启事电话 138 1234 5678');
  });
  it('survives lone surrogates, control characters and non-strings', () => {
    expect(() => normalizeText('a\ud800b\udc00c\u0000')).not.toThrow();
    expect(normalizeText('a\ud800b').text).toBe('a b');
    expect(normalizeText(undefined).text).toBe('');
    expect(normalizeText(42 as unknown).text).toBe('');
  });
});

/** the source text behind the first occurrence of `word` in the normalised text */
function quoteOf(src: string, word: string): string | null {
  const nt = normalizeText(src);
  const at = nt.text.indexOf(word);
  if (at < 0) return null;
  const span = toSource(nt, at, at + word.length);
  return src.slice(span.start, span.end);
}

describe('normalizeText: spellings that hide a word', () => {
  it('drops zero-width spaces, soft hyphens, word joiners, variation selectors and bidi controls inside words', () => {
    const cases: [string, string][] = [
      ['乞\u200b讨', '乞讨'], ['走\u200c失', '走失'], ['拐\u2060卖', '拐卖'], ['失\ufe0f踪', '失踪'], ['寻\u202e人', '寻人'],
      ['mis\u00adsing', 'missing'], ['beg\u200dging', 'begging'], ['chi\u2066ld\u2069', 'child'], ['lo\ufeffst', 'lost'], ['被\u{E0101}拐', '被拐'],
    ];
    for (const [src, word] of cases) {
      expect(normalizeText(src).text, JSON.stringify(src)).toBe(word);
      expect(quoteOf(src, word), JSON.stringify(src)).toBe(src.replace(/[\u2069]$/u, '')); // the quote is the user's text, invisible characters and all
    }
  });
  it('drops separators between single characters: middle dots, spaces, punctuation', () => {
    const cases: [string, string, string][] = [
      ['小孩在车站乞·讨', '乞讨', '乞·讨'], ['孩子走 失了', '走失', '走 失'], ['被・拐', '被拐', '被・拐'], ['拐-卖', '拐卖', '拐-卖'],
      ['流*浪', '流浪', '流*浪'], ['失 · 踪', '失踪', '失 · 踪'], ['寻/人', '寻人', '寻/人'],
      ['a c-h-i-l-d begging', 'child', 'c-h-i-l-d'], ['m.i.s.s.i.n.g kid', 'missing', 'm.i.s.s.i.n.g'], ['b e g g i n g', 'begging', 'b e g g i n g'],
      ['k_i_d', 'kid', 'k_i_d'],
    ];
    for (const [src, word, quote] of cases) expect(quoteOf(src, word), src).toBe(quote);
  });
  it('folds Cyrillic and Greek look-alike letters in Latin words', () => {
    expect(quoteOf('a lost сhild', 'child')).toBe('сhild'); // Cyrillic с
    expect(quoteOf('bеgging', 'begging')).toBe('bеgging'); // Cyrillic е
    expect(quoteOf('mіssіng', 'missing')).toBe('mіssіng'); // Cyrillic і
    expect(quoteOf('аbandοned', 'abandoned')).toBe('аbandοned'); // Cyrillic а, Greek ο
    expect(quoteOf('KІD', 'KID')).toBe('KІD');
    expect(quoteOf('a lost сһіӏԁ', 'child')).toBe('сһіӏԁ'); // all Cyrillic, spelling a risk word
  });
  it('folds common leetspeak of risk words', () => {
    for (const [src, word] of [['m1ss1ng', 'missing'], ['b3gging', 'begging'], ['ch1ld', 'child'], ['l0st', 'lost'], ['a1one', 'alone'], ['h0mel3ss', 'homeless'], ['k1dnapped', 'kidnapped'], ['4bused', 'abused'], ['M1SS1NG', 'MiSSiNG']]) {
      expect(quoteOf(`the ${src} kid`, word), src).toBe(src);
    }
  });
  it('reads pinyin of the core risk words, with or without tone marks, numbers, spaces and hyphens', () => {
    const cases: [string, string][] = [
      ['qitao', '乞讨'], ['qǐtǎo', '乞讨'], ['qi tao', '乞讨'], ['Qi-Tao', '乞讨'], ['qi3tao3', '乞讨'], ['QITAO', '乞讨'],
      ['zoushi', '走失'], ['zǒu shī', '走失'], ['guaimai', '拐卖'], ['shizong', '失踪'], ['xunren', '寻人'], ['beiguai', '被拐'],
      ['liulang', '流浪'], ['tonggong', '童工'], ['beiguaimai', '被拐卖'], ['nüedai', '虐待'], ['xiaonvhai', '小女孩'],
    ];
    for (const [src, word] of cases) {
      const text = `这个 ${src} 了`;
      expect(normalizeText(text).text, src).toContain(word);
      expect(quoteOf(text, word), src).toBe(src);
    }
    // each character points at its own syllable
    const nt = normalizeText('zǒu shī');
    expect([...nt.start]).toEqual([0, 4]);
    expect([...nt.end]).toEqual([3, 7]);
  });
  it('leaves ordinary text alone: words with digits, URLs, prices, phones, names, Russian and Greek', () => {
    const benign = [
      'mp3 player, covid19, 4G and 5G, iPhone15, h264, x86, B612, A4 paper, 2nd place, 10th, 24h, 5km, 100ml',
      'Price $12.99, €5, 3.5 kg; 2024-01-02 at 10:30',
      'call 138 1234 5678 or (020) 8888-1234',
      'Привет, как дела? Спасибо за помощь',
      'Καλημέρα, ευχαριστώ',
      'qitaoist, taoism, shizongs? no: the Qi of Tao, xunrenx',
      'U.S. news, e.g. this, i.e. that',
      '约翰·史密斯和买买提·艾力',
    ];
    for (const s of benign) {
      const nt = normalizeText(s);
      expect(nt.text, s).not.toMatch(/[乞讨走失拐卖踪寻人]/);
    }
    expect(normalizeText('mp3 player, covid19, 4G and 5G, iPhone15, h264, B612').text).toBe('mp3 player, covid19, 4G and 5G, iPhone15, h264, B612');
    expect(normalizeText('Price $12.99, 3.5 kg; 2024-01-02 at 10:30').text).toBe('Price $12.99, 3.5 kg; 2024-01-02 at 10:30');
    expect(normalizeText('call 138 1234 5678 or (020) 8888-1234').text).toBe('call 138 1234 5678 or (020) 8888-1234');
    expect(normalizeText('Привет, как дела? Спасибо за помощь').text).toBe('Привет, как дела? Спасибо за помощь');
    expect(normalizeText('Καλημέρα, ευχαριστώ').text).toBe('Καλημέρα, ευχαριστώ');
    expect(normalizeText('U.S. news, e.g. this').text).toBe('U.S. news, e.g. this');
    const url = '详见 https://t.cn/qitao 和 www.example.com/m1ss1ng';
    expect(normalizeText(url).text).not.toMatch(/乞讨|missing/);
  });
});
