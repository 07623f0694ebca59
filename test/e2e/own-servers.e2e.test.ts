// A Mastodon server that is not among the listed ones, added by the user on the extension's
// options page (src/ui/servers.html). Firefox: the browser grants the access (its optional-
// permission prompt is answered yes by a preference: automation cannot click it), the content
// script is registered, and a risky draft on that server is stopped; removing the server turns it
// off again. Chromium: its prompt cannot be answered from automation, so there the page's own
// answers are checked (a listed server, a bad address: no prompt at all), and that nothing runs
// on a server that was never added.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openSite, POST_ANYWAY, settle, siteState, uiText, waitForWarning, warmUp, watchDialogsUntil, writeDraft } from './harness/compose.ts';
import { corpusDraft } from './harness/corpus.ts';
import { launchWithExtension } from './harness/launch.ts';
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

/** Writes the risky draft on the server, presses Post; the warning, or null when the post went out. */
async function riskyPost(session: BrowserSession): Promise<{ p: SitePage; warned: boolean }> {
  const p = await openSite(session, OWN_SERVER);
  await writeDraft(p, OWN_SERVER.box, RISKY);
  await p.click(OWN_SERVER.box.send);
  const seen = await watchDialogsUntil(p, async () => (await siteState(p)).sent === 1 || (await p.dialog())?.buttons.some((b) => POST_ANYWAY.test(b.name)) === true, 'a warning or the post');
  return { p, warned: seen.some((v) => v.buttons.some((b) => POST_ANYWAY.test(b.name))) };
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

  it('added by its handle on the options page, stops a risky draft there; removed, it is off again', async () => {
    const options = (page = await session.openOwnPage('src/ui/servers.html'));
    await options.typeText('#server', `@someone@${HOST}`);
    await options.click('#add-button');
    await options.waitFor(`document.getElementById("status").textContent.includes(${JSON.stringify(HOST)})`);
    expect(await status(options)).toBe(statusText('serversAdded'));
    expect(await listed(options)).toEqual([HOST]);
    await options.close();

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

  it('does not run on a server that was never added', async () => {
    const { p, warned } = await riskyPost(session);
    page = p;
    expect(warned).toBe(false);
    expect((await siteState(p)).sent).toBe(1);
  });
});
