// @vitest-environment happy-dom
// Each adapter names the photo each thumbnail shows (its own source URL), in the order of its
// delete controls: what lets the content script forget the photo the user deleted, wherever the
// site put it.
import { describe, expect, it } from 'vitest';
import { loadFixture } from './load-fixture.ts';
import { weibo } from '../../src/sites/weibo.ts';
import { weiboV6 } from '../../src/sites/weibo-v6.ts';
import { weiboMobile } from '../../src/sites/weibo-mobile.ts';
import { mastodon } from '../../src/sites/mastodon.ts';

describe('photoSources', () => {
  it('weibo.com: each thumbnail\'s image source', () => {
    loadFixture('weibo');
    const [home] = weibo.findBoxes(document);
    home.querySelector('[class*="_picbed_"]')!.innerHTML = ['b', 'a'].map((n) =>
      `<div class="_pic_item_k2j4"><img class="woo-picture-img" src="blob:https://weibo.com/${n}"><i title="删除">×</i></div>`).join('');
    expect(weibo.photoSources(home)).toEqual(['blob:https://weibo.com/b', 'blob:https://weibo.com/a']);
  });

  it('Mastodon: the upload\'s painted background', () => {
    loadFixture('mastodon');
    const [box] = mastodon.findBoxes(document);
    const uploads = box.querySelector('.compose-form__uploads') ?? box;
    uploads.insertAdjacentHTML('beforeend', '<div class="compose-form__upload" data-id="7"><div class="compose-form__upload__thumbnail" style="background-image: url(&quot;blob:https://mastodon.social/z&quot;)"><div class="compose-form__upload__actions"><button type="button" class="icon-button compose-form__upload__delete" title="Delete">✕</button><button type="button" class="icon-button">Edit</button></div></div></div>');
    expect(mastodon.photoSources(box)).toEqual(['blob:https://mastodon.social/z']);
  });

  it('V6 and m.weibo.cn: the image next to each delete control', () => {
    loadFixture('weibo-v6');
    const [v6] = weiboV6.findBoxes(document);
    v6.querySelector('[node-type="uploadList"]')!.innerHTML = ['1', '2'].map((n) =>
      `<li pid="p${n}"><img alt="" src="blob:https://weibo.com/${n}"><a href="javascript:void(0);" action-type="deletePic" title="删除">×</a></li>`).join('');
    expect(weiboV6.photoSources(v6)).toEqual(['blob:https://weibo.com/1', 'blob:https://weibo.com/2']);
    loadFixture('weibo-mobile');
    const [mobile] = weiboMobile.findBoxes(document);
    document.querySelector('.m-pic-list')!.innerHTML = '<div class="m-pic" data-pid="q"><img alt="" src="blob:https://m.weibo.cn/9"><i class="m-pic-del" title="删除">×</i></div>';
    expect(weiboMobile.photoSources(mobile)).toEqual(['blob:https://m.weibo.cn/9']);
  });
});
