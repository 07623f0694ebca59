// Start either browser with an unpacked extension directory.
import { ChromiumSession } from './chromium-session.ts';
import { FirefoxSession } from './firefox-session.ts';
import type { BrowserKind, BrowserSession } from './session.ts';

export const BROWSERS: readonly BrowserKind[] = ['chromium', 'firefox'];

export function launchWithExtension(kind: BrowserKind, extensionDir: string): Promise<BrowserSession> {
  return kind === 'chromium' ? ChromiumSession.launch(extensionDir) : FirefoxSession.launch(extensionDir);
}
