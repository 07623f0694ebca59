// @vitest-environment happy-dom
// The content script's verdict request: photos the background lost are sent again, photos that
// could not be examined are named, evidence points at the photo's place in the box, and a
// background that does not answer in time becomes a "could not be checked" outcome.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import type { DraftScoreReply, DraftScoreMessage } from '../../src/messages.ts';

type Handler = (m: { type: string; id?: string; photoIds?: string[] }) => unknown;
let handler: Handler = () => ({ ok: true });
const log: { type: string; id?: string; photoIds?: string[] }[] = [];
vi.mock('../../src/content/extension-api.ts', async () => (await import('./fake-extension-api.ts')).fakeExtensionApi({ runtime: { sendMessage: async (m: { type: string }) => { log.push(m); return handler(m); } } }));

const { AttachedPhoto } = await import('../../src/content/attached-photo.ts');
const { checkDraft } = await import('../../src/content/check-draft.ts');
const { t } = await import('./english.ts');

const bytes = readFileSync(resolve(process.cwd(), '../shared/testdata/scenes/kodak_kodim15.png'));
const sha = createHash('sha256').update(bytes).digest('hex');
const girl = () => new AttachedPhoto(new File([bytes], 'girl.png', { type: 'image/png' }));
/** a file over the size limit: never read, never sent */
const huge = () => new AttachedPhoto({ size: 64 * 1024 * 1024, name: 'huge.jpg', type: 'image/jpeg' } as File);

beforeEach(() => { log.length = 0; });

