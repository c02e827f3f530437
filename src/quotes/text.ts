import type { Document, Sentence, Token } from "../model/index.js";
import { MAX_PARSE_TOKENS } from "../nlp/analyse.js";
import { DAY_WORDS } from "./words.js";

/**
 * Sentences and tokens for attribution. The analyse stage normally provides them; when a document
 * arrives without them (the JSONL interface, or before the NLP models land) a small rule splitter
 * stands in, so quotes never depend on the parser being present.
 */

// Letters/digits joined by inner apostrophes, hyphens or dots ("U.S", "don't", "well-known"); else
// one non-space character. Each alternative consumes distinct characters, so matching is linear.
// Both are sticky: a search that may run on past the paragraph's end made a text of many empty
// paragraphs quadratic (80,000 newlines took 11 s).
const TOKEN_AT = /[\p{L}\p{N}]+(?:['\u2019\-.][\p{L}\p{N}]+)*|\S/uy;
const SPACE_AT = /\s+/uy;

export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  [
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    "sgt",
    "st",
    "jr",
    "sr",
    "prof",
    "rev",
    "jan",
    "feb",
    "mar",
    "apr",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "no",
    "vs",
    "inc",
    "corp",
    "co",
    "ltd",
    "mt",
    "ft",
    "pres",
  ].map((s) => s.toLowerCase()),
);

const CLOSERS = new Set(['"', "\u201D", "\u2019", ")", "]", "'"]);

function tokenize(
  text: string,
  from: number,
  to: number,
): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let at = from;
  while (at < to) {
    SPACE_AT.lastIndex = at;
    if (SPACE_AT.test(text)) at = SPACE_AT.lastIndex;
    if (at >= to) break;
    TOKEN_AT.lastIndex = at;
    const m = TOKEN_AT.exec(text);
    if (!m) break;
    const end = Math.min(at + m[0].length, to);
    out.push({ start: at, end, text: text.slice(at, end) });
    at = end;
  }
  return out;
}

function endsSentence(toks: Array<{ text: string }>, i: number): boolean {
  const t = toks[i].text;
  if (t !== "." && t !== "?" && t !== "!" && t !== "\u2026") return false;
  if (t === ".") {
    const prev = toks[i - 1]?.text ?? "";
    if (ABBREVIATIONS.has(prev.toLowerCase()) || /^\p{Lu}$/u.test(prev) || prev.includes(".")) return false;
  }
  return true;
}

/** Splits text into sentences by punctuation and paragraph breaks (no model needed). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paraStart = 0;
  while (paraStart < text.length) {
    let paraEnd = text.indexOf("\n", paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    const toks = tokenize(text, paraStart, paraEnd);
    let first = 0;
    for (let i = 0; i < toks.length; i++) {
      let last = i;
      if (!endsSentence(toks, i)) continue;
      while (last + 1 < toks.length && CLOSERS.has(toks[last + 1].text)) last++;
      const next = toks[last + 1];
      if (next && !/^[\p{Lu}\p{N}"\u201C([]/u.test(next.text)) continue;
      sentences.push(makeSentence(toks.slice(first, last + 1)));
      first = last + 1;
      i = last;
    }
    if (first < toks.length) sentences.push(makeSentence(toks.slice(first)));
    paraStart = paraEnd + 1;
  }
  return sentences;
}

function makeSentence(toks: Array<{ start: number; end: number; text: string }>): Sentence {
  const tokens: Token[] = toks.map((t, k) => ({ id: k + 1, start: t.start, end: t.end, text: t.text }));
  return { start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens };
}

/** The document's own sentences when analyse produced them, else the rule splitter's. */
export function sentencesFor(doc: Pick<Document, "body" | "sentences">): Sentence[] {
  if (doc.sentences.length > 0 && doc.sentences.some((s) => s.tokens.length > 0)) return doc.sentences;
  return splitSentences(doc.body);
}

const CLOSING_MARKS = new Set(['"', "\u201D", "''", "\u00BB"]);

/**
 * '"Where is it?" Smith pressed.', '"It is over." Smith said.': a short sentence that is only a
 * name and a verb (or a verb and a name) after a closed quote is that quote's attribution.
 */
function bareAttribution(sent: Sentence): boolean {
  const toks = sent.tokens;
  const n = toks.length;
  if (n < 3 || n > 7 || toks[n - 1].text !== "." || !/^\p{Lu}/u.test(toks[0].text)) return false;
  const verbs = toks.filter((t) => t.upos === "VERB" || t.upos === "AUX");
  if (verbs.length !== 1) return false;
  const v = verbs[0];
  // The verb ends the sentence ("Smith said.", "Smith said Monday.") or opens it ("Said Smith.").
  const at = toks.indexOf(v);
  return at === 0 || toks.slice(at + 1, n - 1).every((t) => BARE_TIME.has(t.text.toLowerCase()));
}

/** Time words that may follow the verb of a bare attribution ("Smith said Monday."). */
const BARE_TIME = new Set([
  ...DAY_WORDS,
  "on",
  "last",
  "this",
  "week",
  "night",
  "morning",
  "later",
  "earlier",
]);

/**
 * '"Is it over?" said Smith.' A sentence splitter ends the sentence at '?"' or '!"', leaving the
 * attribution as a sentence of its own that starts in lower case. For attribution the two are one
 * sentence: joins them, renumbering the second one's tokens and heads. `origin[i]` is the index in
 * `sentences` of the joined sentence i's first part.
 */
