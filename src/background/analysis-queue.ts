// Photos waiting for, or in, analysis hold their bytes in the extension's process (the service
// worker and the analysis document share one in Chrome): without a cap, one tab's many large photos
// took that process past 1 GB and starved every other tab. So a budget per tab and in total
// (photos and bytes), one photo analysed at a time, and the tabs served in turn.
import type { PhotoFacts } from '../analysis/types.ts';
import type { VisionRequest } from './vision-client.ts';

export interface AnalysisBudget {
  /** photos and bytes one tab may have waiting or in analysis */
  tabPhotos: number;
  tabBytes: number;
  /** the same over all tabs */
  totalPhotos: number;
  totalBytes: number;
  /** an analysis that has not answered by then frees its place (and is reported as too slow) */
  jobTimeoutMs: number;
}

/** A user attaching eight 12 MB photos at once stays within one tab's share (more wait for Send,
 *  which offers them again); the total keeps the extension's process under 600 MB: sixteen 30 MB
 *  photos picked at once peaked at 597 MB with 160 MB in all (models ~155 MB, the held bytes, the
 *  analysis document's copy of one photo, its decode, garbage not yet collected). */
export const DEFAULT_BUDGET: AnalysisBudget = {
  tabPhotos: 10, tabBytes: 96 * 1024 * 1024, totalPhotos: 16, totalBytes: 128 * 1024 * 1024, jobTimeoutMs: 30_000,
};

export const TOO_SLOW = 'The photo check did not answer in time.';
const DROPPED = 'The photo was removed before it was checked.';
/** how long room is held for a photo announced but not yet sent */
const RESERVATION_MS = 20_000;

interface Waiting {
  tabId: number;
  request: VisionRequest;
  settle: (p: Promise<PhotoFacts>) => void;
}

export class AnalysisQueue {
  private waiting: Waiting[] = [];
  private held = new Map<number, { photos: number; bytes: number }>();
  private total = { photos: 0, bytes: 0 };
  private running = false;
  /** room held for photos on their way ("tab:id") */
  private reserved = new Map<string, { size: number; timer: ReturnType<typeof setTimeout> }>();
  /** the tab served last: the next photo comes from another tab when one is waiting */
  private lastTab: number | null = null;

  constructor(private analyze: (request: VisionRequest) => Promise<PhotoFacts>, private budget = DEFAULT_BUDGET) {}

  /** Holds room for a photo the tab is about to send (given back if it does not come in time). */
  reserve(tabId: number, id: string, size: number): boolean {
    const key = `${tabId}:${id}`;
    if (this.reserved.has(key)) return true;
    if (!this.fits(tabId, size)) return false;
    this.count(tabId, 1, size);
    this.reserved.set(key, { size, timer: setTimeout(() => this.release(key, tabId), RESERVATION_MS) });
    return true;
  }

  /** Queues the photo's analysis, or returns null when the tab or the extension is over budget. */
  submit(tabId: number, request: VisionRequest): Promise<PhotoFacts> | null {
    const size = request.bytes.byteLength;
    this.release(`${tabId}:${request.id}`, tabId); // its room was held: now counted as the photo itself
    if (!this.fits(tabId, size)) return null;
    this.count(tabId, 1, size);
    const done = new Promise<PhotoFacts>((resolve, reject) => {
      this.waiting.push({ tabId, request, settle: (p) => p.then(resolve, reject) });
    });
    void this.next();
    return done;
  }

  /** The photo left every draft: if it is still waiting, it is not analysed and its bytes go. */
  drop(id: string): void {
    for (const w of this.waiting.filter((x) => x.request.id === id)) {
      this.waiting.splice(this.waiting.indexOf(w), 1);
      this.count(w.tabId, -1, -w.request.bytes.byteLength);
      w.settle(Promise.reject(new Error(DROPPED)));
    }
  }

  private fits(tabId: number, size: number): boolean {
    const tab = this.held.get(tabId) ?? { photos: 0, bytes: 0 };
    const b = this.budget;
    return tab.photos + 1 <= b.tabPhotos && tab.bytes + size <= b.tabBytes &&
      this.total.photos + 1 <= b.totalPhotos && this.total.bytes + size <= b.totalBytes;
  }

  private release(key: string, tabId: number): void {
    const r = this.reserved.get(key);
    if (!r) return;
    clearTimeout(r.timer);
    this.reserved.delete(key);
    this.count(tabId, -1, -r.size);
  }

  private count(tabId: number, photos: number, bytes: number): void {
    const tab = this.held.get(tabId) ?? { photos: 0, bytes: 0 };
    tab.photos += photos;
    tab.bytes += bytes;
    if (tab.photos > 0) this.held.set(tabId, tab);
    else this.held.delete(tabId);
    this.total.photos += photos;
    this.total.bytes += bytes;
  }

  private async next(): Promise<void> {
    if (this.running || this.waiting.length === 0) return;
    const turn = this.waiting.findIndex((w) => w.tabId !== this.lastTab);
    const [job] = this.waiting.splice(turn < 0 ? 0 : turn, 1);
    this.running = true;
    this.lastTab = job.tabId;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const answer = this.analyze(job.request);
    const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(TOO_SLOW)), this.budget.jobTimeoutMs); });
    const result = Promise.race([answer, late]);
    job.settle(result);
    await result.catch(() => undefined);
    clearTimeout(timer);
    this.count(job.tabId, -1, -job.request.bytes.byteLength);
    this.running = false;
    void this.next();
  }
}
