// Command-line arguments of the scanner (see usage below). Pure: returns what to do or why not.
import { LOCALES, type Locale } from '../analysis/types.ts';

export const USAGE = `usage:
  scan --text "…" [--image PATH]... [--locale zh-CN|zh-TW|en]   one draft → one JSON object
  scan --jsonl FILE                                              one draft per line → one JSON object per line
       each line: {"id": "…", "text": "…", "images": ["path", …], "locale": "…"}
exit status: 0 ok, 1 some draft or photo had an error, 2 usage error`;

export type Command =
  | { mode: 'single'; text: string; images: string[]; locale: Locale }
  | { mode: 'jsonl'; file: string }
  | { mode: 'help' }
  | { mode: 'usage-error'; problem: string };

export function parseArgs(argv: string[]): Command {
  let text: string | undefined;
  let jsonl: string | undefined;
  let locale: Locale | undefined;
  const images: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    if (flag === '--help' || flag === '-h') return { mode: 'help' };
    const value = inline ?? argv[++i];
    if (value === undefined) return { mode: 'usage-error', problem: `${flag} needs a value` };
    if (flag === '--text') text = value;
    else if (flag === '--image') images.push(value);
    else if (flag === '--jsonl') jsonl = value;
    else if (flag === '--locale') {
      if (!(LOCALES as readonly string[]).includes(value)) return { mode: 'usage-error', problem: `unknown locale ${value} (use ${LOCALES.join(', ')})` };
      locale = value as Locale;
    } else return { mode: 'usage-error', problem: `unknown argument ${argv[i - (inline === undefined ? 1 : 0)]}` };
  }
  if (jsonl !== undefined) {
    if (text !== undefined || images.length || locale) return { mode: 'usage-error', problem: '--jsonl cannot be combined with --text, --image or --locale' };
    return { mode: 'jsonl', file: jsonl };
  }
  if (text === undefined && !images.length) return { mode: 'usage-error', problem: 'give --text (and/or --image) or --jsonl' };
  return { mode: 'single', text: text ?? '', images, locale: locale ?? 'en' };
}
