// @vitest-environment happy-dom
// The content script's photo tracking on the weibo.com look-alike: photos are sent for analysis
// the moment they are attached (file input, paste, drop) and forgotten when the user deletes
// them or the site empties the box. The browser's messaging is replaced by a recorder.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { asUser, loadFixture } from './load-fixture.ts';

const sent: { type: string; id?: string; ids?: unknown; data?: Uint8Array; mime?: string }[] = [];
vi.mock('../../src/content/extension-api.ts', async () => (await import('./fake-extension-api.ts')).fakeExtensionApi({ runtime: { sendMessage: async (m: { type: string }) => { sent.push(m); return { ok: true }; } } }));

const { PhotoStore } = await import('../../src/content/photo-store.ts');
const { capturePhotos } = await import('../../src/content/photo-capture.ts');
const { forgetRemovedPhotos } = await import('../../src/content/photo-forget.ts');
const { weibo } = await import('../../src/sites/weibo.ts');

const bytes = readFileSync(resolve(process.cwd(), '../shared/testdata/scenes/kodak_kodim15.png'));
const sha = createHash('sha256').update(bytes).digest('hex');
const photo = (name = 'girl.png') => new File([bytes], name, { type: 'image/png' });
const settle = () => new Promise((r) => setTimeout(r, 50));

let store: InstanceType<typeof PhotoStore>;
beforeAll(() => {
  store = new PhotoStore();
  capturePhotos(() => weibo, store);
  forgetRemovedPhotos(() => weibo, store);
});
beforeEach(async () => {
  for (const b of store.boxes()) store.clear(b);
  await settle(); // let those forget messages go out before recording anew
  loadFixture('weibo');
  sent.length = 0;
});

function attachThroughInput(box: Element, files: File[], event = asUser(new Event('change', { bubbles: true }))) {
  const input = weibo.photoInputs(box)[0];
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(event);
}

