// The scanner's per-photo errors in the draft's language. They come from three places: the
// scanner itself (files it does not read), the engine's metadata reader and the photo analyzer
// (src/vision/core/problems.ts, sentences joined by spaces); each known sentence is replaced by
// its translation, a technical detail in brackets is kept as it is.
import type { Locale } from '../analysis/types.ts';
import { escapeRegex } from '../analysis/lexicon/regex-source.ts';
import { PROBLEM } from '../vision/core/problems.ts';

type Translation = [english: string | RegExp, zhCN: string, zhTW: string];

const TOO_LARGE = new RegExp(escapeRegex(PROBLEM.tooLarge(1, 2, 3e6)).replace('1×2', '(\\d+)×(\\d+)').replace(' 3 ', ' (\\d+) '));

const SENTENCES: Translation[] = [
  [PROBLEM.empty, '文件是空的（0 字节）：没有可检查的图片。', '檔案是空的（0 位元組）：沒有可檢查的圖片。'],
  [PROBLEM.notImage, '这个文件不是可以检查的图片（格式未知或不受支持）。', '這個檔案不是可以檢查的圖片（格式未知或不受支援）。'],
  [PROBLEM.heif, 'HEIC/HEIF 照片：已读取元数据，但这里无法检查图片本身（没有 HEIC 解码器）。', 'HEIC/HEIF 照片：已讀取中繼資料，但這裡無法檢查圖片本身（沒有 HEIC 解碼器）。'],
  [PROBLEM.undecodable, '图片无法解码（文件已损坏或不完整）。', '圖片無法解碼（檔案已損毀或不完整）。'],
  [PROBLEM.truncated, '文件不完整：只检查了已收到的那部分图片。', '檔案不完整：只檢查了已收到的那部分圖片。'],
  [PROBLEM.damaged, '图片文件已损坏：部分内容可能没有检查到。', '圖片檔案已損毀：部分內容可能沒有檢查到。'],
  [PROBLEM.faces, '无法检查这张图片里的人脸。', '無法檢查這張圖片裡的人臉。'],
  [PROBLEM.text, '无法读取这张图片里的文字。', '無法讀取這張圖片裡的文字。'],
  [PROBLEM.cancelled, '照片检查已取消。', '照片檢查已取消。'],
  [TOO_LARGE, '图片太大，无法检查（$1×$2，超过 $3 百万像素）。', '圖片太大，無法檢查（$1×$2，超過 $3 百萬像素）。'],
];

/** errors that are the whole message (the scanner's own and the metadata reader's) */
const WHOLE: Translation[] = [
  ['file not found', '找不到文件', '找不到檔案'],
  ['is a directory', '这是文件夹，不是文件', '這是資料夾，不是檔案'],
  ['cannot read file', '无法读取文件', '無法讀取檔案'],
  ['not a regular file (a device, pipe or socket): not read', '不是普通文件（设备、管道或套接字）：未读取', '不是一般檔案（裝置、管線或通訊端）：未讀取'],
  [/^file too large \(([\d.]+) MB, over the ([\d.]+) MB limit\): not read$/, '文件太大（$1 MB，超过 $2 MB 上限）：未读取', '檔案太大（$1 MB，超過 $2 MB 上限）：未讀取'],
  [/^cannot analyse photo \((.*)\)$/s, '无法分析照片（$1）', '無法分析照片（$1）'],
  ['safer copy not written: the file exists', '未写入更安全的副本：文件已存在', '未寫入更安全的副本：檔案已存在'],
  [/^safer copy not written \((.*)\)$/s, '未写入更安全的副本（$1）', '未寫入更安全的副本（$1）'],
  ['truncated file', '文件不完整', '檔案不完整'],
  ['not an image', '不是图片', '不是圖片'],
  ['empty file', '空文件', '空檔案'],
  ['unreadable file', '无法读取的文件', '無法讀取的檔案'],
];

const pick = (t: Translation, locale: Locale) => (locale === 'zh-TW' ? t[2] : t[1]);

/** One photo's error (English, as the analysis writes it) in `locale`. */
export function localizePhotoError(error: string, locale: Locale): string {
  if (locale === 'en') return error;
  for (const t of WHOLE) {
    if (typeof t[0] === 'string' ? error === t[0] : t[0].test(error)) return error.replace(t[0], pick(t, locale));
  }
  let out = error;
  for (const t of SENTENCES) out = typeof t[0] === 'string' ? out.split(t[0]).join(pick(t, locale)) : out.replace(t[0], pick(t, locale));
  // the analyzer joins sentences with a space; Chinese sentences need none
  return out.replace(/。 (?=\S)/g, '。');
}

/** The draft's summary line for one photo's error. */
export function photoProblem(index: number, path: string, error: string, locale: Locale): string {
  if (locale === 'en') return `image ${index} (${path}): ${error}`;
  return locale === 'zh-TW' ? `第 ${index} 張圖片（${path}）：${error}` : `第 ${index} 张图片（${path}）：${error}`;
}
