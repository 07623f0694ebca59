// Memory of OS processes, from /proc (Linux). VmRSS / VmHWM count every resident page, shared
// library code included; RssAnon + RssShmem is the memory the process itself allocated (what
// Chrome's task manager calls its footprint), which is what a photo analysis adds.
import { readdirSync, readFileSync } from 'node:fs';

export type MemoryField = 'VmRSS' | 'VmHWM' | 'RssAnon' | 'RssFile' | 'RssShmem';

export function processMemoryMb(pid: number, field: MemoryField): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Memory the process allocated itself (anonymous + shared memory it created), MB. */
export function privateMemoryMb(pid: number): number {
  return processMemoryMb(pid, 'RssAnon') + processMemoryMb(pid, 'RssShmem');
}

const cmdline = (pid: number) => { try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { return ''; } };
const parent = (pid: number) => { try { return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1]); } catch { return 0; } };

/** Chromium renderer processes of the browser with this profile dir that host extensions (the
 *  service worker and the offscreen document share one). */
export function chromiumExtensionProcesses(profile: string): number[] {
  const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  const browser = procs.find((p) => cmdline(p).includes(`--user-data-dir=${profile}`) && !cmdline(p).includes('--type='));
  if (!browser) return [];
  const descends = (pid: number) => { for (let p = pid; p > 1; p = parent(p)) if (p === browser) return true; return false; };
  return procs.filter((p) => { const c = cmdline(p); return c.includes('--type=renderer') && c.includes('--extension-process') && descends(p); });
}

/** Samples a memory figure every `everyMs` and keeps the peak (RssAnon has no high-water mark). */
export class PeakSampler {
  peak = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  constructor(private readonly read: () => number, everyMs = 20) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
  }
  sample(): number {
    const v = this.read();
    this.peak = Math.max(this.peak, v);
    return v;
  }
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}
