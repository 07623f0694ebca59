// Per-tab photo facts, keyed by content hash. Analysis starts when a photo is attached (within
// the analysis budget, analysis-queue.ts); Send only waits for what is still running. Only facts
// are kept (never the draft text), in memory, and only while some tab's draft holds the photo:
// this is the extension's one store of photo facts (the analysis document keeps none).
import type { PhotoFacts } from '../analysis/types.ts';
import type { PhotoStatus } from '../messages.ts';
import type { VisionClient, VisionRequest } from './vision-client.ts';
import { AnalysisQueue, type AnalysisBudget } from './analysis-queue.ts';

export interface PhotoJobDeps {
  vision: VisionClient;
  metadata(id: string, name: string, bytes: Uint8Array): Promise<PhotoFacts>;
  budget?: AnalysisBudget;
}

interface Job {
  /** metadata alone: the fallback when vision fails or is too slow */
  metadata: Promise<PhotoFacts>;
  /** metadata + faces + text */
  full: Promise<PhotoFacts>;
  /** `full` once it has settled */
  done?: PhotoFacts;
}

export type FactsResult = { missing: string[] } | { facts: PhotoFacts[]; status: PhotoStatus[] };

const isComplete = (f: PhotoFacts) => f.checked.faces && f.checked.text && !f.error;

/** Vision facts, with what the metadata reader found where vision has nothing. */
function merge(meta: PhotoFacts, seen: PhotoFacts): PhotoFacts {
  return { ...meta, ...seen, gps: seen.gps ?? meta.gps, places: seen.places ?? meta.places, checked: { ...seen.checked, metadata: seen.checked.metadata || meta.checked.metadata } };
}

export class PhotoJobs {
  private jobs = new Map<string, Job>();
  private tabs = new Map<number, Set<string>>();
  private queue: AnalysisQueue;

  constructor(private deps: PhotoJobDeps) {
    this.queue = new AnalysisQueue((req) => deps.vision.analyze(req), deps.budget);
  }

  /** Room for a photo of `size` bytes this tab is about to send; false when over the budget. */
  reserve(tabId: number, id: string, size: number): boolean {
    return this.jobs.has(id) || this.queue.reserve(tabId, id, size);
  }

  /** Starts the photo's analysis for this tab; false (nothing kept) when over the analysis budget. */
  start(tabId: number, req: VisionRequest): boolean {
    if (!this.jobs.has(req.id)) {
      const seen = this.queue.submit(tabId, req);
      if (!seen) return false;
      const metadata = this.deps.metadata(req.id, req.name, req.bytes);
      const full = seen.then(
        async (facts) => merge(await metadata, { ...facts, id: req.id }),
        async (e) => ({ ...(await metadata), error: e instanceof Error ? e.message : String(e) }),
      );
      const job: Job = { metadata, full };
      void full.then((facts) => { job.done = facts; });
      this.jobs.set(req.id, job);
    }
    let ids = this.tabs.get(tabId);
    if (!ids) this.tabs.set(tabId, (ids = new Set()));
    ids.add(req.id);
    return true;
  }

  /** The facts of a tab's photos examined so far, and how many are still being examined. */
  settled(tabId: number): { facts: PhotoFacts[]; pending: number } {
    const jobs = [...(this.tabs.get(tabId) ?? [])].map((id) => this.jobs.get(id)).filter((j): j is Job => j !== undefined);
    const facts = jobs.flatMap((j) => (j.done ? [j.done] : []));
    return { facts, pending: jobs.length - facts.length };
  }

  forget(tabId: number, ids: string[] | 'all'): void {
    const held = this.tabs.get(tabId);
    if (!held) return;
    for (const id of ids === 'all' ? [...held] : ids) held.delete(id);
    if (held.size === 0) this.tabs.delete(tabId);
    this.collect();
  }

  forgetTab(tabId: number): void {
    this.forget(tabId, 'all');
  }

  has(id: string): boolean {
    return this.jobs.has(id);
  }

  /** Facts for a draft's photos, waiting at most `waitMs` for analyses still running. */
  async factsFor(tabId: number, ids: string[], waitMs: number): Promise<FactsResult> {
    const held = this.tabs.get(tabId);
    const missing = ids.filter((id) => !held?.has(id) || !this.jobs.has(id));
    if (missing.length) return { missing };
    const deadline = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), waitMs));
    const facts = await Promise.all(ids.map(async (id) => {
      const job = this.jobs.get(id)!;
      const done = await Promise.race([job.full, deadline]);
      return done === 'late' ? { facts: await job.metadata, late: true } : { facts: done, late: false };
    }));
    return {
      facts: facts.map((f) => f.facts),
      status: facts.map(({ facts: f, late }) => ({
        id: f.id,
        complete: !late && isComplete(f),
        ...(late ? { late: true } : {}),
        ...(!late && f.textCutShort && !f.error ? { textPartial: true as const } : {}),
        ...(f.error ? { error: f.error } : {}),
        faces: f.faces.map((face) => face.box),
        located: f.gps !== null || (f.places?.length ?? 0) > 0,
      })),
    };
  }

  private collect(): void {
    const held = new Set([...this.tabs.values()].flatMap((s) => [...s]));
    for (const id of this.jobs.keys()) {
      if (held.has(id)) continue;
      this.jobs.delete(id);
      this.queue.drop(id);
    }
  }
}
