// weibo.com, current Vue 3 UI. Class names are hashed per build (`_input_1rz8r_8`), so nothing
// here uses one: the draft is any textarea, Send is the box's primary `woo-` button (its label —
// 发送, 發送, 发布, 定时发布, Post… — only picks among several), and the compose box is whatever
// ancestor holds both (the feed's repost and comment boxes too).
// Checked against: shared/docs/sites.md ("weibo.com — current UI", public userscripts of 2026) and
// test/fixtures/sites/weibo.html.
import { createComposeAdapter } from './compose-dom.ts';
import { SITE_HOSTS } from './hosts.ts';
import { deleteControlSelector } from './labels.ts';

export const weibo = createComposeAdapter({
  name: 'weibo',
  hosts: SITE_HOSTS.weibo,
  // the one textarea of each box (its class is hashed, its placeholder differs per box)
  draft: 'textarea',
  // `woo-button-primary` is the component library's stable class; partial match, as the class list
  // also carries the size and shape classes
  send: 'button[class*="woo-button-primary"]',
  // a redesign that drops the primary class: any button whose label says Send
  sendByLabel: ['button', '[role="button"]'],
  disabled: (b) =>
    b.hasAttribute('disabled') || b.classList.contains('woo-button-disabled') || b.getAttribute('aria-disabled') === 'true',
  photoInput: 'input[type=file]',
  photoDelete: deleteControlSelector('[class*="_picbed_"]'),
  ctrlEnterSends: true,
});
