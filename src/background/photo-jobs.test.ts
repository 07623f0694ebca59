// Per-tab photo facts: started at attach, awaited (bounded) at Send, forgotten when removed.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PhotoFacts } from '../analysis/types.ts';
import { sha256Hex } from '../photo-id.ts';
import { PhotoJobs } from './photo-jobs.ts';
import type { VisionClient, VisionRequest } from './vision-client.ts';

const shared = resolve(process.cwd(), '../shared/testdata');
const photo = async (rel: string): Promise<VisionRequest> => {
  const bytes = new Uint8Array(readFileSync(resolve(shared, rel)));
  return { id: await sha256Hex(bytes), name: rel, mime: 'image/jpeg', bytes };
};

/** A vision host that answers after `ms`, reporting what it was given, and counts its calls. */
function visionAfter(ms: number, fail = false, cutShort = false): VisionClient & { calls: number } {
  return {
    calls: 0,
    analyze(req) {
      this.calls++;
      return new Promise<PhotoFacts>((res, rej) => setTimeout(() => (fail ? rej(new Error('model crashed')) : res({
        id: req.id, name: req.name, gps: null, faces: [{ age: 6, child: true, box: { x: 0, y: 0, width: 10, height: 10 } }],
        text: `${req.bytes.length} bytes`, checked: { metadata: false, faces: true, text: true }, ...(cutShort ? { textCutShort: true } : {}),
      })), ms));
    },
  };
}
const metadata = async (id: string, name: string): Promise<PhotoFacts> =>
  ({ id, name, gps: { lat: 1, lon: 2 }, faces: [], text: '', checked: { metadata: true, faces: false, text: false } });