describe('photos in the content script', () => {
  it('sends a photo picked in a box for analysis at once, named by its SHA-256', async () => {
    const [home, repost] = weibo.findBoxes(document);
    attachThroughInput(home, [photo(), new File(['not an image'], 'clip.mp4', { type: 'video/mp4' })]);
    await vi.waitFor(() => expect(store.list(home)).toHaveLength(1)); // the video is not a photo (its bytes say so)
    expect(store.list(repost)).toHaveLength(0);
    expect(await store.list(home)[0].id).toBe(sha);
    const analyze = await vi.waitFor(() => sent.find((m) => m.type === 'photo:analyze')!);
    expect(analyze.id).toBe(sha);
    expect(analyze.mime).toBe('image/png');
    expect(analyze.data).toBeInstanceOf(Uint8Array); // bytes, not base64: messages are structured clones
    expect(Buffer.from(analyze.data!).equals(bytes)).toBe(true);
  });

  it('takes a photo by its bytes, whatever its name or type (IMG_2024, photo.jpg_large, no type)', async () => {
    const [home] = weibo.findBoxes(document);
    const jpeg = readFileSync(resolve(process.cwd(), '../shared/testdata/exif/gps/exifsamples_DSCN0010.jpg'));
    attachThroughInput(home, [
      new File([bytes], 'IMG_2024', { type: '' }),
      new File([jpeg], 'photo.jpg_large', { type: '' }),
      new File([bytes], 'scan.dat', { type: 'application/octet-stream' }),
      new File(['just some words'], 'notes.jpg', { type: '' }), // named like a photo, is not one
      new File(['not an image'], 'clip.mp4', { type: 'video/mp4' }),
    ]);
    await vi.waitFor(() => expect(store.list(home).map((p) => p.file.name)).toEqual(['IMG_2024', 'photo.jpg_large', 'scan.dat']));
    await vi.waitFor(() => expect(sent.filter((m) => m.type === 'photo:analyze')).toHaveLength(3));
  });

  it('ignores an attach a page script forged (an untrusted change with a file it made)', async () => {
    const [home] = weibo.findBoxes(document);
    attachThroughInput(home, [photo('forged.png')], new Event('change', { bubbles: true }));
    const pasted = new Event('paste', { bubbles: true });
    Object.defineProperty(pasted, 'clipboardData', { value: { files: [photo('pasted.png')] } });
    home.querySelector('textarea')!.dispatchEvent(pasted);
    await settle();
    expect(store.list(home)).toEqual([]);
    expect(sent.filter((m) => m.type === 'photo:analyze')).toEqual([]);
  });

  it('takes pasted and dropped photos into the box they land in', async () => {
    const [home, repost] = weibo.findBoxes(document);
    const pasted = asUser(new Event('paste', { bubbles: true })) as Event & { clipboardData: unknown };
    Object.defineProperty(pasted, 'clipboardData', { value: { files: [photo('pasted.png')] } });
    repost.querySelector('textarea')!.dispatchEvent(pasted);
    const dropped = asUser(new Event('drop', { bubbles: true }));
    Object.defineProperty(dropped, 'dataTransfer', { value: { files: [photo('dropped.png')] } });
    home.querySelector('textarea')!.dispatchEvent(dropped);
    expect(store.list(repost).map((p) => p.file.name)).toEqual(['pasted.png']);
    expect(store.list(home).map((p) => p.file.name)).toEqual(['dropped.png']);
  });

  it('forgets the photo whose delete icon was clicked, keeping the others', async () => {
    const [home] = weibo.findBoxes(document);
    const other = new File([bytes, new Uint8Array([1])], 'other.png', { type: 'image/png' });
    attachThroughInput(home, [photo(), other]);
    const picbed = home.querySelector('[class*="_picbed_"]')!;
    picbed.innerHTML = '<div><img class="woo-picture-img"><i title="删除">×</i></div><div><img class="woo-picture-img"><i title="删除">×</i></div>';
    picbed.querySelectorAll('[title="删除"]')[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(store.list(home).map((p) => p.file.name)).toEqual(['other.png']);
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'photo:forget', ids: [sha] }));
  });

  it('forgets every photo of a box once the site empties its thumbnails (after posting)', async () => {
    const [home] = weibo.findBoxes(document);
    attachThroughInput(home, [photo()]);
    const picbed = home.querySelector('[class*="_picbed_"]')!;
    picbed.innerHTML = '<div><img class="woo-picture-img"><i title="删除">×</i></div>';
    await settle(); // the sweep (on each DOM change) sees one thumbnail
    expect(store.list(home)).toHaveLength(1);
    picbed.replaceChildren();
    await settle();
    expect(store.list(home)).toHaveLength(1); // not yet: it may be the site drawing its list anew
    await vi.waitFor(() => expect(store.list(home)).toHaveLength(0), { timeout: 2000 });
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'photo:forget', ids: [sha] }));
  });

  const item = (src: string) => `<div class="_pic_item_k2j4"><img class="woo-picture-img" src="${src}"><i title="删除">×</i></div>`;
  const deleteShown = (picbed: Element, index: number) =>
    picbed.querySelectorAll('[title="删除"]')[index].dispatchEvent(new MouseEvent('click', { bubbles: true }));

  it('forgets the photo the user deleted on a site that shows the newest first', async () => {
    const [home] = weibo.findBoxes(document);
    const picbed = home.querySelector('[class*="_picbed_"]')!;
    attachThroughInput(home, [photo('child.png')]);
    picbed.innerHTML = item('blob:https://weibo.com/1');
    await settle();
    attachThroughInput(home, [new File([bytes, new Uint8Array([1])], 'park.png', { type: 'image/png' })]);
    picbed.innerHTML = item('blob:https://weibo.com/2') + item('blob:https://weibo.com/1'); // newest first
    await settle();
    deleteShown(picbed, 0); // the park photo, shown first
    expect(store.list(home).map((p) => p.file.name)).toEqual(['child.png']);
  });

  it('forgets the photo the user deleted after reordering the thumbnails (a batch picked at once)', async () => {
    const [home] = weibo.findBoxes(document);
    const picbed = home.querySelector('[class*="_picbed_"]')!;
    attachThroughInput(home, [photo('child.png'), new File([bytes, new Uint8Array([1])], 'park.png', { type: 'image/png' })]);
    picbed.innerHTML = item('blob:https://weibo.com/1') + item('blob:https://weibo.com/2');
    await settle();
    picbed.innerHTML = item('blob:https://weibo.com/2') + item('blob:https://weibo.com/1'); // dragged into a new order
    await settle();
    deleteShown(picbed, 0);
    expect(store.list(home).map((p) => p.file.name)).toEqual(['child.png']);
  });

  it('keeps the photos when the site draws its thumbnail list anew through an empty frame', async () => {
    const [home] = weibo.findBoxes(document);
    const picbed = home.querySelector('[class*="_picbed_"]')!;
    attachThroughInput(home, [photo()]);
    picbed.innerHTML = item('blob:https://weibo.com/1');
    await settle();
    picbed.replaceChildren(); // one frame empty …
    await new Promise((r) => setTimeout(r, 100));
    picbed.innerHTML = item('blob:https://weibo.com/1'); // … then the same photo again
    await new Promise((r) => setTimeout(r, 900));
    expect(store.list(home).map((p) => p.file.name)).toEqual(['girl.png']);
    expect(sent.filter((m) => m.type === 'photo:forget')).toEqual([]);
  });

  it('hands the photos of a box the site rendered again (thumbnails and all) to the new box', () => {
    const [home] = weibo.findBoxes(document);
    attachThroughInput(home, [photo()]);
    home.querySelector('[class*="_picbed_"]')!.innerHTML = '<div><img class="woo-picture-img"><i title="删除">×</i></div>';
    const old = document.getElementById('home-compose')!;
    old.replaceWith(old.cloneNode(true));
    const [fresh] = weibo.findBoxes(document);
    expect(fresh).not.toBe(home);
    expect(store.list(fresh, weibo.photoCount(fresh) !== 0).map((p) => p.file.name)).toEqual(['girl.png']);
  });

  it('does not hand photos of a vanished box to a new, empty one (the page moved on)', async () => {
    const [home] = weibo.findBoxes(document);
    attachThroughInput(home, [photo()]);
    await store.list(home)[0].id;
    document.getElementById('home-compose')!.remove();
    const [repost] = weibo.findBoxes(document);
    expect(store.list(repost, weibo.photoCount(repost) !== 0)).toEqual([]);
    expect(store.boxes()).toEqual([]);
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'photo:forget', ids: [sha] }));
  });
});
