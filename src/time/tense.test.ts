// The lexical direction of a clause. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { directionAt } from "./tense.js";

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
