// The background router with the real engine and the real metadata reader: messages are checked
// (shape, sender, content hash), photos start at attach, drafts are scored at Send.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PhotoFacts } from '../analysis/types.ts';
import type { DraftScoreReply, SenderInfo } from '../messages.ts';
import { sha256Hex } from '../photo-id.ts';
import { metadataFacts, scoreDraft } from './engine.ts';
import { PhotoJobs } from './photo-jobs.ts';
import { createRouter } from './router.ts';
import type { VisionClient } from './vision-client.ts';

const RUNTIME = 'child-guard@test';
const tab = (id: number): SenderInfo => ({ id: RUNTIME, url: 'https://weibo.com/', frameId: 0, tab: { id, url: 'https://weibo.com/' } });
const shared = resolve(process.cwd(), '../shared/testdata');
const GPS_PHOTO = 'exif/gps/exifsamples_DSCN0010.jpg'; // lat 43.467448 lon 11.885127 (MANIFEST.tsv)

async function photoMessage(rel: string) {
  const bytes = new Uint8Array(readFileSync(resolve(shared, rel)));
  return { type: 'photo:analyze', id: await sha256Hex(bytes), name: rel.split('/').pop()!, mime: 'image/jpeg', data: bytes };
}

/** Photo models that see one young child's face (what the vision code reports for such a photo). */
const seesAChild: VisionClient = {
  analyze: async ({ id, name }): Promise<PhotoFacts> => ({
    id, name, gps: null, faces: [{ age: 6, child: true, box: { x: 100, y: 80, width: 120, height: 140 } }], text: '',
    checked: { metadata: false, faces: true, text: true },
  }),
};
const broken: VisionClient = { analyze: async () => { throw new Error('models failed to load'); } };

const router = (vision: VisionClient) => createRouter({ runtimeId: RUNTIME, jobs: new PhotoJobs({ vision, metadata: metadataFacts }), score: scoreDraft });

describe('background router', () => {
  it('warns on a vulnerable child with a photo, quoting the words and pointing at the face and GPS', async () => {
    const route = router(seesAChild);
    const photo = await photoMessage(GPS_PHOTO);
    expect(await route(photo, tab(1))).toEqual({ ok: true });
    const text = '这个小女孩一个人在火车站门口乞讨，好可怜，大家帮忙转发';
    const reply = (await route({ type: 'draft:score', text, photoIds: [photo.id], locale: 'zh-CN', waitMs: 5000 }, tab(1))) as DraftScoreReply;
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    expect(reply.verdict.level).toBe('warn');
    expect(reply.photos).toEqual([{ id: photo.id, complete: true, faces: [{ x: 100, y: 80, width: 120, height: 140 }], located: true }]);
    const evidence = reply.verdict.reasons.flatMap((r) => r.evidence);
    expect(evidence).toContainEqual(expect.objectContaining({ kind: 'photo-face', photo: 0 }));
    const gps = evidence.find((e) => e.kind === 'photo-gps');
    expect(gps).toMatchObject({ photo: 0, lat: expect.closeTo(43.467448, 5), lon: expect.closeTo(11.885127, 5) });
    for (const e of evidence) if (e.kind === 'text') expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('lets a benign draft be silent', async () => {
    const route = router(seesAChild);
    const reply = (await route({ type: 'draft:score', text: '周末去公园拍的鹦鹉，颜色真漂亮', photoIds: [], locale: 'zh-CN', waitMs: 100 }, tab(1))) as DraftScoreReply;
    expect(reply).toMatchObject({ ok: true, verdict: { level: 'none' }, photos: [] });
  });

  it('reports a photo the models could not examine, still scoring what its metadata shows', async () => {
    const route = router(broken);
    const photo = await photoMessage(GPS_PHOTO);
    await route(photo, tab(1));
    const reply = (await route({ type: 'draft:score', text: 'kid', photoIds: [photo.id], locale: 'en', waitMs: 2000 }, tab(1))) as DraftScoreReply;
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    expect(reply.photos).toEqual([{ id: photo.id, complete: false, faces: [], located: true, error: 'models failed to load' }]);
  });

  it('asks again for photos it does not hold, and forgets photos when told', async () => {
    const route = router(seesAChild);
    const photo = await photoMessage(GPS_PHOTO);
    const score = { type: 'draft:score', text: 'x', photoIds: [photo.id], locale: 'en', waitMs: 100 };
    expect(await route(score, tab(1))).toEqual({ ok: false, missing: [photo.id] });
    await route(photo, tab(1));
    expect(await route(score, tab(2))).toEqual({ ok: false, missing: [photo.id] }); // another tab's photo
    expect(await route({ type: 'photo:forget', ids: [photo.id] }, tab(1))).toEqual({ ok: true });
    expect(await route(score, tab(1))).toEqual({ ok: false, missing: [photo.id] });
  });

  it('refuses a photo whose id is not the hash of its bytes', async () => {
    const route = router(seesAChild);
    const photo = await photoMessage(GPS_PHOTO);
    expect(await route({ ...photo, id: 'f'.repeat(64) }, tab(1))).toEqual({ ok: false, error: 'photo id does not match its bytes' });
  });

  it('ignores messages that are not ours or not from a supported page', async () => {
    const route = router(seesAChild);
    const score = { type: 'draft:score', text: 'x', photoIds: [], locale: 'en', waitMs: 100 };
    expect(route(score, { ...tab(1), id: 'someone-else' })).toBeUndefined();
    expect(route(score, { ...tab(1), url: 'https://evil.example/', tab: { id: 1, url: 'https://evil.example/' } })).toBeUndefined();
    expect(route({ type: 'vision:analyze' }, tab(1))).toBeUndefined();
    expect(route('hello', tab(1))).toBeUndefined();
  });

  it('takes messages from a Mastodon server the user added, and from no other host', async () => {
    let asked = 0;
    const route = createRouter({
      runtimeId: RUNTIME, jobs: new PhotoJobs({ vision: seesAChild, metadata: metadataFacts }), score: scoreDraft,
      addedHosts: async () => { asked++; return new Set(['social.example.org']); },
    });
    const from = (url: string): SenderInfo => ({ id: RUNTIME, url, frameId: 0, tab: { id: 3, url } });
    const score = { type: 'draft:score', text: 'kid', photoIds: [], locale: 'en', waitMs: 100 };
    const reply = (await route(score, from('https://social.example.org/home'))) as DraftScoreReply;
    expect(reply.ok).toBe(true);
    expect(await route(score, from('https://other.example.org/home'))).toBeUndefined();
    expect(await route(score, from('http://social.example.org/home'))).toBeUndefined(); // https only
    expect(await route(score, { ...from('https://social.example.org/home'), frameId: 2 })).toBeUndefined(); // top frame only
    // the listed sites never wait for the permission lookup, nor do messages of the wrong shape
    const before = asked;
    expect(await route(score, tab(1))).toMatchObject({ ok: true });
    expect(route('hello', from('https://social.example.org/home'))).toBeUndefined();
    expect(asked).toBe(before);
  });
});
