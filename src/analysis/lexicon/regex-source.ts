// Reading a pattern's source by its top-level structure: shared by matchStarts.ts and firstChars.ts,
// which read what matches can start with; and writing plain text into one.

/** `text` as a pattern that matches exactly it. */
export const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Index just past the group or class that opens at `at` (`(` or `[`). */
export function closing(p: string, at: number): number {
  const open = p[at];
  let depth = 0;
  for (let i = at; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (open === '(' && c === '[') i = closing(p, i) - 1;
    else if (c === open) depth++;
    else if (c === (open === '(' ? ')' : ']') && --depth === 0) return i + 1;
  }
  return p.length;
}

/** The alternatives of `p` at its top level (a `|` inside a group or class does not split). */
export function splitTop(p: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') i = closing(p, i) - 1;
    else if (c === '|') {
      out.push(p.slice(from, i));
      from = i + 1;
    }
  }
  out.push(p.slice(from));
  return out;
}
