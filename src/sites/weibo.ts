// weibo.com, current Vue 3 UI. Class names are hashed per build (`_input_1rz8r_8`), so nothing
// here uses one: the draft is any textarea, Send is the box's primary `woo-` button (its label —
// 发送, 發送, 发布, 定时发布, Post… — only picks among several), and the compose box is whatever
// ancestor holds both (the feed's repost and comment boxes too).
import { createComposeAdapter } from './compose-dom.ts';
import { SITE_HOSTS } from './hosts.ts';
import { deleteControlSelector } from './labels.ts';

export const weibo = createComposeAdapter({
  name: 'weibo',
  hosts: SITE_HOSTS.weibo,
  draft: 'textarea',
  send: 'button[class*="woo-button-primary"]',
  sendByLabel: 'button, [role="button"]',
  disabled: (b) =>
    b.hasAttribute('disabled') || b.classList.contains('woo-button-disabled') || b.getAttribute('aria-disabled') === 'true',
  photoInput: 'input[type=file]',
  photoDelete: deleteControlSelector('[class*="_picbed_"]'),
  ctrlEnterSends: true,
});
