// The warning as a person sees it, in English, Simplified and Traditional Chinese: on Weibo at
// 760 px high (the safer way and the report line below the fold: a cue must say so) and on X at
// 360 px wide (three buttons: "Post anyway" must stay on the row of "Go back and edit"). Nothing
// may leave the window or the dialog, no button may overflow its text, nothing may overlap
// (bounding boxes read from the closed shadow root). Also: the report line names mainland China's
// channels for this Chinese post on weibo.com whatever the browser's language, and the title uses
// the site's own word for a post. Screenshots of the dialog, the popup and the first-run page go
// to .tmp/screenshots/ for a person to look at (Chromium: Firefox ESR here has no Chinese
// language pack; Firefox is checked in English).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChromiumSession } from './harness/chromium-session.ts';
import { FirefoxSession } from './harness/firefox-session.ts';
import { openSite, pickPhoto, serveFixtures, writeDraft } from './harness/compose.ts';
import { corpusDraft } from './harness/corpus.ts';
import { READ_DIALOG_LAYOUT, layoutProblems, type DialogLayout } from './harness/dialog-layout.ts';
import { DIST_CHROME, DIST_FIREFOX, REPO, testdata } from './harness/paths.ts';
import type { BrowserSession, SitePage } from './harness/session.ts';
import { SITES, type SiteFixture } from './harness/sites.ts';
import { waitUntil } from './harness/wait.ts';

const SCREENSHOTS = join(REPO, '.tmp/screenshots');
const WEIBO = SITES.find((s) => s.file === 'weibo.html')!;
const X = SITES.find((s) => s.file === 'x.html')!;
const TEXT = corpusDraft('d000').text;
/** a child's face, and a photo carrying GPS: the longest button, "Cover faces, remove location" */
const PHOTOS = [testdata('scenes/kodak_kodim15.png'), testdata('exif/gps/exifsamples_DSCN0010.jpg')];
type Messages = Record<string, { message: string }>;

/** The warning with its verdict (its "Post anyway" in this language) and its layout. */
async function warning(page: SitePage, post: string, timeoutMs = 30_000): Promise<DialogLayout> {
  return waitUntil(async () => {
    const v = await page.dialog();
    return v?.buttons.some((b) => b.name === post) ? page.inShadowRoots<DialogLayout>(READ_DIALOG_LAYOUT) : null;
  }, `the warning with "${post}"`, timeoutMs);
}

/** Sends the risky draft until the warning carries a real verdict (the first photos load the models). */
async function warmUp(session: BrowserSession, m: Messages): Promise<void> {
  const page = await openSite(session, WEIBO);
  await writeDraft(page, WEIBO.box, { text: TEXT, photo: PHOTOS[0] });
  await waitUntil(async () => {
    await page.click(WEIBO.box.send);
    await warning(page, m.buttonPost.message, 60_000);
    const text = (await page.dialog())?.text ?? '';
    await page.press('Escape');
    return text.includes('小女孩');
  }, 'the photo models to warm up', 150_000, 500);
  await page.close();
}

/** The layout once smooth scrolling has come to rest. */
async function settled(page: SitePage): Promise<DialogLayout> {
  let last = -1;
  return waitUntil(async () => {
    const l = await page.inShadowRoots<DialogLayout>(READ_DIALOG_LAYOUT);
    if (l && l.body.scrollTop === last) return l;
    last = l?.body.scrollTop ?? -1;
    return null;
  }, 'scrolling to stop', 5_000, 100);
}

interface Case { site: SiteFixture; width: number; height: number; postWord: string }