describe('PhotoJobs', () => {
  it('merges vision facts with metadata and marks the photo complete', async () => {
    const vision = visionAfter(5);
    const jobs = new PhotoJobs({ vision, metadata });
    const p = await photo('scenes/kodak_kodim15.png');
    jobs.start(1, p);
    const r = await jobs.factsFor(1, [p.id], 2000);
    if ('missing' in r) throw new Error('missing');
    expect(r.facts[0].faces[0].child).toBe(true);
    expect(r.facts[0].gps).toEqual({ lat: 1, lon: 2 });
    expect(r.facts[0].text).toBe(`${p.bytes.length} bytes`);
    expect(r.facts[0].checked).toEqual({ metadata: true, faces: true, text: true });
    // what a safer copy needs: every face's box, and that the photo tells where it was taken
    expect(r.status).toEqual([{ id: p.id, complete: true, faces: r.facts[0].faces.map((f) => f.box), located: true }]);
    expect(r.status[0].faces.length).toBeGreaterThan(0);
  });

  it('analyses a photo once even when two tabs attach it', async () => {
    const vision = visionAfter(1);
    const jobs = new PhotoJobs({ vision, metadata });
    const p = await photo('scenes/kodak_kodim15.png');
    jobs.start(1, p);
    jobs.start(2, p);
    expect(vision.calls).toBe(1);
    jobs.forgetTab(1);
    expect(jobs.has(p.id)).toBe(true); // tab 2 still holds it
    jobs.forget(2, [p.id]);
    expect(jobs.has(p.id)).toBe(false);
  });

  it('reports a photo whose text reading ran out of time as read only in part', async () => {
    const jobs = new PhotoJobs({ vision: visionAfter(5, false, true), metadata });
    const p = await photo('scenes/kodak_kodim15.png');
    jobs.start(1, p);
    const r = await jobs.factsFor(1, [p.id], 2000);
    if ('missing' in r) throw new Error('missing');
    // its faces were all seen: a safer copy can still cover them
    expect(r.status[0]).toMatchObject({ id: p.id, complete: true, textPartial: true });
  });

  it('stops waiting at the bound and reports the photo as late, with its metadata', async () => {
    const jobs = new PhotoJobs({ vision: visionAfter(2000), metadata });
    const p = await photo('scenes/kodak_kodim15.png');
    jobs.start(1, p);
    const t0 = Date.now();
    const r = await jobs.factsFor(1, [p.id], 50);
    expect(Date.now() - t0).toBeLessThan(1000);
    if ('missing' in r) throw new Error('missing');
    expect(r.status[0]).toMatchObject({ complete: false, late: true });
    expect(r.facts[0].gps).toEqual({ lat: 1, lon: 2 });
  });

  it('turns a vision failure into an incomplete photo with its error, not a crash', async () => {
    const jobs = new PhotoJobs({ vision: visionAfter(1, true), metadata });
    const p = await photo('scenes/kodak_kodim15.png');
    jobs.start(1, p);
    const r = await jobs.factsFor(1, [p.id], 1000);
    if ('missing' in r) throw new Error('missing');
    expect(r.status[0]).toEqual({ id: p.id, complete: false, error: 'model crashed', faces: [], located: true });
  });

  it('names photos it does not hold for this tab (so the content script sends them again)', async () => {
    const jobs = new PhotoJobs({ vision: visionAfter(1), metadata });
    const p = await photo('scenes/kodak_kodim15.png');
    jobs.start(1, p);
    expect(await jobs.factsFor(2, [p.id], 100)).toEqual({ missing: [p.id] });
    jobs.forget(1, 'all');
    expect(await jobs.factsFor(1, [p.id], 100)).toEqual({ missing: [p.id] });
  });

  describe('the analysis budget (what a page or a user can make the extension hold)', () => {
    /** photos of `size` bytes, each one unique */
    const fake = (n: number, size: number): VisionRequest => {
      const bytes = new Uint8Array(size);
      bytes[0] = n;
      return { id: n.toString(16).padStart(64, '0'), name: `p${n}.jpg`, mime: '', bytes };
    };
    const budget = { tabPhotos: 3, tabBytes: 100, totalPhotos: 5, totalBytes: 160, jobTimeoutMs: 200 };
    /** a vision host taking 20 ms a photo, noting which photo it analysed when */
    const recordingVision = (names: string[]): VisionClient => ({
      analyze: (req) => new Promise((res) => setTimeout(() => {
        names.push(req.name);
        res({ id: req.id, name: req.name, gps: null, faces: [], text: '', checked: { metadata: true, faces: true, text: true } });
      }, 20)),
    });

    it('refuses a photo over a tab\'s count or bytes, or over the total, and keeps nothing of it', () => {
      const jobs = new PhotoJobs({ vision: visionAfter(1000), metadata, budget });
      expect([1, 2, 3, 4].map((n) => jobs.start(1, fake(n, 10)))).toEqual([true, true, true, false]);
      expect(jobs.has(fake(4, 10).id)).toBe(false);
      expect(jobs.start(2, fake(5, 95))).toBe(true);
      expect(jobs.start(3, fake(6, 60))).toBe(false); // 30 + 95 + 60 bytes: over the total
      expect(jobs.start(3, fake(7, 101))).toBe(false); // over one tab's bytes
      expect(jobs.start(3, fake(8, 20))).toBe(true);
      expect(jobs.start(2, fake(1, 10))).toBe(true); // a photo already in analysis costs nothing more
    });

    it('analyses one photo at a time, the tabs in turn, and makes room as photos finish', async () => {
      const order: string[] = [];
      const vision = recordingVision(order);
      const jobs = new PhotoJobs({ vision, metadata, budget });
      for (const n of [1, 2, 3]) jobs.start(1, fake(n, 10));
      jobs.start(2, fake(9, 10));
      const r = await jobs.factsFor(2, [fake(9, 10).id], 2000);
      expect('missing' in r).toBe(false);
      expect(order).toEqual(['p1.jpg', 'p9.jpg']); // the other tab's photo did not wait behind tab 1's
      await jobs.factsFor(1, [1, 2, 3].map((n) => fake(n, 10).id), 2000);
      expect(jobs.start(1, fake(4, 10))).toBe(true); // room again
    });

    it('does not analyse a photo removed while it waited, and frees its place at once', async () => {
      const analysed: string[] = [];
      const vision = recordingVision(analysed);
      const jobs = new PhotoJobs({ vision, metadata, budget });
      for (const n of [1, 2, 3]) jobs.start(1, fake(n, 10));
      jobs.forget(1, [fake(2, 10).id, fake(3, 10).id]);
      expect(jobs.start(1, fake(4, 10))).toBe(true);
      expect(jobs.start(1, fake(5, 10))).toBe(true);
      await jobs.factsFor(1, [fake(5, 10).id], 2000);
      expect(analysed).toEqual(['p1.jpg', 'p4.jpg', 'p5.jpg']);
    });

    it('holds room for a photo announced before its bytes cross, and gives it back if they never come', async () => {
      const jobs = new PhotoJobs({ vision: visionAfter(1000), metadata, budget });
      expect(jobs.reserve(1, fake(1, 10).id, 90)).toBe(true);
      expect(jobs.reserve(1, fake(2, 10).id, 20)).toBe(false); // 90 + 20 bytes: over the tab's 100
      expect(jobs.start(1, fake(1, 90))).toBe(true); // the announced photo takes its room
      expect(jobs.reserve(2, fake(3, 10).id, 60)).toBe(true);
      expect(jobs.reserve(2, fake(4, 10).id, 20)).toBe(false); // 90 + 60 + 20: over the total 160
    });

    it('frees the place of an analysis that never answers, and says the photo was not checked', async () => {
      const jobs = new PhotoJobs({ vision: { analyze: () => new Promise(() => {}) }, metadata, budget });
      jobs.start(1, fake(1, 10));
      const r = await jobs.factsFor(1, [fake(1, 10).id], 2000);
      if ('missing' in r) throw new Error('missing');
      expect(r.status[0]).toMatchObject({ complete: false, error: 'The photo check did not answer in time.' });
      expect(jobs.start(1, fake(2, 100))).toBe(true);
    });
  });
});
