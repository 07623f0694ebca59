// Localised one-sentence messages for reason codes (data in lexicon/messages.json).
import messages from './lexicon/messages.json';
import type { Locale } from './types.ts';

type Table = Record<string, Record<Locale, string>>;
const table = messages as unknown as Table;

export function message(code: string, locale: Locale): string {
  const entry = table[code];
  return entry?.[locale] ?? entry?.en ?? code;
}

export function hasMessage(code: string): boolean {
  return !code.startsWith('_') && code in table;
}

export const MESSAGE_CODES: readonly string[] = Object.keys(table).filter((k) => !k.startsWith('_'));
