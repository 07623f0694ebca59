// Whether this content script still belongs to a living extension. After an update, a reload or
// an uninstall, Chrome leaves the old script running in open tabs with its extension APIs cut off
// ("Extension context invalidated"); `runtime.id` is then undefined. A closed port or an idle
// service worker is NOT that: MV3 workers stop after 30 s and come back on the next message.
import { runtimeId } from './extension-api.ts';

/** True while the extension that injected this script is still there. Cheap: a property read. */
export function extensionAlive(): boolean {
  try {
    return Boolean(runtimeId());
  } catch {
    return false; // Firefox throws on a dead wrapper
  }
}

/** An error from an extension API that means the extension is gone (not merely busy or asleep). */
export function isContextLost(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /context invalidated|context is invalidated|dead object/i.test(message);
}

/**
 * One AbortSignal for every listener and observer of the content script, aborted exactly once:
 * when the extension is found gone (`check` at each event, `lost` on an API error).
 */
export class Lifetime {
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;

  /** `onLost` runs once, after every listener is removed; `held`: a send was being held then. */
  constructor(private readonly onLost: (held: boolean) => void) {}

  get ended(): boolean {
    return this.signal.aborted;
  }

  /** True while the extension is there; otherwise ends this lifetime (once) and returns false. */
  check(): boolean {
    if (this.ended) return false;
    if (extensionAlive()) return true;
    this.end();
    return false;
  }

  /** An extension API failed: ends this lifetime when the failure means the extension is gone. */
  lost(e: unknown, held = false): boolean {
    if (!isContextLost(e) && extensionAlive()) return false;
    this.end(held);
    return true;
  }

  private end(held = false): void {
    if (this.ended) return;
    this.controller.abort();
    this.onLost(held);
  }
}
