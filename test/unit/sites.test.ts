// @vitest-environment happy-dom
// Site adapters against the look-alike pages in test/fixtures/sites (faithful to shared/docs/sites.md).
import { describe, expect, it, beforeEach } from 'vitest';
import { adapterFor } from '../../src/sites/index.ts';
import { weibo } from '../../src/sites/weibo.ts';
import { weiboV6 } from '../../src/sites/weibo-v6.ts';
import { weiboMobile } from '../../src/sites/weibo-mobile.ts';
import { addThumbnail, loadFixture } from './load-fixture.ts';

const key = (init: KeyboardEventInit & { keyCode?: number }, target: Element): KeyboardEvent => {
  const e = new KeyboardEvent('keydown', { bubbles: true, ...init });
  if (init.keyCode !== undefined) Object.defineProperty(e, 'keyCode', { value: init.keyCode });
  target.dispatchEvent(e);
  return e;
};
const keyOn = (target: Element, init: KeyboardEventInit & { keyCode?: number }): KeyboardEvent => {
  let seen: KeyboardEvent | null = null;
  target.addEventListener('keydown', (e) => { seen = e as KeyboardEvent; }, { once: true });
  key(init, target);
  return seen!;
};

describe('weibo.com current UI', () => {
  beforeEach(() => loadFixture('weibo'));

  it('is chosen for weibo.com pages without the V6 publisher', () => {
    expect(adapterFor(new URL('https://weibo.com/'), document)).toBe(weibo);
    expect(adapterFor(new URL('https://www.weibo.com/u/123'), document)).toBe(weibo);
    expect(adapterFor(new URL('https://example.com/'), document)).toBeNull();
  });

  it('finds both compose boxes (home and repost) without hashed class names', () => {
    const boxes = weibo.findBoxes(document);
    expect(boxes).toHaveLength(2);
    expect(boxes[0].querySelector('textarea')!.getAttribute('placeholder')).toBe('有什么新鲜事想分享给大家？');
    expect(boxes[1].closest('#repost-compose')).not.toBeNull();
    expect(boxes[0].contains(boxes[1]) || boxes[1].contains(boxes[0])).toBe(false);
  });

  it('maps a click on the inner span of Send to its own box and button', () => {
    const [home, repost] = weibo.findBoxes(document);
    const span = repost.querySelector('.woo-button-content')!;
    const hit = weibo.sendTargetAt(span)!;
    expect(hit.box).toBe(repost);
    expect(hit.button.tagName).toBe('BUTTON');
    expect(weibo.sendTargetAt(home.querySelector('[title="表情"]'))).toBeNull();
    expect(weibo.sendButton(home)!.textContent).toContain('发送');
  });

  it('reads the draft text and the photo input of the box', () => {
    const [home] = weibo.findBoxes(document);
    home.querySelector('textarea')!.value = '帮忙转发 这个孩子';
    expect(weibo.draftText(home)).toBe('帮忙转发 这个孩子');
    const inputs = weibo.photoInputs(home);
    expect(inputs).toHaveLength(1);
    expect(weibo.boxOf(inputs[0])).toBe(home);
  });

  it('tells a disabled Send by attribute or woo-button-disabled', () => {
    const [home] = weibo.findBoxes(document);
    const button = weibo.sendButton(home)!;
    expect(weibo.isSendDisabled(button)).toBe(true);
    button.removeAttribute('disabled');
    button.classList.remove('woo-button-disabled');
    expect(weibo.isSendDisabled(button)).toBe(false);
  });

  it('counts thumbnails and names the one whose delete icon was clicked', () => {
    const [home, repost] = weibo.findBoxes(document);
    const picbed = home.querySelector('[class*="_picbed_"]')!;
    expect(weibo.photoCount(home)).toBe(0);
    for (let i = 0; i < 3; i++) addThumbnail(picbed, '<div class="_pic_item_k2j4"><img class="woo-picture-img"><i title="删除">×</i></div>');
    expect(weibo.photoCount(home)).toBe(3);
    expect(weibo.photoCount(repost)).toBe(0);
    const second = picbed.querySelectorAll('[title="删除"]')[1];
    expect(weibo.removedPhotoIndex(second)).toEqual({ box: home, index: 1 });
    expect(weibo.photoDeleteControls(home)![1]).toBe(second);
    expect(weibo.photoDeleteControls(repost)).toEqual([]);
    expect(weibo.removedPhotoIndex(picbed.querySelector('img'))).toBeNull();
  });

  it('finds a box rendered again (new elements, same markup)', () => {
    const old = document.getElementById('home-compose')!;
    old.replaceWith(old.cloneNode(true));
    const [home] = weibo.findBoxes(document);
    expect(document.contains(home)).toBe(true);
    expect(old.contains(home)).toBe(false);
  });

  it('treats Ctrl/Cmd+Enter in a draft as Send, but never while an IME is composing', () => {
    const [home] = weibo.findBoxes(document);
    const ta = home.querySelector('textarea')!;
    expect(weibo.isSendShortcut(keyOn(ta, { key: 'Enter', ctrlKey: true, keyCode: 13 }))).toBe(true);
    expect(weibo.isSendShortcut(keyOn(ta, { key: 'Enter', metaKey: true, keyCode: 13 }))).toBe(true);
    expect(weibo.isSendShortcut(keyOn(ta, { key: 'Enter', keyCode: 13 }))).toBe(false);
    expect(weibo.isSendShortcut(keyOn(ta, { key: 'Enter', ctrlKey: true, isComposing: true, keyCode: 13 }))).toBe(false);
    expect(weibo.isSendShortcut(keyOn(ta, { key: 'Process', ctrlKey: true, keyCode: 229 }))).toBe(false);
    expect(weibo.isSendShortcut(keyOn(document.body, { key: 'Enter', ctrlKey: true, keyCode: 13 }))).toBe(false);
  });
});