async function checkLayout(session: BrowserSession, m: Messages, lang: string, c: Case): Promise<void> {
  const page = await openSite(session, c.site);
  await page.setViewport(c.width, c.height);
  await writeDraft(page, c.site.box, { text: TEXT, photo: PHOTOS[0] });
  await pickPhoto(page, c.site.box, PHOTOS[1]);
  await page.click(c.site.box.send);
  const layout = await warning(page, m.buttonPost.message);
  const name = `dialog-${c.site.file.replace('.html', '')}-${c.width}x${c.height}-${session.kind}-${lang}.png`;
  await page.screenshot(join(SCREENSHOTS, name));
  expect(layoutProblems(layout), name).toEqual([]);
  expect(layout.buttons.map((b) => b.className.split(' ')[0])).toEqual(['safer-copy', 'back', 'post']);
  const view = (await page.dialog())!;
  expect(view.text).toContain(m[`post${c.postWord}`].message); // the site's own word, in the title
  expect(view.text).toContain(m.reportCN.message); // a Chinese post: mainland China's channels
  // the cue, clicked, scrolls on a page at a time until the report line is in view and it goes away
  let l = layout;
  for (let clicks = 0; l.cue; clicks++) {
    expect(clicks, 'clicks on the cue to reach the end').toBeLessThan(8);
    const cue = l.cue;
    const before = l.body.scrollTop;
    await page.clickAt((cue.x + cue.right) / 2, (cue.y + cue.bottom) / 2);
    l = await waitUntil(async () => {
      const now = await page.inShadowRoots<DialogLayout>(READ_DIALOG_LAYOUT);
      return now && now.body.scrollTop > before + 20 ? (await settled(page)) : null;
    }, 'the dialog scrolled on', 5_000);
    expect(layoutProblems(l, { scrolled: true }), `${name} scrolled`).toEqual([]);
  }
  expect(l.report!.y >= l.body.y - 1 && l.report!.bottom <= l.body.bottom + 1, 'the report line in view').toBe(true);
  if (l !== layout) await page.screenshot(join(SCREENSHOTS, name.replace('.png', '-scrolled.png')));
  await page.press('Escape');
  await page.close();
}

const CASES: Case[] = [
  { site: WEIBO, width: 1280, height: 760, postWord: 'Weibo' },
  { site: X, width: 360, height: 760, postWord: 'X' },
];

describe.each([
  { lang: 'en-US', folder: 'en' },
  { lang: 'zh-CN', folder: 'zh_CN' },
  { lang: 'zh-TW', folder: 'zh_TW' },
])('the warning\'s layout in Chromium, $lang', ({ lang, folder }) => {
  let session: ChromiumSession;
  let m: Messages;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    session = await ChromiumSession.launch(DIST_CHROME, { lang, keepFirstRun: true });
    m = JSON.parse(readFileSync(join(session.extensionDir, '_locales', folder, 'messages.json'), 'utf8'));
    serveFixtures(session, [WEIBO, X]);
    await warmUp(session, m);
  });
  afterAll(async () => { await session?.close(); });

  for (const c of CASES) {
    it(`${c.site.name} at ${c.width}×${c.height}: nothing clipped or overlapping, back and post on one row, a cue when there is more below`, async () => {
      await checkLayout(session, m, lang, c);
    });
  }

  it('screenshots of the popup and the first-run page', async () => {
    const about = await session.openedPage(`${session.extensionOrigin}src/ui/about.html`);
    await waitUntil(() => about.evaluate<boolean>(`document.querySelector("h1")?.textContent === ${JSON.stringify(m.aboutTitle.message)}`), 'the first-run page', 10_000, 100);
    await about.screenshot(join(SCREENSHOTS, `first-run-chromium-${lang}.png`), true);
    const weibo = await openSite(session, WEIBO);
    await writeDraft(weibo, WEIBO.box, { text: TEXT, photo: PHOTOS[0] });
    await pickPhoto(weibo, WEIBO.box, PHOTOS[1]);
    const popup = await session.openOwnPage('src/ui/popup.html');
    await popup.setViewport(360, 480);
    // the popup opened as a tab describes the tab the user switches to next; its listener starts
    // after the page's first await, so switch again until it has seen weibo.com
    await waitUntil(async () => {
      await popup.bringToFront();
      await weibo.bringToFront();
      return popup.evaluate<boolean>('document.querySelectorAll(".facts li").length >= 4');
    }, 'the photos\' facts in the popup', 60_000, 500)
      .catch(async (e) => { throw new Error(`${e.message}; the popup says: ${await popup.evaluate<string>('document.body.innerText')}`); });
    await popup.bringToFront();
    await popup.screenshot(join(SCREENSHOTS, `popup-chromium-${lang}.png`));
    const overflow = await popup.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow, 'the popup fits its width').toBe(0);
    await popup.close();
    await weibo.close();
  });
});

describe('the warning\'s layout in Firefox, en-US', () => {
  let session: FirefoxSession;
  let m: Messages;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    session = await FirefoxSession.launch(DIST_FIREFOX);
    m = JSON.parse(readFileSync(join(session.extensionDir, '_locales/en/messages.json'), 'utf8'));
    serveFixtures(session, [WEIBO, X]);
    await warmUp(session, m);
  });
  afterAll(async () => { await session?.close(); });

  for (const c of CASES) {
    it(`${c.site.name} at ${c.width}×${c.height}`, async () => {
      await checkLayout(session, m, 'en-US', c);
    });
  }
});
