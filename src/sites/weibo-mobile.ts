// m.weibo.cn/compose/: Send (`a.m-send-btn`) sits in the header, far from the textarea, so the
// compose box is looked for higher up than on the desktop sites.
import { createComposeAdapter } from './compose-dom.ts';
import { SITE_HOSTS } from './hosts.ts';
import { deleteControlSelector } from './labels.ts';

export const weiboMobile = createComposeAdapter({
  name: 'weibo-mobile',
  hosts: SITE_HOSTS.weiboMobile,
  draft: 'textarea',
  send: 'a.m-send-btn, .m-send-btn',
  disabled: (b) => b.classList.contains('disabled') || b.getAttribute('aria-disabled') === 'true',
  photoInput: 'input#selectphoto, input[type=file]',
  // low confidence: the picture grid's delete marks
  photoDelete: `.m-pic-del, ${deleteControlSelector()}`,
  ctrlEnterSends: true,
  maxDepth: 16,
});
