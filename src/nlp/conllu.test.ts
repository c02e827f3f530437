import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConllu, parseIob } from "./conllu.js";

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

test("parseConllu names the line where word ids repeat or skip (a blank line missing between sentences)", () => {
  const word = (id: number, form: string) => `${id}\t${form}\t_\t_\t_\t_\t0\troot\t_\t_`;
  const merged = [word(1, "Rain"), word(2, "fell"), "# sent_id = 2", word(1, "Sun"), ""].join("\n");
  assert.throws(() => parseConllu(merged), /line 4: word id 1 out of order \(expected 3/, "a repeated id");
  const skipped = [word(1, "Rain"), word(3, "fell"), ""].join("\n");
  assert.throws(() => parseConllu(skipped), /line 2: word id 3 out of order/, "a skipped id");
  const ok = [word(1, "Rain"), "1.1\tghost\t_\t_\t_\t_\t_\t_\t_\t_", word(2, "fell"), ""].join("\n");
  assert.equal(parseConllu(ok)[0].words.length, 2, "empty nodes between words are no gap");
});
