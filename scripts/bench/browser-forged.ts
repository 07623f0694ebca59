// What a page, or a user with many large photos, can make the extension's process hold (Chromium,
// then Firefox):
// 1. a page script forges 16 attaches of 30 MB photos (untrusted `change` events with files it
//    made: a 12 MP JPEG padded to 30 MB, each one different);
// 2. the user picks 16 such photos, one pick each (trusted: the analysis budget applies).
// During each, peak private memory of the extension process (service worker + analysis document),
// and how a real risky draft in another tab fares: its verdict on screen, or "could not be checked".
// `BENCH_DIST_CHROME` / `BENCH_DIST_FIREFOX` measure another build (e.g. the old one) with the same
// page and photos.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openSite, pickPhoto, serveFixtures, writeDraft } from '../../test/e2e/harness/compose.ts';
import { corpusDraft } from '../../test/e2e/harness/corpus.ts';
import { REPO, SCRATCH, testdata } from '../../test/e2e/harness/paths.ts';
import { SITES } from '../../test/e2e/harness/sites.ts';
import { twelveMegapixelJpegs } from '../../test/e2e/harness/twelve-megapixel.ts';
import { distIsStale } from '../../test/e2e/global-setup.ts';
import { PeakSampler } from '../../test/e2e/harness/process-memory.ts';
import { chromium, firefox } from './_measured-browser.ts';
import { waitUntil } from '../../test/e2e/harness/wait.ts';
import reasonMessages from '../../src/analysis/lexicon/messages.json' with { type: 'json' };
import { report } from './_report.ts';

const SITE = SITES[0];
const COUNT = 16;
const SIZE = 30 * 1024 * 1024;
const CHILD_FACE = Object.values(reasonMessages['child-face']);

/** a 12 MP JPEG padded after its end marker to 30 MB with random bytes (each file different) */
function paddedPhotos(jpeg: string): string[] {
  const bytes = readFileSync(jpeg);
  mkdirSync(join(SCRATCH, 'forged'), { recursive: true });
  return Array.from({ length: COUNT }, (_, i) => {
    const file = join(SCRATCH, 'forged', `big-${i}.jpg`);
    writeFileSync(file, Buffer.concat([bytes, randomBytes(SIZE - bytes.length - 2), Buffer.from([0xff, 0xd9])]));
    return file;
  });
}

export default async function bench(): Promise<void> {
  if (distIsStale()) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
  const [jpeg] = await twelveMegapixelJpegs(1);
  const files = paddedPhotos(jpeg);
  const browsers = [
    ['Chromium', () => chromium(process.env.BENCH_DIST_CHROME)],
    ['Firefox', () => firefox(process.env.BENCH_DIST_FIREFOX)],
  ] as const;
  for (const [name, launch] of browsers) for (const scenario of ['forged by the page', 'picked by the user'] as const) {
    const measured = await launch();
    const { session } = measured;
    try {
      serveFixtures(session, [SITE]);
      const memory = () => measured.memoryMb();
      // the models loaded first, as after any photo: the figures are what the 16 photos add
      const warm = await openSite(session, SITE);
      await writeDraft(warm, SITE.box, { text: corpusDraft('d000').text, photo: testdata('scenes/kodak_kodim15.png') });
      await warm.click(SITE.box.send);
      await waitUntil(async () => (await warm.dialog())?.text.length ? true : null, 'the warm-up verdict', 120_000);
      await warm.close();
      await new Promise((r) => setTimeout(r, 3000));
      report(`forged, ${name}: before (${scenario}), private`, memory(), 'MB');

      const peak = new PeakSampler(memory, 20);
      const page = await openSite(session, SITE);
      if (scenario === 'forged by the page') {
        // the page builds each file from the same bytes the user case picks (served as base64 once)
        const base64 = readFileSync(files[0]).subarray(0, 6 * 1024 * 1024).toString('base64');
        await page.evaluate(`(async () => {
          const head = Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));
          const input = document.querySelector('#home-compose input[type=file]');
          for (let i = 0; i < ${COUNT}; i++) {
            const pad = new Uint8Array(${SIZE} - head.length);
            for (let o = 0; o < pad.length; o += 65536) crypto.getRandomValues(pad.subarray(o, o + 65536));
            pad[pad.length - 2] = 0xff; pad[pad.length - 1] = 0xd9;
            const dt = new DataTransfer();
            dt.items.add(new File([head, pad], 'forged-' + i + '.jpg', { type: 'image/jpeg' }));
            input.files = dt.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
          }
          return true;
        })()`);
      } else {
        for (const f of files) await pickPhoto(page, SITE.box, f);
      }
      // a real draft in another tab, at once
      const other = await session.newPage();
      await other.goto(SITE.url);
      await other.waitFor(SITE.ready);
      const started = performance.now();
      await writeDraft(other, SITE.box, { text: corpusDraft('d000').text, photo: testdata('scenes/kodak_kodim15.png') });
      await other.click(SITE.box.send);
      const view = await waitUntil(async () => {
        const v = await other.dialog();
        return v && v.buttons.length > 1 && !/checking|正在检查|正在檢查/i.test(v.text) ? v : null;
      }, 'the other tab\'s verdict', 60_000);
      const took = performance.now() - started;
      await new Promise((r) => setTimeout(r, 15_000)); // the 16 photos' analyses go on
      report(`forged, ${name}: peak private memory, ${scenario} + a draft in another tab`, peak.stop(), 'MB', 600);
      report(`forged, ${name}: the other tab: attach → verdict on screen (${CHILD_FACE.some((m) => view.text.includes(m)) ? 'child\'s face found' : 'NOT fully checked'})`, took, 'ms');
      await page.close();
      await other.close();
    } finally {
      await measured.close();
    }
  }
}
