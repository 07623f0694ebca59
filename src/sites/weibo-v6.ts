// weibo.com legacy "V6" UI: `node-type` attributes are its stable hooks. Claims pages whose
// document carries the V6 publisher (see `isWeiboV6Page`); otherwise weibo.ts handles weibo.com.
import { createComposeAdapter } from './compose-dom.ts';
import { SITE_HOSTS } from './hosts.ts';
import { deleteControlSelector } from './labels.ts';

export const weiboV6 = createComposeAdapter({
  name: 'weibo-v6',
  hosts: SITE_HOSTS.weibo,
  draft: 'textarea[node-type="textEl"], textarea.W_input',
  send: 'a[node-type="submit"]',
  sendByLabel: 'a.W_btn_a',
  disabled: (b) => b.classList.contains('W_btn_a_disable'),
  photoInput: 'input[type=file]',
  // the upload list's delete links (low confidence: public code rarely shows them)
  photoDelete: `[action-type="deletePic"], ${deleteControlSelector()}`,
  ctrlEnterSends: true,
});

/** The V6 page is told apart by its markup, not its URL (both UIs live on weibo.com). */
export function isWeiboV6Page(doc: Document): boolean {
  return doc.querySelector('[node-type="textEl"], #v6_pl_content_publishertop, .WB_frame, .W_input') !== null;
}
