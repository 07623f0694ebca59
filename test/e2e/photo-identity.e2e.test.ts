// The photos a draft holds stay the photos the extension checks, on look-alike pages that work
// against it, in real Chromium and Firefox ESR: weibo.com's look-alike showing the newest photo
// first, letting the user move a photo to the front, drawing its thumbnail list anew through an
// empty frame, and a page script forging an attach (an untrusted `change` with a file it made).
// The draft's words ("alone at the station, begging") warn only with a child in a photo, so a
// child's photo forgotten by mistake would let the post out silently.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openSite, pickPhoto, POST_ANYWAY, serveFixtures, siteState, waitForWarning, warmUp } from './harness/compose.ts';
import { corpusDraft } from './harness/corpus.ts';
import { BROWSERS, launchWithExtension } from './harness/launch.ts';
import { DIST_CHROME, DIST_FIREFOX, testdata } from './harness/paths.ts';
import type { BrowserSession, SitePage } from './harness/session.ts';
import { SITES, type SiteFixture } from './harness/sites.ts';
import { waitUntil } from './harness/wait.ts';
import reasonMessages from '../../src/analysis/lexicon/messages.json' with { type: 'json' };
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import zhCN from '../../public/_locales/zh_CN/messages.json' with { type: 'json' };
import zhTW from '../../public/_locales/zh_TW/messages.json' with { type: 'json' };

const CHILD = testdata('scenes/kodak_kodim15.png');
const PARK = testdata('negatives/kodak_kodim23.png');
/** vulnerable words with no child in them: a warning only with a child's face in a photo */
const WORDS = '一个人在火车站门口乞讨，谁认识';
const CHILD_FACE = Object.values(reasonMessages['child-face']);
/** "the site shows N photos, but only M of them could be checked", in each language */
const notAllSeen = (shown: number, held: number) => [en, zhCN, zhTW].map((m) => m.photosNotAllSeen.message.replace('$SHOWN$', String(shown)).replace('$HELD$', String(held)));

const WEIBO = SITES[0];
const variant = (name: string): SiteFixture => ({ ...WEIBO, url: `${WEIBO.url}?variant=${name}` });
const VARIANTS = ['newest-first', 'reorder', 'flicker'].map(variant);
const shownPhotos = (p: SitePage) => p.evaluate<number>('document.querySelectorAll("#home-compose [title=\\"删除\\"]").length');

describe.each(BROWSERS)('photos a page works against, in %s', (kind) => {
  let session: BrowserSession;
  let page: SitePage | undefined;

  beforeAll(async () => {
    session = await launchWithExtension(kind, kind === 'chromium' ? DIST_CHROME : DIST_FIREFOX);
    serveFixtures(session, [WEIBO, ...VARIANTS]);
    await warmUp(session, WEIBO, { text: corpusDraft('d000').text, photo: CHILD }, '小女孩', PARK);
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });
  afterAll(async () => {
    await session?.close();
  });

  /** child's photo, then the park photo, each picked on its own, both shown */
  async function childThenPark(site: SiteFixture): Promise<SitePage> {
    const p = (page = await openSite(session, site));
    await pickPhoto(p, site.box, CHILD);
    await p.waitFor('document.querySelectorAll("#home-compose [title=\\"删除\\"]").length === 1');
    await pickPhoto(p, site.box, PARK);
    await p.waitFor('document.querySelectorAll("#home-compose [title=\\"删除\\"]").length === 2');
    return p;
  }

  async function expectChildWarning(p: SitePage, site: SiteFixture): Promise<void> {
    await p.typeText(site.box.text, WORDS);
    await p.click(site.box.send);
    const view = await waitForWarning(p);
    expect(CHILD_FACE.some((m) => view.text.includes(m)), 'the child\'s photo is still checked').toBe(true);
    expect(await siteState(p)).toEqual({ sent: 0, lastSent: null });
  }

  it('newest first: deleting the photo shown first forgets that photo, not the first one picked', async () => {
    const site = variant('newest-first');
    const p = await childThenPark(site);
    await p.click('#home-compose [title="删除"]'); // the park photo, shown first
    await p.waitFor('document.querySelectorAll("#home-compose [title=\\"删除\\"]").length === 1');
    await expectChildWarning(p, site);
  });

  it('reordered: after the user moves a photo to the front, deleting it forgets that photo', async () => {
    const site = variant('reorder');
    const p = await childThenPark(site);
    const park = await p.evaluate<string>('document.querySelectorAll("#home-compose ._pic_item_k2j4 img")[1].src');
    await p.click('#home-compose ._pic_item_k2j4:nth-child(2) [title="移到最前"]'); // the park photo to the front
    await p.waitFor(`document.querySelector("#home-compose ._pic_item_k2j4 img").src === ${JSON.stringify(park)}`);
    await p.click('#home-compose [title="删除"]'); // the park photo, now first
    await p.waitFor('document.querySelectorAll("#home-compose [title=\\"删除\\"]").length === 1');
    await expectChildWarning(p, site);
  });

  it('a thumbnail list drawn anew through an empty frame does not make the extension forget the photos', async () => {
    const site = variant('flicker');
    const p = await childThenPark(site);
    expect(await shownPhotos(p)).toBe(2);
    await expectChildWarning(p, site);
  });

  it('an attach a page script forged is not checked, and Send says not every photo could be checked', async () => {
    const p = (page = await openSite(session, WEIBO));
    // the page draws a picture and hands it to its own file input as if the user had picked it
    await p.evaluate(`(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 64; canvas.height = 64;
      canvas.getContext('2d').fillRect(0, 0, 32, 32);
      const blob = await new Promise((r) => canvas.toBlob(r, 'image/png'));
      const dt = new DataTransfer();
      dt.items.add(new File([blob], 'forged.png', { type: 'image/png' }));
      const input = document.querySelector('#home-compose input[type=file]');
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    })()`);
    await p.waitFor('document.querySelectorAll("#home-compose [title=\\"删除\\"]").length === 1');
    await p.typeText(WEIBO.box.text, '周末去公园拍的鹦鹉，颜色真漂亮');
    await p.click(WEIBO.box.send);
    const view = await waitUntil(async () => {
      const v = await p.dialog();
      return v && v.buttons.some((b) => POST_ANYWAY.test(b.name) && !b.disabled) ? v : null;
    }, 'a notice that not every photo could be checked', 20_000);
    expect(notAllSeen(1, 0).some((m) => view.text.includes(m)), view.text).toBe(true);
    expect(await siteState(p)).toEqual({ sent: 0, lastSent: null });
  });
});
