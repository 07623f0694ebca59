// m.weibo.cn/compose/: Send (`a.m-send-btn`) sits in the header, far from the textarea, so the
// compose box is looked for higher up than on the desktop sites.
// Checked against: shared/docs/sites.md ("m.weibo.cn/compose/") and test/fixtures/sites/weibo-mobile.html.
import { createComposeAdapter } from './compose-dom.ts';
import { SITE_HOSTS } from './hosts.ts';
import { deleteControlSelector } from './labels.ts';

export const weiboMobile = createComposeAdapter({
  name: 'weibo-mobile',
  hosts: SITE_HOSTS.weiboMobile,
  draft: 'textarea',
  send: [
    'a.m-send-btn', // the header's Send link
    '.m-send-btn', // the same class on a button, should the link become one
  ],
  disabled: (b) => b.classList.contains('disabled') || b.getAttribute('aria-disabled') === 'true',
  photoInput: [
    'input#selectphoto', // the compose page's picker
    'input[type=file]', // any other picker in the box
  ],
  // low confidence: the picture grid's delete marks
  photoDelete: [
    '.m-pic-del', // the grid's delete mark
    deleteControlSelector(), // or a control labelled 删除 / Delete
  ],
  ctrlEnterSends: true,
  maxDepth: 16,
});
