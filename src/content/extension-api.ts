// The four extension APIs the content script uses, without webextension-polyfill: the polyfill is
// 10 KB of a content script held to 60 KB, and this script needs none of its wrapping. Firefox
// (and any browser with a promise-based `browser`) is used as is; in Chrome the one callback API,
// `runtime.sendMessage`, is wrapped exactly as the polyfill wraps it, so the background's replies
// (sent through the polyfill there) and its rejections read the same. The extension pages and the
// background keep the polyfill.

interface ExtensionApi {
  runtime: { id?: string; sendMessage(message: unknown, callback?: (reply: unknown) => void): unknown; lastError?: { message?: string } };
  i18n: { getMessage(name: string, substitutions?: string | string[]): string; getUILanguage(): string };
}

/** Chrome's answer when the receiver replied nothing: the polyfill resolves it as `undefined`. */
const NO_RESPONSE = 'The message port closed before a response was received.';

const globals = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };

/** `browser` where it is the real promise-based API (its runtime has an id), else Chrome's `chrome`. */
function api(): ExtensionApi | undefined {
  return globals.browser?.runtime?.id ? globals.browser : globals.chrome;
}

/** The extension's id, undefined once this script's extension is gone (updated, reloaded, removed). */
export function runtimeId(): string | undefined {
  return api()?.runtime?.id;
}

export const i18n: ExtensionApi['i18n'] = {
  getMessage: (name, substitutions) => api()!.i18n.getMessage(name, substitutions),
  getUILanguage: () => api()!.i18n.getUILanguage(),
};

/** Sends a message to the background; rejects when the extension is gone or the handler failed. */
export function sendMessage(message: unknown): Promise<unknown> {
  const ext = api();
  if (!ext) return Promise.reject(new Error('Extension context invalidated.'));
  if (ext === globals.browser) return ext.runtime.sendMessage(message) as Promise<unknown>;
  return new Promise((resolve, reject) => {
    // throws synchronously ("Extension context invalidated.") in an orphaned script: a rejection
    ext.runtime.sendMessage(message, (reply) => {
      const error = ext.runtime.lastError;
      if (error) {
        if (error.message === NO_RESPONSE) resolve(undefined);
        else reject(new Error(error.message));
      } else if (reply && typeof reply === 'object' && (reply as { __mozWebExtensionPolyfillReject__?: boolean }).__mozWebExtensionPolyfillReject__) {
        reject(new Error((reply as { message?: string }).message));
      } else {
        resolve(reply);
      }
    });
  });
}
