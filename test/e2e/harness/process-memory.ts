// Resident memory of one OS process, from /proc (Linux): now (VmRSS) and its peak (VmHWM).
import { readFileSync } from 'node:fs';

export function processMemoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
