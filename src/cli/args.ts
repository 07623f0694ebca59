// Command-line arguments of the scanner (see usage below). Pure: returns what to do or why not.
import { LOCALES, type Locale } from '../analysis/types.ts';

export const USAGE = `usage:
  scan --text "…" [--image PATH]... [--locale zh-CN|zh-TW|en] [--safer-copies DIR]
                                                                 one draft → one JSON object; with --safer-copies,
                                                                 each fully examined photo is also written to DIR as
                                                                 NAME-safer.jpg: faces and quoted text in pixel blocks,
                                                                 no metadata (its path in the photo's "saferCopy")
  scan --jsonl FILE                                              one draft per line → one JSON object per line
       each line: {"id": "…", "text": "…", "images": ["path", …], "locale": "…"}
exit status: 0 ok, 1 some draft or photo had an error, 2 usage error`;

export type Command =
  | { mode: 'single'; text: string; images: string[]; locale: Locale; saferCopies?: string }
  | { mode: 'jsonl'; file: string }
  | { mode: 'help' }
  | { mode: 'usage-error'; problem: string };

export function parseArgs(argv: string[]): Command {
  let text: string | undefined;
  let jsonl: string | undefined;
  let locale: Locale | undefined;
  let saferCopies: string | undefined;
  const images: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    if (flag === '--help' || flag === '-h') return { mode: 'help' };
    const value = inline ?? argv[++i];
    if (value === undefined) return { mode: 'usage-error', problem: `${flag} needs a value` };
    if (flag === '--text') text = value;
    else if (flag === '--image') images.push(value);
    else if (flag === '--jsonl') jsonl = value;
    else if (flag === '--safer-copies') saferCopies = value;
    else if (flag === '--locale') {
      if (!(LOCALES as readonly string[]).includes(value)) return { mode: 'usage-error', problem: `unknown locale ${value} (use ${LOCALES.join(', ')})` };
      locale = value as Locale;
    } else return { mode: 'usage-error', problem: `unknown argument ${argv[i - (inline === undefined ? 1 : 0)]}` };
  }
  if (jsonl !== undefined) {
    if (text !== undefined || images.length || locale || saferCopies !== undefined) return { mode: 'usage-error', problem: '--jsonl cannot be combined with --text, --image, --locale or --safer-copies' };
    return { mode: 'jsonl', file: jsonl };
  }
  if (text === undefined && !images.length) return { mode: 'usage-error', problem: 'give --text (and/or --image) or --jsonl' };
  if (saferCopies !== undefined && !images.length) return { mode: 'usage-error', problem: '--safer-copies needs at least one --image' };
  return { mode: 'single', text: text ?? '', images, locale: locale ?? 'en', ...(saferCopies !== undefined ? { saferCopies } : {}) };
}
