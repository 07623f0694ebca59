// @vitest-environment happy-dom
// A photo picked through a file input outside every compose box: Bluesky makes its picker in
// <body> for one pick, so the photo belongs to the open composer; on Weibo such an input (an
// avatar upload, say) has nothing to do with a post and is ignored.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { asUser, loadFixture } from './load-fixture.ts';

vi.mock('../../src/content/extension-api.ts', async () => (await import('./fake-extension-api.ts')).fakeExtensionApi({ runtime: { sendMessage: async () => ({ ok: true }) } }));
const { PhotoStore } = await import('../../src/content/photo-store.ts');
const { capturePhotos } = await import('../../src/content/photo-capture.ts');
const { bluesky } = await import('../../src/sites/bluesky.ts');
const { weiboMobile } = await import('../../src/sites/weibo-mobile.ts');
import type { SiteAdapter } from '../../src/sites/index.ts';

const bytes = readFileSync(resolve(process.cwd(), '../shared/testdata/scenes/kodak_kodim15.png'));
let adapter: SiteAdapter = bluesky;
const store = new PhotoStore();
capturePhotos(() => adapter, store);

function pickInBody(): void {
  const input = document.body.appendChild(Object.assign(document.createElement('input'), { type: 'file' }));
  Object.defineProperty(input, 'files', { value: [new File([bytes], 'girl.png', { type: 'image/png' })] });
  input.dispatchEvent(asUser(new Event('change', { bubbles: true })));
  input.remove();
}

describe('a photo picked outside every box', () => {
  it('on Bluesky goes to the open composer', () => {
    loadFixture('bluesky');
    adapter = bluesky;
    pickInBody();
    const [box] = bluesky.findBoxes(document);
    expect(store.list(box).map((p) => p.file.name)).toEqual(['girl.png']);
  });

  it('on Weibo is not taken into a post, even with one compose box on the page', () => {
    loadFixture('weibo-mobile');
    adapter = weiboMobile;
    const [box] = weiboMobile.findBoxes(document);
    expect(weiboMobile.findBoxes(document)).toHaveLength(1);
    pickInBody();
    expect(store.list(box, false)).toEqual([]);
  });
});
