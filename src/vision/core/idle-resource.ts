// Something heavy (an OCR worker, face models) created on first use, shared while in use, and
// released after a quiet period so an idle extension page gives its memory back.

export class IdleResource<T> {
  private value: Promise<T> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private users = 0;

  constructor(
    private readonly create: () => Promise<T>,
    private readonly destroy: (value: T) => Promise<void> | void,
    private readonly idleMs: number,
  ) {}

  /** Runs `task` with the resource, creating it if needed; the idle clock restarts afterwards. */
  async use<R>(task: (value: T) => Promise<R>): Promise<R> {
    this.users++;
    this.clearTimer();
    try {
      if (!this.value) {
        const created = this.create();
        this.value = created;
        created.catch(() => { if (this.value === created) this.value = null; }); // retry next time
      }
      return await task(await this.value);
    } finally {
      this.users--;
      if (this.users === 0) this.armTimer();
    }
  }

  get loaded(): boolean {
    return this.value !== null;
  }

  /** Drops the resource now (also used after a timeout killed it); the next use creates a new one. */
  async release(): Promise<void> {
    this.clearTimer();
    const current = this.value;
    this.value = null;
    if (current) await current.then(this.destroy, () => undefined);
  }

  private armTimer(): void {
    if (!this.value) return;
    this.timer = setTimeout(() => void this.release(), this.idleMs);
    // Node: an idle timer must not keep the CLI or a test process alive.
    (this.timer as { unref?: () => void }).unref?.();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