describe('checkDraft', () => {
  it('sends photos the background lost once more, then gets the verdict', async () => {
    let round = 0;
    handler = (m) => {
      if (m.type !== 'draft:score') return { ok: true };
      return ++round === 1 ? { ok: false, missing: [sha] } : { ok: true, verdict: { level: 'none', score: 0, reasons: [] }, photos: [{ id: sha, complete: true, faces: [{ x: 1, y: 2, width: 3, height: 4 }], located: false, coverText: [{ x: 5, y: 6, width: 7, height: 8 }] }] };
    };
    const out = await checkDraft('hello', [girl()], 'en', t);
    expect(out).toEqual({
      kind: 'verdict', verdict: { level: 'none', score: 0, reasons: [] }, unchecked: [],
      plans: [{ faces: [{ x: 1, y: 2, width: 3, height: 4 }], text: [{ x: 5, y: 6, width: 7, height: 8 }], located: false }],
    });
    expect(log.map((m) => m.type)).toEqual(['photo:reserve', 'photo:analyze', 'draft:score', 'photo:reserve', 'photo:analyze', 'draft:score']);
  });

  it('names photos that could not be examined, and maps evidence to the photo’s place in the box', async () => {
    handler = (m) => {
      if (m.type !== 'draft:score') return { ok: true };
      expect((m as DraftScoreMessage).photoIds).toEqual([sha]); // the huge one was never sent
      const reply: DraftScoreReply = {
        ok: true,
        verdict: { level: 'warn', score: 0.9, reasons: [{ code: 'child-face', severity: 'high', message: 'A child.', evidence: [{ kind: 'photo-face', photo: 0, age: 5, box: { x: 0, y: 0, width: 1, height: 1 } }] }] },
        photos: [{ id: sha, complete: false, late: true, faces: [], located: false }],
      };
      return reply;
    };
    const out = await checkDraft('x', [huge(), girl()], 'en', t);
    if (out.kind !== 'verdict') throw new Error(out.why);
    expect(out.unchecked).toEqual(['Photo 1: the file is too large to examine', 'Photo 2: it took too long']);
    expect(out.verdict.reasons[0].evidence[0]).toMatchObject({ kind: 'photo-face', photo: 1 });
    expect(out.plans).toEqual([null, null]); // neither photo was fully examined: no safer copy is planned
  });

  it('names a photo whose text was read only in part, so a harmless verdict does not pass in silence', async () => {
    handler = (m) => (m.type === 'draft:score' ? { ok: true, verdict: { level: 'none', score: 0, reasons: [] }, photos: [{ id: sha, complete: true, textPartial: true, faces: [], located: false }] } : { ok: true });
    const out = await checkDraft('hello', [girl()], 'en', t);
    if (out.kind !== 'verdict') throw new Error(out.why);
    expect(out.unchecked).toEqual(['Photo 1: its text was read only in part (time ran out)']);
    expect(out.plans).toEqual([{ faces: [], text: [], located: false }]); // its faces were examined: a safer copy is still planned
  });

  it('says it could not check every photo when the site shows more photos than the extension holds', async () => {
    handler = (m) => (m.type === 'draft:score' ? { ok: true, verdict: { level: 'none', score: 0, reasons: [] }, photos: [{ id: sha, complete: true, faces: [], located: false }] } : { ok: true });
    const out = await checkDraft('hello', [girl()], 'en', t, undefined, 3);
    if (out.kind !== 'verdict') throw new Error(out.why);
    expect(out.unchecked).toEqual(['the site shows 3 photos, but only 1 of them could be checked']);
    const matching = await checkDraft('hello', [girl()], 'en', t, undefined, 1);
    expect(matching).toMatchObject({ kind: 'verdict', unchecked: [] });
  });

  it('says which photos go with the post could not be told when the site shows fewer photos than the extension holds', async () => {
    handler = (m) => (m.type === 'draft:score' ? { ok: true, verdict: { level: 'none', score: 0, reasons: [] }, photos: (m.photoIds ?? []).map((id) => ({ id, complete: true, faces: [], located: false })) } : { ok: true });
    const out = await checkDraft('hello', [girl(), girl()], 'en', t, undefined, 1);
    if (out.kind !== 'verdict') throw new Error(out.why);
    expect(out.unchecked).toEqual(['photos attached: 2, shown by the site: 1 — which of them go with the post could not be told, so all were checked']);
    const none = await checkDraft('hello', [girl()], 'en', t, undefined, 0);
    expect(none).toMatchObject({ kind: 'verdict', unchecked: ['photos attached: 1, shown by the site: 0 — which of them go with the post could not be told, so all were checked'] });
  });

  it('offers a photo the background had no room for again at Send, and names it when there is still none', async () => {
    let room = false;
    handler = (m) => {
      if (m.type === 'photo:reserve') return room ? { ok: true } : { ok: false, busy: true, error: 'too many photos are being checked at once' };
      if (m.type === 'photo:analyze') return { ok: true };
      return { ok: true, verdict: { level: 'none', score: 0, reasons: [] }, photos: (m.photoIds ?? []).map((id) => ({ id, complete: true, faces: [], located: false })) };
    };
    const still = await checkDraft('hello', [girl()], 'en', t);
    expect(still).toMatchObject({ kind: 'verdict', unchecked: ['Photo 1: too many photos were being checked at once, so this one could not be checked'] });
    expect(log.filter((m) => m.type === 'draft:score').map((m) => m.photoIds)).toEqual([[]]);
    expect(log.filter((m) => m.type === 'photo:analyze'), 'the bytes never crossed').toEqual([]);
    log.length = 0;
    const photo = girl();
    await photo.id;
    room = true;
    expect(await checkDraft('hello', [photo], 'en', t)).toMatchObject({ kind: 'verdict', unchecked: [] });
    expect(log.map((m) => m.type)).toEqual(['photo:reserve', 'photo:reserve', 'photo:analyze', 'draft:score']);
    expect(log.at(-1)!.photoIds).toEqual([sha]);
  });

  it('gives up at its time bound and says so', async () => {
    handler = (m) => (m.type === 'draft:score' ? new Promise(() => {}) : { ok: true });
    const t0 = Date.now();
    const out = await checkDraft('x', [], 'en', t, { totalMs: 100, photoWaitMs: 50 });
    expect(out).toEqual({ kind: 'failed', why: 'it took too long' });
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('turns a background error into a failed check, never a pass', async () => {
    handler = (m) => (m.type === 'draft:score' ? { ok: false, error: 'engine crashed' } : { ok: true });
    expect(await checkDraft('x', [], 'en', t)).toEqual({ kind: 'failed', why: 'the checker stopped with an error' });
    handler = () => { throw new Error('Could not establish connection. Receiving end does not exist.'); };
    expect(await checkDraft('x', [], 'en', t)).toEqual({ kind: 'failed', why: 'the checker stopped with an error' });
  });

  it('tells a failure from an extension that is gone (updated, reloaded, removed)', async () => {
    handler = () => { throw new Error('Extension context invalidated.'); };
    expect(await checkDraft('x', [], 'en', t)).toEqual({ kind: 'failed', why: '', lost: true });
  });
});
