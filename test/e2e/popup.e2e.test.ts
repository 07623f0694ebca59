// The toolbar popup and the first-run page, in Chromium and Firefox. The popup's page is opened in
// a tab (automation cannot click the toolbar); it describes the tab the user switches to, here the
// weibo.com look-alike: protected, what the draft's photo showed, then paused — a risky draft goes
// out unchecked — then resumed — the same draft is stopped again. On install the "how it works"
// page opened by itself, in the browser's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSite, serveFixtures, settle, siteState, uiText, watchDialogsUntil, writeDraft } from './harness/compose.ts';
import { corpusDraft } from './harness/corpus.ts';
import { BROWSERS, launchWithExtension } from './harness/launch.ts';
import { DIST_CHROME, DIST_FIREFOX, REPO, testdata } from './harness/paths.ts';
import type { BrowserSession, SitePage } from './harness/session.ts';
import { ChromiumPage } from './harness/chromium-session.ts';
import { SITES } from './harness/sites.ts';
import { waitUntil } from './harness/wait.ts';

const WEIBO = SITES[0];
const RISKY = { text: corpusDraft('d000').text, photo: testdata('scenes/kodak_kodim15.png') };
export const SCREENSHOTS = join(REPO, '.tmp/screenshots');
const statusOf = (p: SitePage) => p.evaluate<string>('document.getElementById("status")?.textContent ?? ""');
const switchState = (p: SitePage) => p.evaluate<string | null>('document.querySelector("[role=switch]")?.getAttribute("aria-checked") ?? null');
const prefix = (key: string) => uiText(key, key).split('$')[0];
/** polls from outside: the extension's pages forbid the string evaluation playwright's own waits use */
export const waitIn = (p: SitePage, expression: string, timeoutMs = 10_000) =>
  waitUntil(() => p.evaluate<boolean>(expression), expression, timeoutMs, 100);

describe.each(BROWSERS)('toolbar popup and first-run page in %s', (kind) => {
  let session: BrowserSession;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    session = await launchWithExtension(kind, kind === 'chromium' ? DIST_CHROME : DIST_FIREFOX, { keepFirstRun: true });
    serveFixtures(session, [WEIBO]);
  });
  afterAll(async () => { await session?.close(); });

  it('opened the "how it works" page on install, in the browser\'s language', async () => {
    const about = await session.openedPage(`${session.extensionOrigin}src/ui/about.html`);
    await waitIn(about, 'document.querySelector("h1")?.textContent.length > 0');
    expect(await about.evaluate('document.querySelector("h1").textContent')).toBe(uiText('aboutTitle', ''));
    expect(await about.evaluate('document.querySelectorAll("section li").length')).toBe(9);
    expect(await about.evaluate('document.documentElement.lang')).toMatch(/^en/);
    await about.screenshot(join(SCREENSHOTS, `first-run-${kind}-en.png`), true);
  });

  it('says the weibo.com tab is protected and what its photo showed; paused, Send goes out unchecked; resumed, it is checked again', async () => {
    const weibo = await openSite(session, WEIBO);
    const popup = await session.openOwnPage('src/ui/popup.html');
    await popup.setViewport(360, 560);
    await writeDraft(weibo, WEIBO.box, RISKY);
    await weibo.bringToFront(); // the user switches to the site: the popup follows
    await waitIn(popup, `document.getElementById("status").textContent.startsWith(${JSON.stringify(prefix('popupProtected'))})`, 15_000);
    expect(await statusOf(popup)).toBe(uiText('popupProtected', '').replace('$SITE$', 'Weibo').replace('$HOST$', 'weibo.com'));
    expect(await switchState(popup)).toBe('false');
    // the photo's facts arrive as its analysis ends (a cold start takes seconds)
    await waitIn(popup, 'document.querySelectorAll(".facts li").length >= 4', 60_000);
    const facts = await popup.evaluate<string>('document.querySelector(".facts").textContent');
    expect(facts).toContain('1 photo(s) in the draft');
    expect(facts).toMatch(/of them a child's/);
    await popup.bringToFront();
    await popup.screenshot(join(SCREENSHOTS, `popup-${kind}-en.png`));
    if (popup instanceof ChromiumPage) {
      // what a screen reader gets: a switch named by its label, off; the status as a live region
      await expect.poll(() => popup.page.getByRole('switch', { name: uiText('popupPause', ''), checked: false }).count()).toBe(1);
      expect(await popup.page.getByRole('status').textContent()).toContain('weibo.com');
    }

    await popup.click('[role=switch]');
    await waitIn(popup, 'document.querySelector("[role=switch]").getAttribute("aria-checked") === "true"');
    expect(await statusOf(popup)).toMatch(new RegExp(`^${prefix('popupPaused')}weibo\\.com until \\d`));
    await popup.screenshot(join(SCREENSHOTS, `popup-paused-${kind}-en.png`));

    await weibo.bringToFront();
    expect(await statusOf(popup)).toContain('weibo.com'); // still about the site, not about itself
    await weibo.click(WEIBO.box.send);
    const seenPaused = await watchDialogsUntil(weibo, async () => (await siteState(weibo)).sent === 1, 'the paused send to go out');
    expect(seenPaused, 'no dialog while paused').toEqual([]);
    // never silent: the page says the post went out unchecked
    const notices = await waitUntil(async () => { const n = await weibo.notices(); return n.length ? n : null; }, 'the paused-send notice');
    expect(notices.map((n) => n.text).join(' ')).toContain(uiText('noticePausedSend', ''));

    // resumed from the keyboard: Tab reaches the switch first, Space toggles it
    await popup.bringToFront();
    await popup.click('h1'); // the keyboard starts from the top
    await popup.press('Tab');
    expect(await popup.evaluate('document.activeElement?.getAttribute("role")')).toBe('switch');
    await popup.press(' ');
    await waitIn(popup, 'document.querySelector("[role=switch]").getAttribute("aria-checked") === "false"');
    expect(await statusOf(popup)).toMatch(new RegExp(`^${prefix('popupProtected')}`));

    await weibo.bringToFront();
    await writeDraft(weibo, WEIBO.box, RISKY);
    await weibo.click(WEIBO.box.send);
    const view = await waitUntil(async () => (await weibo.dialog()) ?? null, 'the dialog once resumed', 30_000);
    expect(view.visible).toBe(true);
    await settle(weibo);
    expect((await siteState(weibo)).sent).toBe(1);
    await weibo.press('Escape');
    await popup.close();
    await weibo.close();
  });
});
