// A Mastodon server that is not among the listed ones, added by the user on the extension's
// options page (src/ui/servers.html). Firefox: the browser grants the access (its optional-
// permission prompt is answered yes by a preference: automation cannot click it), the content
// script is registered, and a risky draft on that server is stopped, in a new tab and in a tab
// that was already open; removing the server turns it off again. Chromium: its prompt cannot be answered from automation, so there the page's own
// answers are checked (a listed server, a bad address: no prompt at all), and that nothing runs
// on a server that was never added, and that a tab given the content script a second time (as
// open tabs are on install) is guarded once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buttonNamed } from './harness/dialog-view.ts';
import type { ChromiumSession } from './harness/chromium-session.ts';
import { openSite, POST_ANYWAY, settle, siteState, uiText, waitForWarning, warmUp, watchDialogsUntil, writeDraft } from './harness/compose.ts';
import { corpusDraft } from './harness/corpus.ts';
import { launchWithExtension } from './harness/launch.ts';
import { waitUntil } from './harness/wait.ts';
import { DIST_CHROME, DIST_FIREFOX, testdata } from './harness/paths.ts';
import type { BrowserSession, SitePage } from './harness/session.ts';
import { fixtureHtml, SITES, type SiteFixture } from './harness/sites.ts';

const MASTODON = SITES.find((s) => s.file === 'mastodon.html')!;
const HOST = 'social.example.org';
/** The same look-alike Mastodon page, on a server the extension does not list. */
const OWN_SERVER: SiteFixture = { ...MASTODON, name: HOST, url: `https://${HOST}/home` };
const RISKY = { text: corpusDraft('d000').text, photo: testdata('scenes/kodak_kodim15.png') };
const BENIGN_PHOTO = testdata('negatives/kodak_kodim23.png');
const status = (p: SitePage) => p.evaluate<string>('document.getElementById("status").textContent');
const listed = (p: SitePage) => p.evaluate<string[]>('[...document.querySelectorAll("#list li span")].map((s) => s.textContent)');
const statusText = (key: string, host = HOST) => uiText(key, key).replace('$HOST$', host);

/** Writes the risky draft on `site` in `p`, presses Post: whether it was warned about (else it went out). */
async function riskyPostIn(p: SitePage, site: SiteFixture = OWN_SERVER): Promise<boolean> {
  const before = (await siteState(p)).sent;
  await writeDraft(p, site.box, RISKY);
  await p.click(site.box.send);
  const seen = await watchDialogsUntil(p, async () => (await siteState(p)).sent > before || (await p.dialog())?.buttons.some((b) => POST_ANYWAY.test(b.name)) === true, 'a warning or the post');
  return seen.some((v) => v.buttons.some((b) => POST_ANYWAY.test(b.name)));
}

/** The same in a new tab on the server. */
async function riskyPost(session: BrowserSession): Promise<{ p: SitePage; warned: boolean }> {
  const p = await openSite(session, OWN_SERVER);
  return { p, warned: await riskyPostIn(p) };
}

