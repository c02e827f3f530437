/**
 * Quote-mark pairing. One linear pass over the text; never backtracks, so hostile input (a paragraph
 * of nothing but quote marks) costs O(n). Double marks open quotes; single marks collide with
 * apostrophes, so they are paired only in a text that has no double marks at all (the British
 * style: 'We are ready,' she said), and only where they cannot be an apostrophe.
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

const SINGLE_OPEN = "\u2018";
const SINGLE_CLOSE = "\u2019";
/** Elisions that open with an apostrophe: 'n', '90s, 'em, 'til, 'cause, 'tis. */
const ELISION = /^(?:n[\s'\u2019]|\d0s|em\b|til\b|cause\b|tis\b|twas\b)/i;

/** Longest paragraph read as a headline-like line that may quote with single marks. */
const HEADLINE_CHARS = 200;

const DOUBLE_MARK = /["\u201C\u201D\u201E\u00AB\u00BB]|''|``/;

/**
 * The quotes of a text, by its style: double marks, or single ones when it has no double marks. In a
 * text with double marks, a short paragraph without any (a headline: 'We will not retreat': X vows
 * ...) may still quote with single marks.
 */
export function findTextQuotes(text: string): QuoteSpan[] {
  if (!DOUBLE_MARK.test(text)) return findSingleQuotes(text);
  const double = findQuotes(text);
  const single: QuoteSpan[] = [];
  let d = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    while (d < double.length && Math.max(double[d].close, double[d].end) < start) d++;
    const insideDouble = d < double.length && double[d].open < end;
    const para = text.slice(start, end);
    if (!insideDouble && para.length <= HEADLINE_CHARS && /['\u2018]/.test(para) && !DOUBLE_MARK.test(para)) {
      for (const q of findSingleQuotes(para))
        single.push({
          ...q,
          open: q.open + start,
          close: q.close + start,
          start: q.start + start,
          end: q.end + start,
        });
    }
    start = end + 1;
  }
  if (single.length === 0) return double;
  return [...double, ...single].sort((a, b) => a.open - b.open);
}

/** A single mark that can open: after space, a bracket or a dash, before a word that is no elision. */
function singleOpens(text: string, i: number): boolean {
  const c = text[i];
  if (c !== "'" && c !== SINGLE_OPEN) return false;
  const prev = i > 0 ? text[i - 1] : undefined;
  const prevOk = isSpace(prev) || prev === "(" || prev === "[" || prev === "\u2014" || prev === "\u2013";
  return prevOk && /[\p{L}\p{N}\u2026.]/u.test(text[i + 1] ?? "") && !ELISION.test(text.slice(i + 1, i + 6));
}

/**
 * A single mark that can close: after a stop or comma ('ready,' she said), or after a word and
 * before punctuation or space ('a trap'.). Not after a word in -s before a space: "the workers' union".
 */
function singleCloses(text: string, i: number): boolean {
  const c = text[i];
  if (c !== "'" && c !== SINGLE_CLOSE) return false;
  const prev = text[i - 1] ?? " ";
  const next = text[i + 1];
  if (isSpace(prev)) return false;
  if (/[.,?!\u2026]/.test(prev)) return isSpace(next) || /[)\]\u2014\u2013-]/.test(next ?? "");
  // After a letter before a space: a closing mark unless the word ends in -s (the plural possessive).
  if (isSpace(next)) return /\p{L}/u.test(prev) && !/s/i.test(prev);
  return /[.,;:!?)\]\u2014\u2013]/.test(next ?? "");
}

/**
 * Single-mark quotes. A quote must close in its paragraph, or run on into the next paragraph that
 * opens with a single mark; anything else was an apostrophe and is dropped.
 */
export function findSingleQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let paragraphs = 0;
  let i = 0;
  while (i < text.length) {
    if (open < 0) {
      if (singleOpens(text, i)) {
        open = i;
        paragraphs = 0;
      }
      i++;
      continue;
    }
    if (i - open > MAX_QUOTE_CHARS) {
      open = -1;
      continue;
    }
    const c = text[i];
    if (c === "\n") {
      const next = nextParagraphStart(text, i);
      if (next < text.length && singleOpens(text, next) && paragraphs < 20) {
        paragraphs++;
        i = next + 1;
        continue;
      }
      open = -1;
      i = next;
      continue;
    }
    if (singleCloses(text, i) && i > open + 1) {
      out.push({ open, close: i, start: open + 1, end: i, paragraphs, markLen: 1 });
      open = -1;
    }
    i++;
  }
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
