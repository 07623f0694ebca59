// Start either browser with an unpacked extension directory.
import { ChromiumSession } from './chromium-session.ts';
import { FirefoxSession } from './firefox-session.ts';
import type { BrowserKind, BrowserSession } from './session.ts';

export const BROWSERS: readonly BrowserKind[] = ['chromium', 'firefox'];

/** `keepFirstRun`: leave the page the extension opens on install (closed by default). */
export function launchWithExtension(kind: BrowserKind, extensionDir: string, options: { keepFirstRun?: boolean } = {}): Promise<BrowserSession> {
  return kind === 'chromium' ? ChromiumSession.launch(extensionDir, options) : FirefoxSession.launch(extensionDir, options);
}
