// Which report channels the warning lists: the browser's region, and also the region the post
// itself points to — its site (Weibo is a mainland Chinese site) and the script it is written in
// (simplified or traditional Chinese). A user whose browser is in English may be writing about a
// child in Shanghai: they must be told 110, not only 911.
import type { SiteKind } from '../sites/hosts.ts';
import type { MessageKey } from './i18n.ts';
import type { ReportRegion } from './locale.ts';

// Common characters written differently in the two scripts (pairs, same order); a post is read as
// traditional when it uses more of the second set than of the first.
const SIMPLIFIED_ONLY = '这个们说来时国会对还过开无与样么为点见电话学车门区帮转发妈儿岁亲没让请谁现问边带爱卖钱医给号码乡县处认识听妇乐长丢孙贝东阳';
const TRADITIONAL_ONLY = '這個們說來時國會對還過開無與樣麼為點見電話學車門區幫轉發媽兒歲親沒讓請誰現問邊帶愛賣錢醫給號碼鄉縣處認識聽婦樂長丟孫貝東陽';
const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

export type ChineseScript = 'hans' | 'hant';

/** The Chinese script a post is mostly written in, or null for a post that is not mostly Chinese. */
export function chineseScript(text: string): ChineseScript | null {
  const han = text.match(HAN) ?? [];
  const latin = text.match(LATIN)?.length ?? 0;
  // a Chinese name in an English post is not a Chinese post: a Han character weighs ~3 letters
  if (han.length < 2 || han.length * 3 < latin) return null;
  let simplified = 0;
  let traditional = 0;
  for (const c of han) {
    if (SIMPLIFIED_ONLY.includes(c)) simplified++;
    else if (TRADITIONAL_ONLY.includes(c)) traditional++;
  }
  return traditional > simplified ? 'hant' : 'hans';
}

/** The regions whose channels to list, the browser's first, each once. */
export function reportRegions(browserRegion: ReportRegion, site: SiteKind | null, draft: string): ReportRegion[] {
  const regions: ReportRegion[] = [browserRegion];
  const add = (r: ReportRegion) => { if (!regions.includes(r)) regions.push(r); };
  if (site === 'weibo') add('CN');
  const script = chineseScript(draft);
  if (script === 'hans') add('CN');
  // traditional script: Taiwan, unless the browser already says Hong Kong or Taiwan
  if (script === 'hant' && !regions.includes('HK')) add('TW');
  return regions;
}

export const REGION_NAME: Record<ReportRegion, MessageKey> = {
  CN: 'regionCN', TW: 'regionTW', HK: 'regionHK', US: 'regionUS', EU: 'regionEU', other: 'regionOther',
};

/** The site's own word for a post: 微博 on Weibo, 嘟文 on Mastodon, 帖子/貼文 on X and Bluesky. */
export function postWordKey(site: SiteKind | null): MessageKey {
  switch (site) {
    case 'weibo': return 'postWeibo';
    case 'mastodon': return 'postMastodon';
    case 'bluesky': return 'postBluesky';
    default: return 'postX';
  }
}
