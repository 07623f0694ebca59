// The browsers a memory bench measures: a session with the extension, and the private memory of
// the process that hosts its background and analysis document.
import { ChromiumSession } from '../../test/e2e/harness/chromium-session.ts';
import { FirefoxVision } from '../../test/e2e/harness/extension-vision.ts';
import { FirefoxSession } from '../../test/e2e/harness/firefox-session.ts';
import { DIST_CHROME, DIST_FIREFOX } from '../../test/e2e/harness/paths.ts';
import { chromiumExtensionProcesses, privateMemoryMb } from '../../test/e2e/harness/process-memory.ts';
import type { BrowserSession } from '../../test/e2e/harness/session.ts';

export interface Measured {
  session: BrowserSession;
  /** private memory (RssAnon + RssShmem) of the process hosting the background and the analysis document */
  memoryMb(): number;
  /** Firefox: a forced garbage and cycle collection (its garbage outlives the 40 s wait) */
  collect?(): Promise<void>;
  close(): Promise<void>;
}

export async function chromium(dist = DIST_CHROME): Promise<Measured> {
  const session = await ChromiumSession.launch(dist);
  return {
    session,
    memoryMb() {
      const processes = chromiumExtensionProcesses(session.profile);
      if (processes.length > 1) console.log(`  (!) ${processes.length} extension processes: ${processes.join(', ')}`);
      return processes.reduce((sum, p) => sum + privateMemoryMb(p), 0);
    },
    close: () => session.close(),
  };
}

export async function firefox(dist = DIST_FIREFOX): Promise<Measured> {
  const session = await FirefoxSession.launch(dist, { devtools: true });
  // DevTools only tells which process hosts the background page; no script goes through it
  const vision = await FirefoxVision.open(session);
  return {
    session,
    memoryMb: () => privateMemoryMb(vision.pid),
    collect: () => vision.collectGarbage(),
    close: async () => { vision.close(); await session.close(); },
  };
}

export const MEASURED_BROWSERS = [['chromium', chromium], ['firefox', firefox]] as const;
