// The offscreen document's life: opened on the first photo only, closed after a minute without
// jobs (the document's idle report, fake timers here), and a job that arrives while it closes
// waits for the close and runs in a new document instead of being lost.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleReport } from '../offscreen/idle-report.ts';
import { OffscreenHost } from './offscreen-host.ts';

/** A stand-in for chrome.offscreen: one document, opened and closed when asked. */
function fakeDocument() {
  const doc = {
    open: false,
    created: 0,
    closed: 0,
    /** a closing document still shows among the contexts but answers no message */
    closing: false,
    /** set to hold the next close until released */
    holdClose: null as Promise<void> | null,
    deps: {
      exists: async () => doc.open,
      create: async () => { if (doc.open) throw new Error('Only a single offscreen document may be created.'); doc.open = true; doc.created++; },
      close: async () => {
        if (!doc.open) throw new Error('No current offscreen document.');
        doc.closing = true;
        if (doc.holdClose) await doc.holdClose;
        Object.assign(doc, { open: false, closing: false, closed: doc.closed + 1 });
      },
    },
  };
  return doc;
}

/** A job as the worker runs it: it can only be answered by an open document. */
const job = (doc: ReturnType<typeof fakeDocument>, ms = 0) => async () => {
  const answers = () => doc.open && !doc.closing;
  if (!answers()) throw new Error('Could not establish connection. Receiving end does not exist.');
  if (ms) await new Promise((r) => setTimeout(r, ms));
  if (!answers()) throw new Error('the document closed under the job');
  return 'facts';
};

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('offscreen document lifecycle', () => {
  it('opens nothing before the first photo, then one document for concurrent jobs', async () => {
    const doc = fakeDocument();
    const host = new OffscreenHost(doc.deps);
    expect(doc.created).toBe(0);
    await expect(Promise.all([host.use(job(doc)), host.use(job(doc))])).resolves.toEqual(['facts', 'facts']);
    expect(doc.created).toBe(1);
  });

  it('closes the document after 60 s without a job, and opens a new one for the next photo', async () => {
    const doc = fakeDocument();
    const host = new OffscreenHost(doc.deps);
    await host.use(job(doc));
    new IdleReport(() => void host.idle()); // what the document runs, reporting to this worker
    await vi.advanceTimersByTimeAsync(59_000);
    expect(doc.open).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(doc).toMatchObject({ open: false, closed: 1 });
    await expect(host.use(job(doc))).resolves.toBe('facts');
    expect(doc).toMatchObject({ open: true, created: 2 });
  });

  it('does not report idle while a job runs or is queued, however long it takes', async () => {
    const report = vi.fn();
    const idle = new IdleReport(report);
    let finish!: () => void;
    const running = idle.run(() => new Promise<void>((r) => { finish = r; }));
    const queued = idle.run(() => running);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(report).not.toHaveBeenCalled();
    finish();
    await queued;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(report).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000); // and again, in case the worker did not act on it
    expect(report).toHaveBeenCalledTimes(2);
  });

  it('keeps the document open when the idle report crosses a job the worker just sent', async () => {
    const doc = fakeDocument();
    const host = new OffscreenHost(doc.deps);
    await host.use(job(doc));
    const slow = host.use(job(doc, 5_000)); // on its way to the document
    await vi.advanceTimersByTimeAsync(0);
    await host.idle();
    expect(doc.closed).toBe(0);
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(slow).resolves.toBe('facts');
  });

  it('does not lose a job that arrives while the document closes: it runs in a new document', async () => {
    const doc = fakeDocument();
    const host = new OffscreenHost(doc.deps);
    await host.use(job(doc));
    let release!: () => void;
    doc.holdClose = new Promise<void>((r) => { release = r; });
    const closing = host.idle();
    const late = host.use(job(doc)); // the next photo, mid-close
    await vi.advanceTimersByTimeAsync(0);
    expect(doc.created).toBe(1); // waits for the close rather than racing it
    release();
    await closing;
    await expect(late).resolves.toBe('facts');
    expect(doc).toMatchObject({ open: true, created: 2, closed: 1 });
  });
});
