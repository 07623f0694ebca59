// The quoted words shown where they stand in the draft, so the user can find them: a few
// characters either side, cut at line breaks.
export interface QuoteInContext { before: string; quote: string; after: string }

const CONTEXT = 10;

export function quoteInContext(text: string, start: number, end: number, quote: string): QuoteInContext | null {
  if (!(start >= 0 && end > start && end <= text.length) || text.slice(start, end) !== quote) return null;
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const rawBefore = text.slice(from, start);
  const rawAfter = text.slice(end, to);
  const lineStart = rawBefore.lastIndexOf('\n');
  const lineEnd = rawAfter.indexOf('\n');
  return {
    before: lineStart >= 0 ? rawBefore.slice(lineStart + 1) : (from > 0 ? '…' : '') + rawBefore,
    quote,
    after: lineEnd >= 0 ? rawAfter.slice(0, lineEnd) : rawAfter + (to < text.length ? '…' : ''),
  };
}
