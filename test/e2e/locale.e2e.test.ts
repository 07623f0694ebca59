// The warning speaks the browser's language and lists that region's report channels: Chromium
// started in Simplified and in Traditional Chinese. (Firefox ESR here has no Chinese language
// pack, so its UI language cannot be switched; its English UI is covered by send-guard.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChromiumSession } from './harness/chromium-session.ts';
import { openSite, serveFixtures, writeDraft } from './harness/compose.ts';
import { corpusDraft } from './harness/corpus.ts';
import { DIST_CHROME, testdata } from './harness/paths.ts';
import { SITES } from './harness/sites.ts';
import { waitUntil } from './harness/wait.ts';

const messages = (session: ChromiumSession, folder: string) =>
  JSON.parse(readFileSync(join(session.extensionDir, '_locales', folder, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe.each([
  { lang: 'zh-CN', folder: 'zh_CN', report: 'reportCN' },
  { lang: 'zh-TW', folder: 'zh_TW', report: 'reportTW' },
])('Chromium in $lang', ({ lang, folder, report }) => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await ChromiumSession.launch(DIST_CHROME, { lang });
    serveFixtures(session, SITES);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the warning, its buttons and the report line in that language', async () => {
    const m = messages(session, folder);
    const site = SITES[0];
    const page = await openSite(session, site);
    await writeDraft(page, site.box, { text: corpusDraft('d000').text, photo: testdata('scenes/kodak_kodim15.png') });
    await page.click(site.box.send);
    const view = await waitUntil(async () => {
      const v = await page.dialog();
      return v?.buttons.some((b) => b.name === m.buttonPost.message) ? v : null;
    }, `the warning with "${m.buttonPost.message}"`, 30_000);
    expect(view.buttons.map((b) => b.name)).toEqual(expect.arrayContaining([m.buttonBack.message, m.buttonPost.message]));
    expect(view.text).toContain(m[report].message);
    expect(view.text).not.toContain('Post anyway');
    await page.close();
  });
});
