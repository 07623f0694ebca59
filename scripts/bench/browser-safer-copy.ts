// The safer copy in real Chromium and Firefox, as a user meets it: a photo attached in the
// weibo.com look-alike, Send, the warning, then "Cover faces" / "Remove location" — timed from
// that click until the site holds the copy (made in the page's content script: decoded upright,
// faces in pixel blocks, encoded again). Photos: three 12 MP JPEGs with GPS (remove location),
// and kodim15 at 6 MP stored sideways (cover the face).
import { execFileSync } from 'node:child_process';
import { distIsStale } from '../../test/e2e/global-setup.ts';
import { openSite, serveFixtures, uiText, waitForWarning, warmUp, writeDraft } from '../../test/e2e/harness/compose.ts';
import { corpusDraft } from '../../test/e2e/harness/corpus.ts';
import { buttonNamed } from '../../test/e2e/harness/dialog-view.ts';
import { launchWithExtension } from '../../test/e2e/harness/launch.ts';
import { DIST_CHROME, DIST_FIREFOX, REPO, testdata } from '../../test/e2e/harness/paths.ts';
import type { BrowserKind, SitePage } from '../../test/e2e/harness/session.ts';
import { SITES } from '../../test/e2e/harness/sites.ts';
import { SIDEWAYS_PHOTO, twelveMegapixelJpegs, writeSidewaysPhotos } from '../../test/e2e/harness/twelve-megapixel.ts';
import { waitUntil } from '../../test/e2e/harness/wait.ts';
import { median, report } from './_report.ts';

const SITE = SITES[0];
const RISKY_TEXT = corpusDraft('d000').text;
const SAFER = new RegExp(['buttonSaferBoth', 'buttonSaferFaces', 'buttonSaferLocation'].map((k) => uiText(k, k)).join('|'), 'i');
/** the blob: URL of the photo the site shows: it changes when the copy replaces the photo */
const shownPhoto = (p: SitePage) => p.evaluate<string | null>('document.querySelector(\'img[src^="blob:"]\')?.src ?? null');

async function swapTime(kind: BrowserKind, session: Awaited<ReturnType<typeof launchWithExtension>>, photo: string): Promise<number> {
  const page = await openSite(session, SITE);
  try {
    await writeDraft(page, SITE.box, { text: RISKY_TEXT, photo });
    await page.click(SITE.box.send);
    const view = await waitForWarning(page, 60_000);
    const before = await shownPhoto(page);
    const button = buttonNamed(view, SAFER);
    const started = performance.now();
    await page.clickAt(button.x, button.y);
    await waitUntil(async () => { const now = await shownPhoto(page); return now !== null && now !== before; }, `${kind}: the copy`, 30_000, 5);
    return performance.now() - started;
  } finally {
    await page.close();
  }
}

export default async function bench(): Promise<void> {
  if (distIsStale()) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
  const photos = await twelveMegapixelJpegs(3);
  await writeSidewaysPhotos();
  for (const kind of ['chromium', 'firefox'] as const) {
    const session = await launchWithExtension(kind, kind === 'chromium' ? DIST_CHROME : DIST_FIREFOX);
    try {
      serveFixtures(session, [SITE]);
      await warmUp(session, SITE, { text: RISKY_TEXT, photo: testdata('scenes/kodak_kodim15.png') }, '小女孩', testdata('negatives/kodak_kodim23.png'));
      const times: number[] = [];
      for (const photo of photos) times.push(await swapTime(kind, session, photo));
      report(`${kind}: safer copy of a 12 MP JPEG (remove location), click → site holds it, median of ${times.length}`, median(times), 'ms');
      report(`${kind}: safer copy of a 6 MP photo stored sideways (cover the face)`, await swapTime(kind, session, SIDEWAYS_PHOTO), 'ms');
    } finally {
      await session.close();
    }
  }
}
