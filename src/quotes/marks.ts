/**
 * Quote-mark pairing. One linear pass over the text; never backtracks, so hostile input (a paragraph
 * of nothing but quote marks) costs O(n). Only double marks open quotes: single marks collide with
 * apostrophes too often to pair without a parser.
 */

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the quote was never closed (it then ends at its paragraph). */
  close: number;
  /** Content without the marks: [start, end). */
  start: number;
  end: number;
  /** Paragraph breaks the quote runs across (the "reopened at each paragraph" convention). */
  paragraphs: number;
  /** Width of the marks: 2 for the typewriter '' and `` pairs some archives use, else 1. */
  markLen: number;
}

const CURLY_OPEN = new Set(["\u201C", "\u201E", "\u00AB"]);
const CURLY_CLOSE = new Set(["\u201D", "\u00BB"]);
const STRAIGHT = '"';
/** Longest quote we accept; beyond this an unclosed mark is far more likely than a real quote. */
const MAX_QUOTE_CHARS = 20000;

/** Width of a double mark starting at i: 2 for '' or ``, 1 for a one-character mark, 0 for none. */
function markAt(text: string, i: number): number {
  const c = text[i];
  if ((c === "'" && text[i + 1] === "'") || (c === "`" && text[i + 1] === "`")) return 2;
  return 0;
}

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u00A0";
}

/** A straight mark opens when it follows space or an opening bracket/dash and precedes a non-space. */
function straightOpens(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  const prevOk = isSpace(prev) || prev === "(" || prev === "[" || prev === "\u2014" || prev === "\u2013";
  return prevOk && !isSpace(next);
}

/** A straight mark closes when it follows a non-space and precedes space, punctuation or the end. */
function straightCloses(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  return !isSpace(prev) && (isSpace(next) || /[.,;:!?)\]\u2014\u2013-]/.test(next ?? ""));
}

/** Skips blank space after a newline and returns the index of the next paragraph's first character. */
function nextParagraphStart(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text[j])) j++;
  return j;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text[e - 1])) e--;
  return e;
}

export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let inside = false;
  let straight = false;
  let depth = 0;
  let open = -1;
  let paragraphs = 0;
  let width = 1;
  const finish = (close: number, end: number) => {
    if (end > open + width) out.push({ open, close, start: open + width, end, paragraphs, markLen: width });
    inside = false;
    depth = 0;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const pair = markAt(text, i);
    if (!inside) {
      if (pair === 2 && straightOpens(text, i)) {
        inside = true;
        straight = true;
        width = 2;
        depth = 1;
        open = i;
        paragraphs = 0;
        i += 2;
        continue;
      }
      if (CURLY_OPEN.has(c) || (c === STRAIGHT && straightOpens(text, i))) {
        inside = true;
        straight = c === STRAIGHT;
        width = 1;
        depth = 1;
        open = i;
        paragraphs = 0;
      }
      i += pair === 2 ? 2 : 1;
      continue;
    }
    if (i - open > MAX_QUOTE_CHARS) {
      finish(-1, trimEnd(text, open + 1, i));
      continue;
    }
    if (c === "\n") {
      const next = nextParagraphStart(text, i);
      const reopened =
        width === 2
          ? markAt(text, next) === 2
          : straight
            ? text[next] === STRAIGHT
            : CURLY_OPEN.has(text[next] ?? "");
      if (reopened && next < text.length) {
        paragraphs++;
        i = next + width;
        continue;
      }
      finish(-1, trimEnd(text, open + 1, i));
      i = next;
      continue;
    }
    if (width === 2) {
      // Typewriter marks close with '' (`` never closes); a lone apostrophe is just an apostrophe.
      if (c === "'" && text[i + 1] === "'") {
        // Three marks ("them,'''"): an inner single quote closes first; the last two close this one.
        if (text[i + 2] === "'") {
          i++;
          continue;
        }
        finish(i, i);
        i += 2;
        continue;
      }
    } else if (straight) {
      // Mixed marks are common in scraped text ('"...,” he said'): a curly closer ends a straight quote.
      if (c === STRAIGHT || CURLY_CLOSE.has(c)) finish(i, i);
    } else if (CURLY_OPEN.has(c) && depth === 1 && /[.,?!]/.test(text[i - 1]) && straightCloses(text, i)) {
      // An opening mark typed for the closing one ('“...,“ she said'): after the last word's
      // stop or comma and before a space it can only close.
      finish(i, i);
    } else if (CURLY_OPEN.has(c)) {
      depth++;
    } else if (CURLY_CLOSE.has(c)) {
      depth--;
      if (depth === 0) finish(i, i);
    } else if (c === STRAIGHT && depth === 1 && straightCloses(text, i)) {
      finish(i, i);
    }
    i++;
  }
  if (inside) finish(-1, trimEnd(text, open + 1, text.length));
  return out;
}

export function isQuoteMark(c: string | undefined): boolean {
  return (
    c === STRAIGHT ||
    c === "''" ||
    c === "``" ||
    (c !== undefined && (CURLY_OPEN.has(c) || CURLY_CLOSE.has(c)))
  );
}
