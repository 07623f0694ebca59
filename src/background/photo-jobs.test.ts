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
function visionAfter(ms: number, fail = false): VisionClient & { calls: number } {
  return {
    calls: 0,
    analyze(req) {
      this.calls++;
      return new Promise<PhotoFacts>((res, rej) => setTimeout(() => (fail ? rej(new Error('model crashed')) : res({
        id: req.id, name: req.name, gps: null, faces: [{ age: 6, child: true, box: { x: 0, y: 0, width: 10, height: 10 } }],
        text: `${req.bytes.length} bytes`, checked: { metadata: false, faces: true, text: true },
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
});
