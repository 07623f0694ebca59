// A user's steps on a served site, the same in both browsers: open the page, write a draft, send,
// answer the dialog; and what the site saw (its own handler's counters on <html>).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DialogView } from './dialog-view.ts';
import { DIST_CHROME } from './paths.ts';
import type { BrowserSession, SitePage } from './session.ts';
import { fixtureHtml, type ComposeBoxSelectors, type SiteFixture } from './sites.ts';
import { waitUntil } from './wait.ts';

/** The extension's own UI string (English: both browsers run with en-US). */
export function uiText(key: string, fallback: string): string {
  const file = join(DIST_CHROME, '_locales/en/messages.json');
  if (!existsSync(file)) return fallback;
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return messages[key]?.message ?? fallback;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const POST_ANYWAY = new RegExp(escape(uiText('buttonPost', 'Post anyway')), 'i');
export const GO_BACK = new RegExp(escape(uiText('buttonBack', 'Go back and edit')), 'i');

export function serveFixtures(session: BrowserSession, sites: readonly SiteFixture[]): void {
  for (const s of sites) session.web.servePage(s.url, fixtureHtml(s));
}

export async function openSite(session: BrowserSession, site: SiteFixture): Promise<SitePage> {
  const page = await session.newPage();
  await page.goto(site.url);
  await page.waitFor(site.ready);
  return page;
}

export interface DraftInput { text: string; photo?: string }

/** Picks a photo as the user would: through the site's picker button when it makes its input on the fly. */
export async function pickPhoto(page: SitePage, box: ComposeBoxSelectors, photo: string): Promise<void> {
  if (box.openPicker) {
    await page.click(box.openPicker);
    await page.waitFor(`document.querySelector(${JSON.stringify(box.photo)}) !== null`);
  }
  await page.attachPhoto(box.photo, photo);
}

/** Picks the photo first (the site uploads it right away), then types the text. */
export async function writeDraft(page: SitePage, box: ComposeBoxSelectors, draft: DraftInput): Promise<void> {
  if (draft.photo) await pickPhoto(page, box, draft.photo);
  await page.typeText(box.text, draft.text);
}

/** What the site's own send handler recorded. */
export async function siteState(page: SitePage): Promise<{ sent: number; lastSent: string | null }> {
  return page.evaluate('({ sent: Number(document.documentElement.dataset.sent || 0), lastSent: document.documentElement.dataset.lastSent ?? null })');
}

/** Page expression: the text of a draft field, a textarea or a contenteditable alike. */
export const draftExpr = (selector: string): string =>
  `((el) => el.value ?? el.innerText.replace(/\\n$/, ''))(document.querySelector(${JSON.stringify(selector)}))`;

export const fieldValue = (page: SitePage, selector: string): Promise<string> => page.evaluate(draftExpr(selector));

/** The warning with its verdict ready ("Post anyway" offered, no longer checking). */
export async function waitForWarning(page: SitePage, timeoutMs = 20_000): Promise<DialogView> {
  return waitUntil(async () => {
    const v = await page.dialog();
    return v && v.visible && v.buttons.some((b) => POST_ANYWAY.test(b.name) && !b.disabled) ? v : null;
  }, 'the warning dialog with its verdict', timeoutMs);
}

/** Presses Send until the warning comes with every photo examined, and returns it. A photo whose
 *  analysis is still running when Send's wait for it ends is named in the warning as "it took too
 *  long", and a check that outlasts its own bound says the same (src/content/check-draft.ts); the
 *  analysis goes on, and a later Send gets its facts. The user's way, Esc and Send again: so a
 *  check of what a photo's facts lead to does not depend on how busy the machine is (Send's own
 *  bounds are checked in send-guard's "checking…" test and in never-silent). */
export async function warningWithPhotosExamined(page: SitePage, send: string, timeoutMs = 180_000): Promise<DialogView> {
  const late = uiText('failTimeout', 'it took too long');
  return waitUntil(async () => {
    await page.click(send);
    const view = await waitForWarning(page, 30_000);
    if (!view.text.includes(late)) return view;
    await page.press('Escape');
    await waitUntil(async () => (await page.dialog()) === null, 'the warning to close');
    return null;
  }, 'a warning with every photo examined', timeoutMs, 500);
}

/** The photos the site holds for its post, as bytes (the fixtures show each as a blob: image). */
export async function photosTheSiteHolds(p: SitePage): Promise<Uint8Array[]> {
  // thumbnails as <img src="blob:…"> (Weibo) or as a blob: background image (Mastodon)
  const encoded = await p.evaluate<string[]>(`Promise.all([...document.querySelectorAll('img[src^="blob:"], [style*="blob:"]')].map(async (el) => {
    const url = el.src || /url\\("?(blob:[^")]+)/.exec(el.style.backgroundImage)[1];
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    let s = ''; for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }))`);
  return encoded.map((b) => new Uint8Array(Buffer.from(b, 'base64')));
}

/** Two rendered frames in the page: anything the last input triggered synchronously has shown. */
export async function settle(page: SitePage): Promise<void> {
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))');
}

/** Waits for `done` while watching for dialogs; returns every dialog seen on the way. */
export async function watchDialogsUntil(page: SitePage, done: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<DialogView[]> {
  const seen: DialogView[] = [];
  const look = async () => {
    const v = await page.dialog();
    if (v) seen.push(v);
  };
  await waitUntil(async () => {
    await look();
    return done();
  }, what, timeoutMs);
  // `done` may have seen a dialog that came after the last look: that one counts too
  await look();
  return seen;
}

/** Gets the photo models loaded and these photos' facts cached before the timed-out-free tests
 * run: the first check of a session loads the models (seconds on a busy 2-core machine) and the
 * extension gives up after its own time limit. Cold start is a benchmark figure, not a test here.
 * Writes each photo into a throwaway draft on `site`, sends, and waits until the warning quotes
 * `quote` (a real verdict, not "could not be checked"), or the benign draft goes out. */
export async function warmUp(session: BrowserSession, site: SiteFixture, risky: DraftInput, quote: string, benignPhoto: string): Promise<void> {
  const page = await openSite(session, site);
  try {
    await writeDraft(page, site.box, risky);
    if (site.other) await pickPhoto(page, site.other, benignPhoto);
    await waitUntil(async () => {
      await page.click(site.box.send);
      const view = await waitForWarning(page, 30_000);
      if (view.text.includes(quote)) return true;
      await page.press('Escape'); // a time-out warning: the analysis goes on in the background
      return false;
    }, 'the photo models to warm up', 120_000, 500);
  } finally {
    await page.close();
  }
}
