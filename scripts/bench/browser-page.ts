// Issue 4 in real Chromium and Firefox the way a user meets it: each photo attached in the
// weibo.com look-alike (the content script reads it in the page's process and sends the bytes),
// Send pressed at once, timed until the warning's verdict is on screen; and the memory of the
// extension's process, which here receives only the message. browser.ts and browser-firefox.ts
// instead inject each photo into the background as a 5.5 MB script over DevTools, into the very
// process they measure, and DevTools keeps those scripts. Same photos as those benches.
import { execFileSync } from 'node:child_process';
import { openSite, serveFixtures, waitForWarning, writeDraft } from '../../test/e2e/harness/compose.ts';
import { corpusDraft } from '../../test/e2e/harness/corpus.ts';
import { REPO } from '../../test/e2e/harness/paths.ts';
import { SITES } from '../../test/e2e/harness/sites.ts';
import { fortyEightMegapixelJpeg, twelveMegapixelJpegs } from '../../test/e2e/harness/twelve-megapixel.ts';
import { distIsStale } from '../../test/e2e/global-setup.ts';
import { PeakSampler } from '../../test/e2e/harness/process-memory.ts';
import { MEASURED_BROWSERS, type Measured } from './_measured-browser.ts';
import { median, report } from './_report.ts';
import { ADULTS_PHOTO, COLD_PHOTO, TEXT_PHOTO, SETTLE_MS, WARM_RUNS } from './_browser-photos.ts';

/** A draft that warns whatever the photo shows, so the verdict is a dialog to wait for. */
const RISKY_TEXT = corpusDraft('d000').text;
const SITE = SITES[0];

export default async function bench(): Promise<void> {
  if (distIsStale()) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
  const photos = await twelveMegapixelJpegs(WARM_RUNS + 1);
  const big = await fortyEightMegapixelJpeg();
  for (const [name, launch] of MEASURED_BROWSERS) {
    const browser = await launch();
    try {
      await measure(name, browser, photos, big);
    } finally {
      await browser.close();
    }
  }
}

async function measure(name: string, browser: Measured, photos: string[], big: string): Promise<void> {
  const { session } = browser;
  serveFixtures(session, [SITE]);
  /** attach → Send at once → the verdict on screen; the tab is closed afterwards (its photos forgotten) */
  const attachAndSend = async (photo: string): Promise<number> => {
    const page = await openSite(session, SITE);
    try {
      const started = performance.now();
      await writeDraft(page, SITE.box, { text: RISKY_TEXT, photo });
      await page.click(SITE.box.send);
      await waitForWarning(page, 60_000);
      return performance.now() - started;
    } finally {
      await page.close();
    }
  };
  const memory = browser.memoryMb;
  report(`${name} page: first photo, cold: attach → Send → verdict on screen`, await attachAndSend(COLD_PHOTO), 'ms');
  report(`${name} page: photo with adults (FaceRes loads)`, await attachAndSend(ADULTS_PHOTO), 'ms');
  report(`${name} page: photo with text (eng initialises)`, await attachAndSend(TEXT_PHOTO), 'ms');
  report(`${name} page: extension process after these three photos, private`, memory(), 'MB');
  const all = new PeakSampler(memory);
  const one = new PeakSampler(memory);
  report(`${name} page: 12 MP JPEG, first one: attach → Send → verdict on screen`, await attachAndSend(photos[0]), 'ms');
  report(`${name} page: peak memory (private) during that one photo, extension process`, one.stop(), 'MB', 200);
  const warm: number[] = [];
  for (const p of photos.slice(1)) warm.push(await attachAndSend(p));
  report(`${name} page: 12 MP JPEG, warm: attach → Send → verdict on screen, median of ${warm.length}`, median(warm), 'ms');
  report(`${name} page: peak memory (private) over the ${photos.length} 12 MP photos, extension process`, all.stop(), 'MB', 200);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  report(`${name} page: private memory ${SETTLE_MS / 1000} s after the last photo (models loaded)`, memory(), 'MB', 200);
  if (browser.collect) {
    await browser.collect();
    await new Promise((r) => setTimeout(r, 2_000));
    report(`${name} page: the same after a forced garbage and cycle collection (DevTools)`, memory(), 'MB');
  }
  // last, so the figures above stay comparable with earlier runs
  const bigPeak = new PeakSampler(memory, 10);
  report(`${name} page: 48 MP JPEG: attach → Send → verdict on screen`, await attachAndSend(big), 'ms');
  report(`${name} page: peak memory (private) during that photo, extension process`, bigPeak.stop(), 'MB', 200);
  if (session.web.extensionTraffic().length) {
    console.log('  (!) the extension made network requests:', session.web.extensionTraffic());
  }
}
