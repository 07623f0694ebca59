// @vitest-environment happy-dom
// Send and photo-delete controls are found by structure first, labels only a hint: the weibo.com
// and V6 look-alikes relabelled in traditional Chinese, by an A/B test, and with a second primary
// button that says it is not Send.
import { beforeEach, describe, expect, it } from 'vitest';
import { weibo } from '../../src/sites/weibo.ts';
import { weiboV6 } from '../../src/sites/weibo-v6.ts';
import { weiboMobile } from '../../src/sites/weibo-mobile.ts';
import { addThumbnail, loadFixture } from './load-fixture.ts';

const relabel = (selector: string, label: string) => {
  const el = document.querySelector(selector)!;
  (el.querySelector('.woo-button-content') ?? el).textContent = label;
  return el as HTMLElement;
};

describe('weibo.com Send, by structure first', () => {
  beforeEach(() => loadFixture('weibo'));

  for (const label of ['發送', '定时发布', '定時發佈', 'Post', '分享一下']) {
    it(`is Send when it says ${label}`, () => {
      const send = relabel('#home-compose button.woo-button-primary', label);
      const [home] = weibo.findBoxes(document);
      expect(weibo.sendButton(home)).toBe(send);
      expect(weibo.sendTargetAt(send.querySelector('span') ?? send)).toEqual({ box: home, button: send });
    });
  }

  it('picks the control that says Send when the box has two primary buttons, and never one that says Cancel', () => {
    const row = document.querySelector('#home-compose button.woo-button-primary')!.parentElement!;
    row.insertAdjacentHTML('afterbegin', '<button class="woo-button-main woo-button-primary"><span class="woo-button-content">取消</span></button>');
    const [home] = weibo.findBoxes(document);
    const send = weibo.sendButton(home)!;
    expect(send.textContent).toBe('发送');
    expect(weibo.sendTargetAt(row.querySelector('button')!)).toBeNull();
    relabel('#home-compose button.woo-button-primary:last-of-type', '發一下'); // A/B: neither says Send
    expect(weibo.sendButton(home)!.textContent).toBe('發一下'); // the last primary of the box
  });

  it('counts traditional-Chinese and English delete controls', () => {
    const [home] = weibo.findBoxes(document);
    const picbed = home.querySelector('[class*="_picbed_"]')!;
    addThumbnail(picbed, '<div class="_pic_item_k2j4"><img class="woo-picture-img"><i title="刪除">×</i></div>');
    addThumbnail(picbed, '<div class="_pic_item_k2j4"><img class="woo-picture-img"><button aria-label="Remove">×</button></div>');
    expect(weibo.photoCount(home)).toBe(2);
    expect(weibo.removedPhotoIndex(picbed.querySelector('[aria-label="Remove"]'))).toEqual({ box: home, index: 1 });
  });
});

describe('legacy V6 and m.weibo.cn', () => {
  it('V6: Send is its node-type hook, whatever it says (發佈, an A/B word)', () => {
    loadFixture('weibo-v6');
    for (const label of ['發佈', '立即发']) {
      const send = relabel('#v6_pl_content_publishertop a[node-type="submit"]', label);
      const box = weiboV6.findBoxes(document)[0];
      expect(weiboV6.sendButton(box)).toBe(send);
      expect(weiboV6.sendTargetAt(send)?.button).toBe(send);
    }
  });

  it('m.weibo.cn: a traditional-Chinese delete mark counts', () => {
    loadFixture('weibo-mobile');
    const [box] = weiboMobile.findBoxes(document);
    const list = box.querySelector('.compose-main') ?? box;
    addThumbnail(list, '<div class="m-pic"><img><span title="刪除">×</span></div>');
    expect(weiboMobile.photoDeleteControls(box)).toHaveLength(1);
  });
});
