import assert from "node:assert/strict";
import { test } from "node:test";
import { parseIob } from "./conllu.js";

test("parseIob numbers documents from '# newdoc' lines, -1 when a file has none", () => {
  const marked = [
    "# newdoc id = a",
    "1\tOtto\tB-PER\t-\tx",
    "2\tran\tO\t-\tx",
    "",
    "1\tHe\tO\t-\tx",
    "",
    "# newdoc id = b",
    "# sent_id = b-1",
    "1\tLima\tB-LOC\t-\tx",
    "",
  ].join("\n");
  assert.deepEqual(
    parseIob(marked).map((s) => [s.doc, s.tokens.join(" "), s.tags.join(" ")]),
    [
      [0, "Otto ran", "B-PER O"],
      [0, "He", "O"],
      [1, "Lima", "B-LOC"],
    ],
  );
  assert.deepEqual(
    parseIob("Otto\tB-PER\nran\n\nLima\tB-LOC\n").map((s) => [s.doc, s.tags.join(" ")]),
    [
      [-1, "B-PER O"],
      [-1, "B-LOC"],
    ],
  );
});
