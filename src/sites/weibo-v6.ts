// weibo.com legacy "V6" UI: `node-type` attributes are its stable hooks. Claims pages whose
// document carries the V6 publisher (see `isWeiboV6Page`); otherwise weibo.ts handles weibo.com.
// Checked against: shared/docs/sites.md ("weibo.com — legacy V6 UI") and test/fixtures/sites/weibo-v6.html.
import { createComposeAdapter } from './compose-dom.ts';
import { SITE_HOSTS } from './hosts.ts';
import { deleteControlSelector } from './labels.ts';

export const weiboV6 = createComposeAdapter({
  name: 'weibo-v6',
  hosts: SITE_HOSTS.weibo,
  draft: [
    'textarea[node-type="textEl"]', // the publisher's and the comment box's hook
    'textarea.W_input', // the style class alone, for a box whose textarea lacks the hook
  ],
  send: 'a[node-type="submit"]',
  // the style class of V6's buttons: Send only when its label says so (发布, 评论)
  sendByLabel: 'a.W_btn_a',
  disabled: (b) => b.classList.contains('W_btn_a_disable'),
  photoInput: 'input[type=file]',
  // the upload list's delete links (low confidence: public code rarely shows them)
  photoDelete: [
    '[action-type="deletePic"]', // V6's action hook
    deleteControlSelector(), // or a control labelled 删除 / Delete
  ],
  ctrlEnterSends: true,
});

/** The V6 page is told apart by its markup, not its URL (both UIs live on weibo.com). */
export function isWeiboV6Page(doc: Document): boolean {
  return doc.querySelector('[node-type="textEl"], #v6_pl_content_publishertop, .WB_frame, .W_input') !== null;
}
