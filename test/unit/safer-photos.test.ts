// @vitest-environment happy-dom
// When "Cover faces, remove location" is offered, and what a failed swap leaves: the box as it
// was. (The swap itself, with real canvases and real sites' scripts, is tested in both browsers:
// test/e2e/send-guard.e2e.test.ts.)
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addThumbnail, loadFixture } from './load-fixture.ts';

vi.mock('../../src/content/extension-api.ts', async () => (await import('./fake-extension-api.ts')).fakeExtensionApi({ runtime: { sendMessage: async () => ({ ok: true }) } }));
const { AttachedPhoto } = await import('../../src/content/attached-photo.ts');
const { replaceWithSaferCopies, SaferCopyError, saferOffer } = await import('../../src/content/safer-photos.ts');
const { weibo } = await import('../../src/sites/weibo.ts');

const bytes = readFileSync(resolve(process.cwd(), '../shared/testdata/scenes/kodak_kodim15.png'));
const photo = () => new AttachedPhoto(new File([bytes], 'girl.png', { type: 'image/png' }));
const face = { x: 300, y: 100, width: 80, height: 90 };
const THUMB = '<div class="_pic_item_k2j4"><img class="woo-picture-img"><i title="删除">×</i></div>';

let home: Element;
function thumbnails(n: number) {
  const picbed = home.querySelector('[class*="_picbed_"]')!;
  for (let i = 0; i < n; i++) addThumbnail(picbed, THUMB);
}
beforeEach(() => {
  loadFixture('weibo');
  [home] = weibo.findBoxes(document);
});

describe('saferOffer', () => {
  it('counts the faces to cover and the photos whose location goes', () => {
    thumbnails(2);
    expect(saferOffer(weibo, home, [photo(), photo()], [{ faces: [face, face], text: [], located: false }, { faces: [], text: [], located: true }])).toEqual({ faces: 2, text: 0, located: 1, swap: true, photos: 2 });
  });

  it('is not offered when a photo was not fully examined: its faces are not known', () => {
    thumbnails(2);
    expect(saferOffer(weibo, home, [photo(), photo()], [{ faces: [face], text: [], located: true }, null])).toBeNull();
  });

  it('counts the lines of text to cover', () => {
    thumbnails(1);
    expect(saferOffer(weibo, home, [photo()], [{ faces: [], text: [face, face], located: false }])).toEqual({ faces: 0, text: 2, located: 0, swap: true, photos: 1 });
  });

  it('is not offered when there is nothing to change', () => {
    thumbnails(1);
    expect(saferOffer(weibo, home, [photo()], [{ faces: [], text: [], located: false }])).toBeNull();
  });

  it('saves the copies instead of swapping them when the site shows another number of photos than the extension holds', () => {
    thumbnails(1);
    expect(saferOffer(weibo, home, [photo(), photo()], [{ faces: [face], text: [], located: false }, { faces: [], text: [], located: true }]))
      .toEqual({ faces: 1, text: 0, located: 1, swap: false, photos: 2 });
  });

  it('saves the copies where the site\'s delete controls are not known (X)', async () => {
    const { x } = await import('../../src/sites/x.ts');
    loadFixture('x');
    const [box] = x.findBoxes(document);
    expect(saferOffer(x, box, [photo()], [{ faces: [face], text: [], located: false }])).toEqual({ faces: 1, text: 0, located: 0, swap: false, photos: 1 });
  });

  it('is not offered without photos', () => {
    expect(saferOffer(weibo, home, [], [])).toBeNull();
  });
});

describe('replaceWithSaferCopies', () => {
  it('when no copy can be made, says so and leaves the box as it was', async () => {
    thumbnails(1);
    let deletes = 0;
    home.addEventListener('click', () => deletes++);
    // happy-dom cannot decode pictures: exactly the failure of a photo the browser cannot draw
    const failed = await replaceWithSaferCopies(weibo, home, [photo()], [{ faces: [face], text: [], located: true }]).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(SaferCopyError);
    expect((failed as InstanceType<typeof SaferCopyError>).key).toBe('saferErrCopy');
    expect(deletes).toBe(0);
    expect(weibo.photoCount(home)).toBe(1);
  });
});
