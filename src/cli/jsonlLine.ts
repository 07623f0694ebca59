// One input line of --jsonl mode: {"id", "text", "images"?, "locale"?}. Pure validation.
import { LOCALES, type Locale } from '../analysis/types.ts';

export type ParsedLine = { ok: true; id: string; text: string; images: string[]; locale: Locale } | { ok: false; id: string | null; error: string };

export function parseLine(line: string): ParsedLine {
  let x: any;
  try {
    x = JSON.parse(line);
  } catch {
    return { ok: false, id: null, error: 'line is not valid JSON' };
  }
  if (!x || typeof x !== 'object' || Array.isArray(x)) return { ok: false, id: null, error: 'line is not a JSON object' };
  const id = typeof x.id === 'string' || typeof x.id === 'number' ? String(x.id) : null;
  if (id === null) return { ok: false, id: null, error: '"id" is missing' };
  if (typeof x.text !== 'string') return { ok: false, id, error: '"text" must be a string' };
  if (x.images !== undefined && !(Array.isArray(x.images) && x.images.every((p: unknown) => typeof p === 'string'))) {
    return { ok: false, id, error: '"images" must be a list of paths' };
  }
  if (x.locale !== undefined && !(LOCALES as readonly string[]).includes(x.locale)) return { ok: false, id, error: `unknown locale ${JSON.stringify(x.locale)}` };
  return { ok: true, id, text: x.text, images: x.images ?? [], locale: x.locale ?? 'en' };
}
