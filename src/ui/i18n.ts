// UI text comes from public/_locales (en, zh_CN, zh_TW), chosen by the browser's language.
// Components take a `Translate` so they can be rendered in tests without the extension API.
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');
export type Translate = (key: MessageKey, substitutions?: (string | number)[]) => string;

interface I18nApi { getMessage(name: string, substitutions?: string | string[]): string }

/** The extension's own i18n (chrome.i18n / browser.i18n): the browser picks the locale. */
export function translatorFrom(i18n: I18nApi): Translate {
  return (key, subs) => i18n.getMessage(key, subs?.map(String)) || key;
}

/** A translator over one loaded messages.json (tests, pages outside the extension). */
export function translatorFromMessages(messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }>): Translate {
  return (key, subs = []) => {
    const entry = messages[key];
    if (!entry) return key;
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      const n = /^\$(\d)$/.exec(content);
      return n ? String(subs[Number(n[1]) - 1] ?? '') : content;
    });
  };
}