export function joinQuoteSplits(
  body: string,
  sentences: Sentence[],
): { sentences: Sentence[]; origin: number[] } {
  const out: Sentence[] = [];
  const origin: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const cur = sentences[i];
    const prev = out[out.length - 1];
    const first = cur.tokens[0];
    const pt = prev?.tokens;
    const joins =
      prev &&
      first &&
      pt &&
      pt.length >= 2 &&
      CLOSING_MARKS.has(pt[pt.length - 1].text) &&
      ((/^\p{Ll}/u.test(first.text) && /^[?!]$/.test(pt[pt.length - 2].text)) ||
        (/^[?!.]$/.test(pt[pt.length - 2].text) && bareAttribution(cur))) &&
      !body.slice(prev.end, cur.start).includes("\n");
    if (
      !joins &&
      prev &&
      first &&
      pt &&
      (abbreviationSplit(body, prev, cur) || parenthesisSplit(body, prev, cur))
    ) {
      out[out.length - 1] = joined(prev, cur);
      continue;
    }
    if (!joins) {
      out.push(cur);
      origin.push(i);
      continue;
    }
    out[out.length - 1] = joined(prev, cur);
  }
  return { sentences: out, origin };
}

/**
 * The most tokens the attribution rules read as one sentence. Many rules scan the whole sentence for
 * each cue, so one "sentence" of 60,000 words (a text with no stops, or 'said said said ...') took
 * quadratic time. Longer sentences are read in pieces of this size; the parser leaves sentences this
 * long unparsed anyway (MAX_PARSE_TOKENS), so no parse is cut.
 */
export const MAX_ATTRIBUTION_TOKENS = MAX_PARSE_TOKENS;

/** Cuts sentences longer than MAX_ATTRIBUTION_TOKENS into pieces; `origin` follows the pieces. */
export function capSentences(
  sentences: Sentence[],
  origin: number[],
): { sentences: Sentence[]; origin: number[] } {
  if (sentences.every((s) => s.tokens.length <= MAX_ATTRIBUTION_TOKENS)) return { sentences, origin };
  const out: Sentence[] = [];
  const outOrigin: number[] = [];
  sentences.forEach((sent, i) => {
    if (sent.tokens.length <= MAX_ATTRIBUTION_TOKENS) {
      out.push(sent);
      outOrigin.push(origin[i]);
      return;
    }
    for (let a = 0; a < sent.tokens.length; a += MAX_ATTRIBUTION_TOKENS) {
      const piece = sent.tokens.slice(a, a + MAX_ATTRIBUTION_TOKENS);
      const tokens = piece.map((t) => {
        const { head, ...rest } = t;
        const h = head !== undefined && head > a && head <= a + piece.length ? head - a : undefined;
        return { ...rest, id: t.id - a, ...(h !== undefined ? { head: h } : {}) };
      });
      out.push({ ...sent, start: piece[0].start, end: piece[piece.length - 1].end, tokens });
      outOrigin.push(origin[i]);
    }
  });
  return { sentences: out, origin: outOrigin };
}

/** Two sentences as one, the second one's tokens and heads renumbered. */
function joined(prev: Sentence, cur: Sentence): Sentence {
  const n = prev.tokens.length;
  const moved = cur.tokens.map((t) => ({
    ...t,
    id: t.id + n,
    ...(t.head !== undefined && t.head > 0 ? { head: t.head + n } : {}),
  }));
  return { ...prev, end: cur.end, tokens: [...prev.tokens, ...moved] };
}

/** How far into the next sentence the ")" closing a split parenthesis may stand (tokens). */
const PAREN_REACH = 6;

/**
 * "Rep. Ann Ruiz (R-Okla.), who ..., says": a splitter that ends the sentence inside a short
 * parenthesis leaves the rest of it, from the abbreviation or the ")" on, as a sentence whose
 * speaker is lost. A "(" left open at the end of one sentence and closed early in the next, in
 * the same paragraph, makes the two one sentence.
 */
function parenthesisSplit(body: string, prev: Sentence, cur: Sentence): boolean {
  if (body.slice(prev.end, cur.start).includes("\n")) return false;
  let open = 0;
  for (const t of prev.tokens) {
    if (t.text === "(") open++;
    else if (t.text === ")" && open > 0) open--;
  }
  if (open === 0) return false;
  for (const t of cur.tokens.slice(0, PAREN_REACH)) {
    if (t.text === "(") return false;
    if (t.text === ")") return true;
  }
  return false;
}

/**
 * "Ann Ruiz, 29, of Dayton, Ohio., says ...", "Tom Lee of Mobile, Ala., said": a splitter that ends
 * the sentence at the stop of a state's abbreviation leaves the rest, opening with a comma or a
 * lower-case verb, as a sentence of its own. Within one paragraph, the two are one sentence.
 */
function abbreviationSplit(body: string, prev: Sentence, cur: Sentence): boolean {
  const pt = prev.tokens;
  const first = cur.tokens[0];
  if (pt.length < 2 || pt[pt.length - 1].text !== "." || body.slice(prev.end, cur.start).includes("\n"))
    return false;
  const before = pt[pt.length - 2].text;
  if (!/^\p{Lu}[\p{L}.]{0,4}$/u.test(before)) return false;
  return first.text === "," || (/^\p{Ll}/u.test(first.text) && cur.tokens.length > 2);
}