describe('weibo.com legacy V6', () => {
  beforeEach(() => loadFixture('weibo-v6'));

  it('is chosen from the markup on weibo.com', () => {
    expect(adapterFor(new URL('https://weibo.com/u/1'), document)).toBe(weiboV6);
  });

  it('finds the publisher and the comment box, each with its own Send', () => {
    const boxes = weiboV6.findBoxes(document);
    expect(boxes).toHaveLength(2);
    expect(boxes[0].matches('.send_weibo[node-type="wrap"]')).toBe(true);
    expect(weiboV6.sendButton(boxes[0])!.textContent).toBe('发布');
    expect(weiboV6.sendButton(boxes[1])!.textContent).toBe('评论');
    const hit = weiboV6.sendTargetAt(boxes[1].querySelector('[node-type="submit"]'))!;
    expect(hit.box).toBe(boxes[1]);
    expect(weiboV6.isSendDisabled(hit.button)).toBe(true);
  });

  it('reads text and photo input; Ctrl+Enter with keyCode 10 posts too', () => {
    const [publisher] = weiboV6.findBoxes(document);
    const ta = publisher.querySelector('textarea')!;
    ta.value = 'hello';
    expect(weiboV6.draftText(publisher)).toBe('hello');
    expect(weiboV6.photoInputs(publisher)[0].getAttribute('node-type')).toBe('fileBtn');
    expect(weiboV6.isSendShortcut(keyOn(ta, { key: 'Enter', ctrlKey: true, keyCode: 10 }))).toBe(true);
  });

  it('tracks the upload list and its delete links', () => {
    const [publisher] = weiboV6.findBoxes(document);
    const list = publisher.querySelector('[node-type="uploadList"]')!;
    addThumbnail(list, '<li><img><a action-type="deletePic" title="删除">×</a></li>');
    addThumbnail(list, '<li><img><a action-type="deletePic" title="删除">×</a></li>');
    expect(weiboV6.photoCount(publisher)).toBe(2);
    expect(weiboV6.removedPhotoIndex(list.querySelectorAll('a')[1])).toEqual({ box: publisher, index: 1 });
  });
});

describe('m.weibo.cn/compose', () => {
  beforeEach(() => loadFixture('weibo-mobile'));

  it('is chosen for m.weibo.cn', () => {
    expect(adapterFor(new URL('https://m.weibo.cn/compose/'), document)).toBe(weiboMobile);
  });

  it('joins the header Send and the textarea into one box', () => {
    const boxes = weiboMobile.findBoxes(document);
    expect(boxes).toHaveLength(1);
    const box = boxes[0];
    expect(box.querySelector('textarea')!.getAttribute('placeholder')).toContain('分享新鲜事');
    const send = document.querySelector('a.m-send-btn')!;
    expect(weiboMobile.sendTargetAt(send)).toEqual({ box, button: send });
    expect(weiboMobile.isSendDisabled(send as HTMLElement)).toBe(true);
    expect(weiboMobile.photoInputs(box).map((i) => i.id)).toEqual(['selectphoto']);
    expect(weiboMobile.boxOf(document.getElementById('selectphoto')!)).toBe(box);
  });

  it('counts pictures and their delete marks', () => {
    const [box] = weiboMobile.findBoxes(document);
    const list = box.querySelector('.m-pic-list')!;
    addThumbnail(list, '<div class="m-pic"><img><i class="m-pic-del" title="删除">×</i></div>');
    expect(weiboMobile.photoCount(box)).toBe(1);
    expect(weiboMobile.removedPhotoIndex(list.querySelector('i'))).toEqual({ box, index: 0 });
  });
});
