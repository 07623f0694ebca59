// Issue 3's evidence, in real Chromium and real Firefox ESR with the built extension (dist/):
// for each Weibo site served at its real URL, a risky draft with a real photo is stopped at Send
// and explained; Post anyway lets exactly that send through; Go back keeps the draft; a benign
// draft goes out at once; Ctrl+Enter is caught the same way; an IME Enter is left alone; a page
// script cannot press the dialog's buttons; and the extension sends nothing over the network.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import exifr from 'exifr';
import { createNodePhotoAnalyzer } from '../../src/vision/node.ts';
import { ChromiumPage } from './harness/chromium-session.ts';
import {
  draftExpr, fieldValue, GO_BACK, openSite, photosTheSiteHolds, pickPhoto, POST_ANYWAY, serveFixtures, settle, siteState, uiText, waitForWarning, warmUp,
  warningWithPhotosExamined, watchDialogsUntil, writeDraft,
} from './harness/compose.ts';
import { corpusDraft } from './harness/corpus.ts';
import { buttonNamed, type DialogView } from './harness/dialog-view.ts';
import { BROWSERS, launchWithExtension } from './harness/launch.ts';
import { DIST_CHROME, DIST_FIREFOX, SCRATCH, testdata } from './harness/paths.ts';
import { SIDEWAYS_PHOTO, twelveMegapixelJpegs, writeSidewaysPhotos } from './harness/twelve-megapixel.ts';
import type { BrowserSession, SitePage } from './harness/session.ts';
import { SITES, type SiteFixture } from './harness/sites.ts';
import { waitUntil } from './harness/wait.ts';
import reasonMessages from '../../src/analysis/lexicon/messages.json' with { type: 'json' };
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A real photo cut off half-way, as an interrupted download leaves it. */
function truncatedPhoto(): string {
  const bytes = readFileSync(testdata('exif/gps/exifsamples_DSCN0010.jpg'));
  mkdirSync(SCRATCH, { recursive: true });
  const file = join(SCRATCH, 'truncated-DSCN0010.jpg');
  writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.4)));
  return file;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));

const RISKY = { text: corpusDraft('d000').text, photo: testdata('scenes/kodak_kodim15.png') };
/** The child-face reason in every locale (the dialog follows the browser's language). */
const CHILD_FACE = Object.values(reasonMessages['child-face']);
const BENIGN = { text: '周末去公园拍的鹦鹉，颜色真漂亮', photo: testdata('negatives/kodak_kodim23.png') };
/** words of the risky draft the warning should quote as its evidence */
const RISKY_WORDS = ['小女孩', '独自'];
/** A child's face (kodim15) and a photo that carries its GPS position (DSCN0010), in one draft. */
const FACE_AND_GPS = [testdata('scenes/kodak_kodim15.png'), testdata('exif/gps/exifsamples_DSCN0010.jpg')];
const COVER_BOTH = new RegExp(uiText('buttonSaferBoth', 'Cover faces, remove location'), 'i');
const SAVE_COPIES = new RegExp(uiText('buttonSaferSave', 'Save safer copies'), 'i');
const SAVE_NEXT = new RegExp(uiText('buttonSaferSaveNext', 'Save copy $N$ of $M$').replace('$N$', '2').replace('$M$', '2'), 'i');
const GPS_REASON = Object.values(reasonMessages['photo-gps']);
/** Node's own analysis of the copies the site received: one analyzer for the whole file. */
const nodeAnalyzer = createNodePhotoAnalyzer();
afterAll(() => nodeAnalyzer.dispose());

