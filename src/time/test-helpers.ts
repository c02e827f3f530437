// Shared by the time tests: the value the tagger gives one expression of a text.
import assert from "node:assert/strict";
import { tagTimexes } from "./tagger.js";
import type { ParsedSentence, ParsedToken } from "./tense.js";

/** The value of the expression written `surface` in `text` read on `dct`; fails the test when it is not tagged. */
export function valueAt(
  text: string,
  dct: string | null,
  surface: string,
  sentences: ParsedSentence[] = [],
): string {
  const found = tagTimexes(text, dct, sentences);
  const hit = found.find((t) => t.text === surface);
  assert.ok(hit, `expected "${surface}" in: ${JSON.stringify(found)}`);
  return hit.value;
}

/** A token of a hand-made parse: word, tag, head (1-based, 0 = root), relation, and lemma if not the word. */
export type Row = [string, string, number, string] | [string, string, number, string, string];

/** A parsed sentence from rows, starting at `from` in the text. */
export function parsedSentence(rows: Row[], from: number): ParsedSentence {
  let offset = from;
  const tokens: ParsedToken[] = rows.map(([word, xpos, head, deprel, lemma], i) => {
    const start = offset;
    offset += word.length + 1;
    const verb = xpos.startsWith("VB") || xpos === "MD";
    return {
      id: i + 1,
      start,
      end: start + word.length,
      text: word,
      lemma: lemma ?? word.toLowerCase(),
      xpos,
      upos: verb ? "VERB" : "X",
      head,
      deprel,
    };
  });
  return { start: from, end: offset, tokens };
}

/** One parsed sentence as a whole text: its words joined by spaces. */
export function parsedText(rows: Row[]): { text: string; sentences: ParsedSentence[] } {
  const parsed = parsedSentence(rows, 0);
  const text = parsed.tokens.map((t) => t.text).join(" ");
  return { text, sentences: [{ ...parsed, end: text.length }] };
}
