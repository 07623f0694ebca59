// Counts the jobs this document holds (queued or running) and reports each `idleMs` spent with
// none. The timer lives here, not in the service worker: Chrome stops an idle worker after 30 s,
// which would lose a worker's timer, while this document lives until it is closed.

export const IDLE_MS = 60_000;

export class IdleReport {
  private jobs = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private report: () => void, private idleMs = IDLE_MS) {
    this.arm(); // a document opened for a job that never came is idle too
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    this.jobs++;
    this.disarm();
    try {
      return await job();
    } finally {
      if (--this.jobs === 0) this.arm();
    }
  }

  private arm(): void {
    this.disarm();
    // reported again each period: the worker may have been busy, or restarted, when it got the last
    this.timer = setTimeout(() => { this.report(); this.arm(); }, this.idleMs);
  }

  private disarm(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
