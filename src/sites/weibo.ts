// weibo.com, current Vue 3 UI. Class names are hashed per build (`_input_1rz8r_8`), so nothing
// here uses one: the draft is any textarea, Send is the box's primary `woo-` button by its text,
// and the compose box is whatever ancestor holds both (the feed's repost and comment boxes too).
import { createComposeAdapter } from './compose-dom.ts';
import { SITE_HOSTS } from './hosts.ts';

const SEND_LABELS = new Set(['发送', '发布', '转发', '评论', '回复']);

export const weibo = createComposeAdapter({
  name: 'weibo',
  hosts: SITE_HOSTS.weibo,
  draft: 'textarea',
  send: 'button',
  isSendLabel: (label) => SEND_LABELS.has(label),
  disabled: (b) =>
    b.hasAttribute('disabled') || b.classList.contains('woo-button-disabled') || b.getAttribute('aria-disabled') === 'true',
  photoInput: 'input[type=file]',
  photoDelete: '[class*="_picbed_"] [title="删除"]',
  ctrlEnterSends: true,
});
