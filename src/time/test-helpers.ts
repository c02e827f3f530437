// Shared by the time tests: the value the tagger gives one expression of a text.
import assert from "node:assert/strict";
import { tagTimexes } from "./tagger.js";
import type { ParsedSentence } from "./tense.js";

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