describe.each(BROWSERS)('the extension in %s', (kind) => {
  let session: BrowserSession;
  let page: SitePage | undefined;

  beforeAll(async () => {
    session = await launchWithExtension(kind, kind === 'chromium' ? DIST_CHROME : DIST_FIREFOX);
    serveFixtures(session, SITES);
    await warmUp(session, SITES[0], RISKY, RISKY_WORDS[0], BENIGN.photo);
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });
  afterAll(async () => {
    await session?.close();
  });

  const postsTo = (site: SiteFixture) => session.web.posts.filter((p) => new URL(p.url).pathname === site.postPath && p.url.startsWith(new URL(site.url).origin)).length;

  /** Writes the risky draft, presses Send (or Ctrl+Enter) and returns the warning. */
  async function blockedRiskyDraft(site: SiteFixture, how: 'click' | 'ctrl-enter'): Promise<{ p: SitePage; view: DialogView; postsBefore: number }> {
    const p = (page = await openSite(session, site));
    const postsBefore = postsTo(site);
    await writeDraft(p, site.box, RISKY);
    if (how === 'click') await p.click(site.box.send);
    else await p.pressCtrlEnter(site.box.text);
    const view = await waitForWarning(p);
    expect(await siteState(p)).toEqual({ sent: 0, lastSent: null });
    expect(postsTo(site)).toBe(postsBefore);
    return { p, view, postsBefore };
  }

  /** The risky words with a child's face (photo 1) and a GPS position (photo 2), stopped at Send
   *  once both photos were examined. */
  async function blockedFaceAndGps(site: SiteFixture): Promise<{ p: SitePage; view: DialogView }> {
    const p = (page = await openSite(session, site));
    for (const photo of FACE_AND_GPS) await pickPhoto(p, site.box, photo);
    await p.typeText(site.box.text, RISKY.text);
    const view = await warningWithPhotosExamined(p, site.box.send);
    expect(CHILD_FACE.some((m) => view.text.includes(m)), 'a reason is the child\'s face in photo 1').toBe(true);
    expect(GPS_REASON.some((m) => view.text.includes(m)), 'a reason is the GPS position in photo 2').toBe(true);
    return { p, view };
  }

  describe.each(SITES)('on $name', (site) => {
    it('stops a risky draft at Send and names its reasons; Post anyway sends it exactly once', async () => {
      const { p, view, postsBefore } = await blockedRiskyDraft(site, 'click');
      expect(view.role).toBe('alertdialog');
      expect(view.modal).toBe(true);
      expect(view.label.length).toBeGreaterThan(0);
      expect(view.focusInside).toBe(true);
      for (const w of RISKY_WORDS) expect(view.text, 'the warning quotes the draft').toContain(w);
      expect(view.images, 'the photo is shown as evidence').toBeGreaterThanOrEqual(1);
      // the photo went content script → background → analysis document as bytes and was analysed
      expect(CHILD_FACE.some((m) => view.text.includes(m)), 'a reason is the child\'s face in the photo').toBe(true);
      if (p instanceof ChromiumPage) {
        const ax = await p.accessibleDialog();
        expect(ax?.role).toBe('alertdialog');
        expect(ax?.name.length).toBeGreaterThan(0);
        expect(ax?.buttons.some((b) => POST_ANYWAY.test(b))).toBe(true);
      }

      const post = buttonNamed(view, POST_ANYWAY);
      await p.clickAt(post.x, post.y);
      await p.waitFor('document.documentElement.dataset.sent === "1"');
      expect((await siteState(p)).lastSent).toBe(RISKY.text);
      await settle(p);
      expect(await p.dialog()).toBeNull();
      expect((await siteState(p)).sent).toBe(1);
      await waitUntil(async () => postsTo(site) > postsBefore, 'the site\'s post to arrive');
      await settle(p);
      expect(postsTo(site)).toBe(postsBefore + 1);
    });

    if (site.saferCopy) it('"Cover faces, remove location" swaps the photos for copies with no face and no GPS; the next Send checks the copies', async () => {
      const { p, view } = await blockedFaceAndGps(site);
      const originals = await photosTheSiteHolds(p);
      expect(originals).toHaveLength(2);

      const cover = buttonNamed(view, COVER_BOTH);
      await p.clickAt(cover.x, cover.y);
      // the site now holds two new pictures, in the same order, and nothing was posted
      await waitUntil(async () => {
        const now = await photosTheSiteHolds(p);
        return now.length === 2 && now.every((b, i) => b.length !== originals[i].length);
      }, 'the site to hold the two copies');
      expect(await p.dialog()).toBeNull();
      expect(await siteState(p)).toEqual({ sent: 0, lastSent: null });
      expect(await fieldValue(p, site.box.text)).toBe(RISKY.text);

      const [girl, street] = await photosTheSiteHolds(p);
      const girlFacts = await nodeAnalyzer.analyze(girl, { name: 'copy-1.jpg' });
      expect(girlFacts.width, 'the copy keeps the photo\'s size').toBe(768);
      expect(girlFacts.faces, 'no face is found in the copy').toEqual([]);
      expect(await exifr.gps(street).catch(() => undefined), 'no GPS in the copy').toBeUndefined();
      expect((await nodeAnalyzer.analyze(street, { name: 'copy-2.jpg' })).gps).toBeNull();

      // Send again: the copies were checked (not still being read), so only the words are left to warn about
      const again = await warningWithPhotosExamined(p, site.box.send);
      for (const w of RISKY_WORDS) expect(again.text).toContain(w);
      expect(CHILD_FACE.some((m) => again.text.includes(m)), 'no child\'s face any more').toBe(false);
      expect(GPS_REASON.some((m) => again.text.includes(m)), 'no GPS any more').toBe(false);
      expect(again.buttons.some((b) => COVER_BOTH.test(b.name)), 'nothing left to cover').toBe(false);
      const post = buttonNamed(again, POST_ANYWAY);
      await p.clickAt(post.x, post.y);
      await p.waitFor('document.documentElement.dataset.sent === "1"');
    });

    else it('"Save safer copies" where it cannot swap the photos: the downloads have no face and no GPS; the post is left as it was', async () => {
      const { p, view } = await blockedFaceAndGps(site);
      expect(view.buttons.map((b) => b.name).filter((n) => COVER_BOTH.test(n))).toEqual([]);
      // the downloads of an earlier site's test go first: the same names would come back renamed
      rmSync(session.downloadDir, { recursive: true, force: true });
      mkdirSync(session.downloadDir, { recursive: true });
      const savedCopies = (n: number) => waitUntil(async () => {
        const files = existsSync(session.downloadDir) ? readdirSync(session.downloadDir).filter((f) => /-safer\.(jpe?g|png)$/.test(f)) : [];
        return files.length === n ? files.sort() : null;
      }, `${n} safer copies in the downloads`, 20_000);
      // one download per click (browsers hold back a second one no click asked for)
      const save = buttonNamed(view, SAVE_COPIES);
      await p.clickAt(save.x, save.y);
      await savedCopies(1);
      const next = await waitUntil(async () => (await p.dialog())?.buttons.find((b) => SAVE_NEXT.test(b.name)) ?? null, 'the button for the second copy');
      await p.clickAt(next.x, next.y);
      const saved = await savedCopies(2);
      expect(saved).toEqual(['photo-1-safer.png', 'photo-2-safer.jpg']);
      await settle(p);
      const [girl, street] = saved.map((f) => new Uint8Array(readFileSync(join(session.downloadDir, f))));
      expect((await nodeAnalyzer.analyze(girl, { name: saved[0] })).faces, 'no face is found in the copy').toEqual([]);
      expect(await exifr.gps(street).catch(() => undefined), 'no GPS in the copy').toBeUndefined();
      expect(await p.dialog()).toBeNull();
      expect(await siteState(p)).toEqual({ sent: 0, lastSent: null });
      expect(await fieldValue(p, site.box.text)).toBe(RISKY.text);
    });

    it('forgets the photo once the site has posted it and cleared the box', async () => {
      const { p, view } = await blockedRiskyDraft(site, 'click');
      const post = buttonNamed(view, POST_ANYWAY);
      await p.clickAt(post.x, post.y);
      await p.waitFor('document.documentElement.dataset.sent === "1"');
      await p.waitFor(`${draftExpr(site.box.text)} === ''`);
      // the same words again at once, now without a photo: text alone is not a reason to stop the
      // post (no pause: the posted photo went with the first send, whenever the user types)
      await p.typeText(site.box.text, RISKY.text);
      await p.click(site.box.send);
      let warned: DialogView | undefined;
      await watchDialogsUntil(p, async () => {
        warned ??= (await p.dialog()) ?? undefined;
        return (await siteState(p)).sent === 2 || !!warned?.buttons.some((b) => POST_ANYWAY.test(b.name));
      }, 'the photo-less draft to be sent');
      expect(warned?.text, 'no warning: the photo is gone').toBeUndefined();
      expect((await siteState(p)).sent).toBe(2);
    });

    it('Go back (or Esc) closes the warning, sends nothing and keeps the text', async () => {
      const { p, view, postsBefore } = await blockedRiskyDraft(site, 'click');
      const back = buttonNamed(view, GO_BACK);
      await p.clickAt(back.x, back.y);
      await settle(p);
      expect(await p.dialog()).toBeNull();
      expect(await fieldValue(p, site.box.text)).toBe(RISKY.text);
      expect(await siteState(p)).toEqual({ sent: 0, lastSent: null });

      await p.click(site.box.send);
      await waitForWarning(p);
      await p.press('Escape');
      await settle(p);
      expect(await p.dialog()).toBeNull();
      expect(await fieldValue(p, site.box.text)).toBe(RISKY.text);
      expect(await siteState(p)).toEqual({ sent: 0, lastSent: null });
      expect(postsTo(site)).toBe(postsBefore);
    });

    it('lets a benign draft with a photo through at once, without a warning', async () => {
      const p = (page = await openSite(session, site));
      await writeDraft(p, site.box, BENIGN);
      await p.click(site.box.send);
      const seen = await watchDialogsUntil(p, async () => (await siteState(p)).sent === 1, 'the benign draft to be sent');
      expect(seen.filter((v) => v.buttons.some((b) => POST_ANYWAY.test(b.name))), 'no warning offered').toEqual([]);
      expect((await siteState(p)).lastSent).toBe(BENIGN.text);

      // the same photo again: its facts are cached, so not even a "checking" step shows
      await writeDraft(p, site.box, BENIGN);
      await p.click(site.box.send);
      await p.waitFor('document.documentElement.dataset.sent === "2"', 5_000);
      expect(await p.dialog()).toBeNull();
    });

    it('stops Ctrl+Enter the same way', async () => {
      const { p, view, postsBefore } = await blockedRiskyDraft(site, 'ctrl-enter');
      for (const w of RISKY_WORDS) expect(view.text).toContain(w);
      const post = buttonNamed(view, POST_ANYWAY);
      await p.clickAt(post.x, post.y);
      await p.waitFor('document.documentElement.dataset.sent === "1"');
      await waitUntil(async () => postsTo(site) > postsBefore, 'the site\'s post to arrive');
      await settle(p);
      expect((await siteState(p)).sent).toBe(1);
      expect(postsTo(site)).toBe(postsBefore + 1);
    });

    it('leaves an Enter that confirms an IME candidate alone', async () => {
      const p = (page = await openSite(session, site));
      await writeDraft(p, site.box, RISKY);
      await p.evaluate(`(() => {
        window.__keys = [];
        document.querySelector(${JSON.stringify(site.box.text)}).addEventListener('keydown', (e) =>
          __keys.push({ key: e.key, keyCode: e.keyCode, composing: e.isComposing, prevented: e.defaultPrevented }));
        return true;
      })()`);
      await p.imeCommitWithEnter(site.box.text, { preedit: 'bang mang', commit: '帮忙' });
      await p.waitFor(`${draftExpr(site.box.text)}.endsWith('帮忙')`);
      await settle(p);
      const keys = await p.evaluate<{ key: string; keyCode: number; composing: boolean; prevented: boolean }[]>('__keys');
      const enter = keys.find((k) => k.composing);
      expect(enter, `the composing Enter reached the page: ${JSON.stringify(keys)}`).toBeDefined();
      expect(enter!.prevented).toBe(false);
      expect(await p.dialog()).toBeNull();
      expect(await siteState(p)).toEqual({ sent: 0, lastSent: null });
      expect(await fieldValue(p, site.box.text)).toBe(RISKY.text + '帮忙');
    });

    it('does not take a Ctrl+Enter that confirms an IME candidate for Send', async () => {
      const p = (page = await openSite(session, site));
      await writeDraft(p, site.box, RISKY);
      await p.evaluate(`(() => {
        window.__keys = [];
        document.querySelector(${JSON.stringify(site.box.text)}).addEventListener('keydown', (e) =>
          __keys.push({ key: e.key, keyCode: e.keyCode, composing: e.isComposing, ctrl: e.ctrlKey, prevented: e.defaultPrevented }));
        return true;
      })()`);
      await p.imeCommitWithEnter(site.box.text, { preedit: 'kuo san', commit: '扩散', ctrl: true });
      await p.waitFor('__keys.some((k) => k.composing && k.ctrl)');
      await settle(p);
      const keys = await p.evaluate<{ composing: boolean; ctrl: boolean; prevented: boolean }[]>('__keys');
      const enter = keys.find((k) => k.composing && k.ctrl)!;
      expect(enter.prevented, JSON.stringify(keys)).toBe(false);
      // whatever the site itself does with that key, the extension neither blocked it nor warned
      expect(await p.dialog()).toBeNull();
    });

    it('ignores a page script that clicks the warning\'s buttons', async () => {
      const { p, postsBefore } = await blockedRiskyDraft(site, 'click');
      expect(await p.hostileClicksOnDialog()).toBeGreaterThanOrEqual(8);
      await settle(p);
      const still = await p.dialog();
      expect(still?.visible).toBe(true);
      expect(await siteState(p)).toEqual({ sent: 0, lastSent: null });
      expect(postsTo(site)).toBe(postsBefore);
      // and the page's own synthetic Ctrl+Enter / click on Send do not slip past it either
      await p.evaluate(`document.querySelector(${JSON.stringify(site.box.send)}).click()`);
      await settle(p);
      expect(await siteState(p)).toEqual({ sent: 0, lastSent: null });
    });
  });

  it.each(SITES.filter((s) => s.other).map((s) => [s.name, s] as const))('on %s with two compose boxes, the box whose Send was pressed counts', async (_name, site) => {
    const other = site.other!;
    const p = (page = await openSite(session, site));
    await writeDraft(p, site.box, RISKY);
    await writeDraft(p, other, { text: '转发微博' });
    await p.click(other.send);
    const seen = await watchDialogsUntil(p, async () => (await siteState(p)).sent === 1, 'the other box to be sent');
    expect(seen.filter((v) => v.buttons.some((b) => POST_ANYWAY.test(b.name)))).toEqual([]);
    expect((await siteState(p)).lastSent).toBe('转发微博');

    await p.click(site.box.send);
    const view = await waitForWarning(p);
    for (const w of RISKY_WORDS) expect(view.text).toContain(w);
    expect((await siteState(p)).sent).toBe(1);
  });

  it('shows "checking…" while a photo is still being analysed, then the verdict; nothing is sent meanwhile', async () => {
    const site = SITES[0];
    const [fresh] = await twelveMegapixelJpegs(1); // never seen in this session: seconds of analysis
    const p = (page = await openSite(session, site));
    await writeDraft(p, site.box, { text: RISKY.text, photo: fresh });
    await p.click(site.box.send);
    const first = await waitUntil(() => p.dialog(), 'a dialog');
    expect(first.label).toBe(uiText('titleChecking', 'Checking').replace('$POST$', 'post'));
    expect(first.buttons.some((b) => POST_ANYWAY.test(b.name))).toBe(false);
    const verdict = await waitForWarning(p, 30_000);
    for (const w of RISKY_WORDS) expect(verdict.text).toContain(w);
    expect(await siteState(p)).toEqual({ sent: 0, lastSent: null });
  });

  /** On weibo.com: the risky words with one photo, stopped at Send once the photo was examined;
   *  the safer-copy button (`label`) pressed; the copy the site then holds. */
  async function swappedOnePhoto(photo: string, label: string): Promise<{ p: SitePage; view: DialogView; copy: Uint8Array }> {
    const site = SITES[0];
    const p = (page = await openSite(session, site));
    await writeDraft(p, site.box, { text: RISKY.text, photo });
    const view = await warningWithPhotosExamined(p, site.box.send);
    const button = buttonNamed(view, new RegExp(uiText(label, label), 'i'));
    const [original] = await photosTheSiteHolds(p);
    await p.clickAt(button.x, button.y);
    await waitUntil(async () => (await photosTheSiteHolds(p))[0]?.length !== original.length, 'the site to hold the copy');
    const [copy] = await photosTheSiteHolds(p);
    return { p, view, copy };
  }

  it('covers the face in a photo stored sideways (EXIF orientation 6): the copy the site gets is upright and faceless', async () => {
    await writeSidewaysPhotos();
    const { copy } = await swappedOnePhoto(SIDEWAYS_PHOTO, 'buttonSaferFaces');
    const facts = await nodeAnalyzer.analyze(copy, { name: 'copy.jpg' });
    expect({ width: facts.width, height: facts.height, orientation: facts.orientation ?? 1 }).toEqual({ width: 3000, height: 2000, orientation: 1 });
    expect(facts.faces).toEqual([]);
  });

  it('says so when a photo cannot be checked, and lets the user decide (never a silent pass)', async () => {
    const site = SITES[0];
    const p = (page = await openSite(session, site));
    await writeDraft(p, site.box, { text: BENIGN.text, photo: truncatedPhoto() });
    await p.click(site.box.send);
    const view = await waitForWarning(p, 30_000);
    expect(view.label).toBe(uiText('titleFailed', 'This post could not be checked').replace('$POST$', 'post'));
    expect(view.text, 'names the photo it could not check').toContain(uiText('photoLabel', 'Photo $N$').replace('$N$', '1'));
    expect(await siteState(p)).toEqual({ sent: 0, lastSent: null });
    const post = buttonNamed(view, POST_ANYWAY);
    await p.clickAt(post.x, post.y);
    await p.waitFor('document.documentElement.dataset.sent === "1"');
  });

  it('cannot be detected by the page through its files (none is web-accessible)', async () => {
    const p = (page = await openSite(session, SITES[0]));
    const files = filesUnder(session.extensionDir);
    expect(files.length).toBeGreaterThan(5);
    const readable = await p.evaluate<string[]>(`Promise.all(${JSON.stringify(files)}.map((f) =>
      fetch(${JSON.stringify(session.extensionOrigin)} + f).then(() => f, () => null))).then((r) => r.filter(Boolean))`);
    expect(readable).toEqual([]);
    expect(await p.dialog(), 'nothing of the extension is in the page before Send').toBeNull();
  });

  it('made no network request of its own, all along and through a full check', async () => {
    // one complete round here, so the check holds even when this test runs alone
    const { p } = await blockedRiskyDraft(SITES[0], 'click');
    const post = buttonNamed(await waitForWarning(p), POST_ANYWAY);
    await p.clickAt(post.x, post.y);
    await p.waitFor('document.documentElement.dataset.sent === "1"');
    await waitUntil(async () => session.web.posts.length > 0, 'the site\'s post to arrive');

    const { web } = session;
    expect(web.extensionTraffic(), 'requests made by the extension\'s pages, workers, documents or content script').toEqual([]);
    const own = web.browserOwn();
    if (own.length) console.log(`${kind}: the browser's own requests (not the extension's): ${own.join(', ')}`);
  });
});
