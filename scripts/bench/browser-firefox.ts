// Issue 4 in real Firefox ESR: the photo analysis in the add-on's analysis frame, sent the
// background's own message from its real background page (reached through Firefox's DevTools
// server): cold start of the first photo, a 12 MP JPEG fully analysed warm, and the memory of the
// extension process that hosts both: the peak during one 12 MP photo, over all of them back to
// back, and what stays once their garbage is collected.
import { execFileSync } from 'node:child_process';
import { distIsStale } from '../../test/e2e/global-setup.ts';
import { FirefoxVision } from '../../test/e2e/harness/extension-vision.ts';
import { summary } from '../../test/e2e/harness/facts-compare.ts';
import { FirefoxSession } from '../../test/e2e/harness/firefox-session.ts';
import { DIST_FIREFOX, REPO } from '../../test/e2e/harness/paths.ts';
import { PeakSampler, privateMemoryMb, processMemoryMb } from '../../test/e2e/harness/process-memory.ts';
import { twelveMegapixelJpegs } from '../../test/e2e/harness/twelve-megapixel.ts';
import { median, report } from './_report.ts';
import { ADULTS_PHOTO, COLD_PHOTO, TEXT_PHOTO, SETTLE_MS, WARM_RUNS } from './_browser-photos.ts';

export default async function bench(): Promise<void> {
  if (distIsStale()) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
  const photos = await twelveMegapixelJpegs(WARM_RUNS);
  const session = await FirefoxSession.launch(DIST_FIREFOX, { devtools: true });
  let vision: FirefoxVision | undefined;
  try {
    vision = await FirefoxVision.open(session);
    report('Firefox: background page process before any photo, RSS', processMemoryMb(vision.pid, 'VmRSS'), 'MB');
    report('Firefox: background page process before any photo, private', privateMemoryMb(vision.pid), 'MB');
    const footprint = new PeakSampler(() => privateMemoryMb(vision!.pid));
    let t = performance.now();
    const cold = await vision.analyze(COLD_PHOTO);
    report('Firefox: first photo, cold (models loaded)', performance.now() - t, 'ms');
    console.log(`  ${summary(cold)}`);
    t = performance.now();
    const adults = await vision.analyze(ADULTS_PHOTO);
    report('Firefox: photo with adults (FaceRes loads at the first one)', performance.now() - t, 'ms');
    console.log(`  ${summary(adults)}`);
    t = performance.now();
    const text = await vision.analyze(TEXT_PHOTO);
    report('Firefox: photo with text (eng initialises at its first reading)', performance.now() - t, 'ms');
    console.log(`  text: ${JSON.stringify(text.text.slice(0, 60))}${text.textCutShort ? ' (cut short)' : ''}`);
    report('Firefox: private memory after these three photos', privateMemoryMb(vision.pid), 'MB');
    const warm: number[] = [];
    const withHarness: number[] = [];
    for (const [i, p] of photos.entries()) {
      const onePeak = new PeakSampler(() => privateMemoryMb(vision!.pid));
      t = performance.now();
      const { facts, ms } = await vision.analyzeTimed(p);
      withHarness.push(performance.now() - t);
      warm.push(ms);
      if (i === 0) report('Firefox: peak memory (private) during the first 12 MP photo', onePeak.stop(), 'MB', 200);
      onePeak.stop();
      if (facts.textCutShort) console.log('  (!) OCR was cut short at its time budget');
    }
    report(`Firefox: 12 MP JPEG fully analysed, warm, median of ${warm.length} (background page → analysis frame → reply)`, median(warm), 'ms', 1500);
    report('Firefox: the same with the harness sending the photo into the browser', median(withHarness), 'ms');
    report('Firefox: analysis peak memory: private (RssAnon+RssShmem, sampled every 20 ms), extension process', footprint.stop(), 'MB', 200);
    report('Firefox: analysis peak memory: resident incl. shared library code (VmHWM), extension process', processMemoryMb(vision.pid, 'VmHWM'), 'MB');
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    // unlike Chromium's, Firefox's garbage is mostly still there (431 → 216 MB on the collection below)
    report(`Firefox: private memory ${SETTLE_MS / 1000} s after the last photo (models loaded)`, privateMemoryMb(vision.pid), 'MB');
    await vision.collectGarbage();
    await new Promise((r) => setTimeout(r, 2_000));
    report('Firefox: the same after a forced garbage and cycle collection (DevTools)', privateMemoryMb(vision.pid), 'MB');
    if (session.web.extensionTraffic().length) console.log('  (!) the extension made network requests:', session.web.extensionTraffic());
  } finally {
    vision?.close();
    await session.close();
  }
}
