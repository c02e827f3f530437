// The lexical direction of a clause. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { directionAt, type ParsedSentence, type ParsedToken, parsedTense } from "./tense.js";

const at = (text: string, surface: string) => {
  const start = text.indexOf(surface);
  return directionAt(text, start, start + surface.length);
};

test("a future in the 'that' clause after the expression does not move it ahead", () => {
  assert.equal(at("The mayor hinted on Wednesday that she would resign.", "Wednesday"), "past");
  assert.equal(at("The mayor hinted in March that she would resign.", "March"), "past");
  // A future before the expression, or in its own clause, still governs it.
  assert.equal(at("The mayor said she would resign on Wednesday.", "Wednesday"), "future");
  assert.equal(at("The mayor arrives Tuesday, and she will resign.", "Tuesday"), "future");
});

test("'would not say' in a parsed clause is a refusal already made, not a future", () => {
  // The council chair wouldn't comment Monday.
  const tokens: ParsedToken[] = [
    ["The", "DT", 3, "det"],
    ["council", "NN", 3, "compound"],
    ["chair", "NN", 6, "nsubj"],
    ["would", "MD", 6, "aux"],
    ["not", "RB", 6, "advmod"],
    ["comment", "VB", 0, "root"],
    ["Monday", "NNP", 6, "obl:tmod"],
  ].map(([text, xpos, head, deprel], i, rows) => {
    const start = rows.slice(0, i).reduce((n, r) => n + String(r[0]).length + 1, 0);
    const word = String(text);
    return {
      id: i + 1,
      start,
      end: start + word.length,
      text: word,
      lemma: word.toLowerCase(),
      xpos: String(xpos),
      upos: String(xpos).startsWith("VB") || xpos === "MD" ? "VERB" : "X",
      head: Number(head),
      deprel: String(deprel),
    };
  });
  const text = tokens.map((t) => t.text).join(" ");
  const sentences: ParsedSentence[] = [{ start: 0, end: text.length, tokens }];
  const at = text.indexOf("Monday");
  assert.equal(parsedTense(sentences, at, at + 6), "past");
});

test("a hyphenated adjective ending in -ed ('long-awaited') is not a past verb", () => {
  assert.equal(at("The council is expected to hold a long-awaited vote Tuesday.", "Tuesday"), "future");
});

test("words in -ed that are not verbs ('United', 'need') are not past cues", () => {
  assert.equal(at("On Thursday, Friends United for Parks will begin a march.", "Thursday"), "future");
});

test("a future after a reporting verb and the expression belongs to what was reported", () => {
  assert.equal(at("The coach told her players on Friday she would step down.", "Friday"), "past");
  // Without a reporting verb before it, the future still governs.
  assert.equal(at("The board meets on Friday and will vote.", "Friday"), "future");
});