describe('a Mastodon server the user adds, in Firefox', () => {
  let session: BrowserSession;
  let page: SitePage | undefined;
  beforeAll(async () => {
    session = await launchWithExtension('firefox', DIST_FIREFOX);
    session.web.servePage(MASTODON.url, fixtureHtml(MASTODON));
    session.web.servePage(OWN_SERVER.url, fixtureHtml(OWN_SERVER));
    await warmUp(session, MASTODON, RISKY, '小女孩', BENIGN_PHOTO);
  });
  afterEach(async () => { await page?.close(); page = undefined; });
  afterAll(async () => { await session?.close(); });

  it('is off there before the server is added', async () => {
    const { p, warned } = await riskyPost(session);
    page = p;
    expect(warned).toBe(false);
    expect((await siteState(p)).sent).toBe(1);
  });

  it('added by its handle on the options page, stops a risky draft there, also in the tab already open on it; removed, it is off again', async () => {
    const open = await openSite(session, OWN_SERVER);
    const options = (page = await session.openOwnPage('src/ui/servers.html'));
    await options.typeText('#server', `@someone@${HOST}`);
    await options.click('#add-button');
    await options.waitFor(`document.getElementById("status").textContent.includes(${JSON.stringify(HOST)})`);
    expect(await status(options)).toBe(statusText('serversAdded'));
    expect(await listed(options)).toEqual([HOST]);
    await options.close();

    page = open;
    await open.bringToFront();
    expect(await riskyPostIn(open), 'the warning in the tab open before the server was added').toBe(true);
    expect((await siteState(open)).sent).toBe(0);
    await open.close();

    const on = await riskyPost(session);
    page = on.p;
    expect(on.warned, 'the warning on the added server').toBe(true);
    const view = await waitForWarning(on.p);
    expect(view.text).toContain('小女孩');
    expect((await siteState(on.p)).sent).toBe(0);
    await on.p.close();

    const again = (page = await session.openOwnPage('src/ui/servers.html'));
    await again.waitFor('document.querySelector("#list button.remove") !== null');
    await again.click('#list button.remove');
    await again.waitFor(`document.getElementById("status").textContent.includes(${JSON.stringify(HOST)})`);
    expect(await status(again)).toBe(statusText('serversRemoved'));
    await settle(again);
    expect(await listed(again)).toEqual([]);
    await again.close();

    const off = await riskyPost(session);
    page = off.p;
    expect(off.warned).toBe(false);
  });
});

describe('the options page in Chromium', () => {
  let session: BrowserSession;
  let page: SitePage | undefined;
  beforeAll(async () => {
    session = await launchWithExtension('chromium', DIST_CHROME);
    session.web.servePage(OWN_SERVER.url, fixtureHtml(OWN_SERVER));
    session.web.servePage(MASTODON.url, fixtureHtml(MASTODON));
  });
  afterEach(async () => { await page?.close(); page = undefined; });
  afterAll(async () => { await session?.close(); });

  it('answers a listed server and a bad address in the user\'s language, without asking the browser', async () => {
    const p = (page = await session.openOwnPage('src/ui/servers.html'));
    expect(await p.evaluate('document.getElementById("title").textContent')).toBe(uiText('serversTitle', 'Your Mastodon server'));
    expect(await listed(p)).toEqual([]);
    await p.typeText('#server', 'https://mastodon.social/home');
    await p.click('#add-button');
    await p.waitFor('document.getElementById("status").textContent !== ""');
    expect(await status(p)).toBe(uiText('serversCovered', ''));
    await p.evaluate('document.getElementById("server").value = ""');
    await p.typeText('#server', 'localhost:3000');
    await p.click('#add-button');
    await p.waitFor(`document.getElementById("status").textContent === ${JSON.stringify(uiText('serversInvalid', ''))}`);
  });

  it('guards a tab once when the content script is put into it a second time: one warning, and Post anyway posts', async () => {
    const chromium = session as ChromiumSession;
    const p = (page = await openSite(session, MASTODON));
    // what the extension does for open tabs on install, done here to a tab the manifest's script
    // already guards
    await chromium.worker.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(MASTODON.url)} });
      const file = new URL(chrome.runtime.getManifest().content_scripts[0].js[0], location.origin).pathname;
      await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: [file] });
    })()`);
    await writeDraft(p, MASTODON.box, RISKY);
    await p.click(MASTODON.box.send);
    const view = await waitForWarning(p, 60_000);
    const post = buttonNamed(view, POST_ANYWAY);
    await p.clickAt(post.x, post.y);
    await waitUntil(async () => (await siteState(p)).sent === 1 || (await p.dialog())?.shown === true, 'the post, or a second warning', 20_000);
    expect((await siteState(p)).sent, 'posted after one answer').toBe(1);
    expect(await p.dialog()).toBeNull();
  });

  it('does not run on a server that was never added', async () => {
    const { p, warned } = await riskyPost(session);
    page = p;
    expect(warned).toBe(false);
    expect((await siteState(p)).sent).toBe(1);
  });
});
