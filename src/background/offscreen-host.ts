// When the analysis document (and with it the analyzer's wasm heap, which never shrinks)
// exists. Created on the first photo; closed when the document reports it has been idle, unless a
// job is under way here; a job that arrives while it closes waits, then opens a new one.

/** the analysis document (src/offscreen/): Chrome's offscreen document, Firefox's frame */
export const ANALYSIS_DOCUMENT_PATH = 'src/offscreen/offscreen.html';

/** what the analysis document sends the background when it has had no job for a while */
export const VISION_IDLE = 'vision:idle';

export interface OffscreenDeps {
  exists(): Promise<boolean>;
  create(): Promise<void>;
  close(): Promise<void>;
}

export class OffscreenHost {
  /** jobs from their start here until their answer: sent, queued in the document, or running */
  private active = 0;
  private creating: Promise<void> | null = null;
  private closing: Promise<void> | null = null;

  constructor(private deps: OffscreenDeps) {}

  /** Runs `task` (which messages the document) with the document open, counting it as a job. */
  async use<T>(task: () => Promise<T>): Promise<T> {
    this.active++; // at once, so an idle report arriving from now on leaves the document open
    try {
      await this.ensure();
      return await task();
    } finally {
      this.active--;
    }
  }

  /** The document has run no job for a while: close it, unless one is on its way. */
  idle(): Promise<void> {
    if (this.active > 0 || this.creating || this.closing) return this.closing ?? Promise.resolve();
    this.closing = this.deps.close()
      .catch(() => { /* already gone */ })
      .finally(() => { this.closing = null; });
    return this.closing;
  }

  private async ensure(): Promise<void> {
    while (this.closing) await this.closing;
    if (await this.deps.exists()) return;
    this.creating ??= this.deps.create()
      .catch(async (e) => {
        if (!(await this.deps.exists())) throw e; // a concurrent call created it first
      })
      .finally(() => { this.creating = null; });
    await this.creating;
  }
}
