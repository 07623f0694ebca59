// The words sites put on their Send and photo-delete controls, in simplified and traditional
// Chinese and English. Only a hint: adapters find these controls by structure first (their hook,
// role and place in the compose box); a label settles which control is Send when the structure
// offers several, and finds one whose structure changed.

const SEND_WORDS = new Set([
  '发送', '發送', '发布', '發布', '發佈', '发表', '發表', '定时发布', '定時發布', '定時發佈', '发微博', '發微博',
  '转发', '轉發', '评论', '評論', '回复', '回覆', '回復',
  'send', 'post', 'postall', 'tweet', 'tweetall', 'reply', 'repost', 'comment', 'publish', 'toot',
]);

/** Controls that sit where Send does but never post. */
const NOT_SEND_WORDS = new Set(['取消', '关闭', '關閉', '存草稿', '保存草稿', 'cancel', 'close', 'savedraft']);

export const DELETE_WORDS = ['删除', '刪除', '移除', '删掉', '刪掉', 'Remove', 'Delete', 'Remove image', 'Remove photo'] as const;

const normal = (label: string) => label.replace(/\s+/g, '').toLowerCase();

export const isSendWord = (label: string): boolean => SEND_WORDS.has(normal(label));
export const isNotSendWord = (label: string): boolean => NOT_SEND_WORDS.has(normal(label));

/** What a control says: its text, else its accessible name or title. */
export function labelOf(el: Element): string {
  const text = (el.textContent ?? '').trim();
  return text || el.getAttribute('aria-label') || el.getAttribute('title') || '';
}

/** A selector for delete controls labelled so (title or aria-label), inside `within` when given. */
export function deleteControlSelector(within = ''): string {
  const at = within ? `${within} ` : '';
  return DELETE_WORDS.flatMap((w) => [`${at}[title="${w}"]`, `${at}[aria-label="${w}"]`]).join(', ');
}
