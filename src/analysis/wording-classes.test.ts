// Classes of wording that real posts use and the rules used to get wrong, each with its benign
// look-alikes, in simplified Chinese, traditional Chinese and English. Every draft comes with a
// photo of a child: the verdict must rest on the words, not on the photo.
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from './analyzeDraft.ts';
import type { Level, Locale } from './types.ts';

const face = { age: 6, child: true, box: { x: 10, y: 20, width: 50, height: 60 } };
const level = (text: string, locale: Locale = 'zh-CN'): Level =>
  analyzeDraft({ text, locale, photos: [{ id: 'p1', gps: null, faces: [face], text: '', checked: { metadata: true, faces: true, text: true } }] }).level;
const warns = (texts: string[], locale?: Locale) => texts.filter((t) => level(t, locale) !== 'warn');
const silent = (texts: string[], locale?: Locale) => texts.filter((t) => level(t, locale) === 'warn');

describe('a trap cue inside a longer word or place name', () => {
  it('still warns when a place or word merely contains a context character (zh-Hans, zh-Hant, en)', () => {
    expect(warns(['广州番禺，有没有人见过他？昨天下午走失，穿蓝色外套', '他在猫儿山附近走失，至今没有消息'])).toEqual([]);
    expect(warns(['廣州番禺，有沒有人見過他？昨天下午走失，穿藍色外套'], 'zh-TW')).toEqual([]);
    expect(warns(['Have you seen him? Last seen Sunday near Kitty Hawk.', 'Missing since Friday from Cat Island, please share'], 'en')).toEqual([]);
  });
  it('still reads the cue when it is a word of its own', () => {
    expect(silent(['新番第三集，主角被拐走那段看哭了', '小区里的狗走丢了，求扩散'])).toEqual([]);
    expect(silent(['這部新番的主角是個孤兒'], 'zh-TW')).toEqual([]);
    expect(silent(['Our cat went missing last night, please share'], 'en')).toEqual([]);
  });
  it('does not read a sign inside a longer word (伤心 is sad, 掐指 is counting)', () => {
    expect(silent(['孩子伤心地哭了，冰淇淋掉在地上', '女孩掐指一算，哭着说明天要考试'])).toEqual([]);
    expect(silent(['孩子傷心地哭了，冰淇淋掉在地上'], 'zh-TW')).toEqual([]);
    expect(warns(['孩子胳膊上有伤，一直哭'])).toEqual([]);
    expect(warns(['孩子胳膊上有傷，一直哭'], 'zh-TW')).toEqual([]);
  });
});

describe('the two senses of "missing"', () => {
  it('warns on a child who is missing', () => {
    expect(warns(['孩子从昨天下午出门到现在没回家，求扩散', '我儿子昨晚没回家，求扩散'])).toEqual([]);
    expect(warns(['孩子從昨天下午出門到現在沒回家，求擴散'], 'zh-TW')).toEqual([]);
    expect(warns(['Our son has been missing since Friday', 'MISSING: Emma, 7, last seen at the park'], 'en')).toEqual([]);
  });
  it('is silent on a parent longing for their children', () => {
    expect(silent(['出差半个月没回家了，好想孩子', '我一个星期没回家，想死宝宝了'])).toEqual([]);
    expect(silent(['出差半個月沒回家了，好想孩子們'], 'zh-TW')).toEqual([]);
    expect(
      silent(['Away on a work trip all week, missing my babies so much', 'truly missing my boy today', 'Kids are missing their grandma already', 'Missing out on the school trip because of a cold', 'My daughter is missing her two front teeth!'], 'en'),
    ).toEqual([]);
  });
});

describe('everyday need words alone are not vulnerability', () => {
  it('is silent on a hungry, tired or crying child with an everyday cause', () => {
    expect(silent(['宝宝饿了，等着开饭呢', '宝宝长牙，半夜一直哭', '孩子玩累了，在车上睡着了', '晚饭前饿得直喊'])).toEqual([]);
    expect(silent(['寶寶長牙，半夜一直哭', '孩子餓了，等著開飯呢'], 'zh-TW')).toEqual([]);
    expect(silent(['The kids are so hungry before dinner lol', 'Baby is teething and crying all night, send coffee', 'He is tired and cranky after the party'], 'en')).toEqual([]);
  });
  it('still warns when hunger comes with a real sign', () => {
    expect(warns(['这个孩子每天饿着肚子在街头乞讨'])).toEqual([]);
    expect(warns(['這個孩子每天餓著肚子在街頭乞討'], 'zh-TW')).toEqual([]);
    expect(warns(['This boy is starving and sleeping on the street', 'Hungry kid begging at the lights every night'], 'en')).toEqual([]);
  });
});
