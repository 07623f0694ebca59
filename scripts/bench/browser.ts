// Issue 4 in real Chromium, through the extension's real path (service worker → offscreen document,
// `vision:analyze`): cold start of the first photo, a 12 MP JPEG fully analysed warm (metadata +
// faces + OCR zh+en), and the memory of the analysis context (the extension's renderer process,
// which hosts the offscreen document and its OCR worker; and the offscreen JS heap): the peak
// during one 12 MP photo, the peak over all of them back to back (mostly garbage not yet
// collected), and what stays once it is.
// The Send→dialog and content-script figures of issue 3 are in extension-content.ts.
import { execFileSync } from 'node:child_process';
import { ChromiumSession } from '../../test/e2e/harness/chromium-session.ts';
import { analyzeInChromium, analyzeTimedInChromium } from '../../test/e2e/harness/extension-vision.ts';
import { summary } from '../../test/e2e/harness/facts-compare.ts';
import { DIST_CHROME, REPO } from '../../test/e2e/harness/paths.ts';
import { twelveMegapixelJpegs } from '../../test/e2e/harness/twelve-megapixel.ts';
import { distIsStale } from '../../test/e2e/global-setup.ts';
import { chromiumExtensionProcesses as extensionProcesses, PeakSampler, privateMemoryMb, processMemoryMb } from '../../test/e2e/harness/process-memory.ts';
import { median, report } from './_report.ts';
import { ADULTS_PHOTO, COLD_PHOTO, TEXT_PHOTO, SETTLE_MS, WARM_RUNS } from './_browser-photos.ts';

/** Samples the offscreen document's JS heap while work runs. */
class HeapSampler {
  peak = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  start(session: ChromiumSession): void {
    this.timer = setInterval(async () => {
      const t = session.extensionTargets.find((x) => /offscreen/.test(x.url));
      if (!t) return;
      try {
        const { metrics } = (await t.session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
        this.peak = Math.max(this.peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      } catch { /* target busy or closing */ }
    }, 100);
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

export default async function bench(): Promise<void> {
  if (distIsStale()) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
  const photos = await twelveMegapixelJpegs(WARM_RUNS + 1);
  const session = await ChromiumSession.launch(DIST_CHROME);
  const heap = new HeapSampler();
  try {
    const baseline = extensionProcesses(session.profile);
    report('extension process before any photo (service worker only), RSS', Math.max(0, ...baseline.map((p) => processMemoryMb(p, 'VmRSS'))), 'MB');
    report('extension process before any photo (service worker only), private', Math.max(0, ...baseline.map(privateMemoryMb)), 'MB');
    let t = performance.now();
    const cold = await analyzeInChromium(session, COLD_PHOTO);
    report('first photo, cold (offscreen created, models loaded)', performance.now() - t, 'ms');
    console.log(`  ${summary(cold)}`);
    t = performance.now();
    const adults = await analyzeInChromium(session, ADULTS_PHOTO);
    report('photo with adults (FaceRes loads at the first one)', performance.now() - t, 'ms');
    console.log(`  ${summary(adults)}`);
    t = performance.now();
    const text = await analyzeInChromium(session, TEXT_PHOTO);
    report('photo with text (eng initialises at its first reading)', performance.now() - t, 'ms');
    console.log(`  text: ${JSON.stringify(text.text.slice(0, 60))}${text.textCutShort ? ' (cut short)' : ''}`);
    const off = await session.offscreen();
    const idle = Math.max(0, ...extensionProcesses(session.profile).map((p) => processMemoryMb(p, 'VmRSS')));
    report('extension process after these three photos, RSS', idle, 'MB');
    await off.send('Performance.enable');
    heap.start(session);
    const privateNow = () => Math.max(0, ...extensionProcesses(session.profile).map(privateMemoryMb));
    const footprint = new PeakSampler(privateNow);
    const firstPeak = new PeakSampler(privateNow);

    t = performance.now();
    const first = await analyzeInChromium(session, photos[0]);
    report('12 MP JPEG, first one after the small photos', performance.now() - t, 'ms');
    report('peak memory (private) during that one photo', firstPeak.stop(), 'MB', 200);
    console.log(`  ${summary(first)}  checked=${JSON.stringify(first.checked)}`);
    const warm: number[] = [];
    const withHarness: number[] = [];
    for (const p of photos.slice(1)) {
      t = performance.now();
      const { facts, ms } = await analyzeTimedInChromium(session, p);
      withHarness.push(performance.now() - t);
      warm.push(ms);
      if (!facts.checked.faces || !facts.checked.text) console.log(`  (!) not fully analysed: ${summary(facts)}`);
      if (facts.textCutShort) console.log('  (!) OCR was cut short at its time budget');
    }
    report(`12 MP JPEG fully analysed, warm, median of ${warm.length} (service worker → offscreen document → reply)`, median(warm), 'ms', 1500);
    report(`12 MP JPEG fully analysed, warm, worst of ${warm.length}`, Math.max(...warm), 'ms');
    report('the same with the harness sending the photo into the browser (a 5.5 MB script over CDP)', median(withHarness), 'ms');

    heap.stop();
    const privatePeak = footprint.stop();
    const ours = extensionProcesses(session.profile);
    if (ours.length !== 1) console.log(`  (!) ${ours.length} extension processes: ${ours.join(', ')}`);
    const peakRss = Math.max(0, ...ours.map((p) => processMemoryMb(p, 'VmHWM')));
    report('analysis context peak memory: private (RssAnon+RssShmem, sampled every 20 ms), extension process', privatePeak, 'MB', 200);
    report('analysis context peak memory: resident incl. shared library code (VmHWM), extension process', peakRss, 'MB');
    report('offscreen document JS heap, peak sampled', heap.peak / 1024 / 1024, 'MB');
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    report(`private memory ${SETTLE_MS / 1000} s after the last photo (garbage collected, models loaded)`, privateNow(), 'MB');
    if (session.web.extensionTraffic().length) {
      console.log('  (!) the extension made network requests:', session.web.extensionTraffic());
    }
  } finally {
    heap.stop();
    await session.close();
  }
}
