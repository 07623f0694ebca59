// "Pause on this site for 1 hour", from the toolbar popup. Kept in storage.session (memory only,
// never written to disk, gone when the browser closes) so that it outlives Chrome's service worker
// being stopped; in plain memory where that area is missing. The pause ends by itself: an expired
// one reads as not paused and is dropped.
export const PAUSE_MS = 60 * 60 * 1000;
const KEY = 'pausedUntil';

/** The part of storage.session used here. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** A stand-in for storage.session: the same calls, in this context's memory. */
export function memoryArea(): SessionArea {
  const items: Record<string, unknown> = {};
  return {
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (more) => { Object.assign(items, more); },
  };
}

export class Pauses {
  constructor(private readonly area: SessionArea, private readonly now: () => number = Date.now) {}

  private async read(): Promise<Record<string, number>> {
    const stored = (await this.area.get(KEY))[KEY];
    const all: Record<string, number> = {};
    if (typeof stored !== 'object' || stored === null) return all;
    for (const [host, until] of Object.entries(stored)) if (typeof until === 'number' && until > this.now()) all[host] = until;
    return all;
  }

  /** When the pause on `host` ends, or null when it is not paused. */
  async until(host: string): Promise<number | null> {
    return (await this.read())[host] ?? null;
  }

  /** Pauses `host` for an hour from now; returns when that ends. */
  async pause(host: string): Promise<number> {
    const all = await this.read();
    all[host] = this.now() + PAUSE_MS;
    await this.area.set({ [KEY]: all });
    return all[host];
  }

  async resume(host: string): Promise<void> {
    const all = await this.read();
    delete all[host];
    await this.area.set({ [KEY]: all });
  }
}
