// Support won from another party ("won the backing of Vosk"): the giver backs the receiver (051), on
// invented sentences with hand-made parses.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codeDyads, type Row } from "./test-helpers.js";

test("backing won from a party is that party's support of the winner", () => {
  // Arland won the backing of Vosk .
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["won", "VERB", 0, "root", "win"],
    ["the", "DET", 4, "det"],
    ["backing", "NOUN", 2, "obj"],
    ["of", "ADP", 6, "case"],
    ["Vosk", "PROPN", 4, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  const got = codeDyads(rows, [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [6, 6], code: "VSKGOV" },
  ]);
  assert.deepEqual(got, ["VSKGOV 051 ARLGOV"], `the backer is Vosk, the backed Arland: ${got.join("; ")}`);
});

test("support received with its giver's phrase on the verb, and 'backing' tagged a verb", () => {
  // Arland received praise from Vosk .
  const praise: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["received", "VERB", 0, "root", "receive"],
    ["praise", "NOUN", 2, "obj"],
    ["from", "ADP", 5, "case"],
    ["Vosk", "PROPN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  const actors = [
    { tokens: [1, 1] as [number, number], code: "ARLGOV" },
    { tokens: [5, 5] as [number, number], code: "VSKGOV" },
  ];
  let got = codeDyads(praise, actors);
  assert.deepEqual(got, ["VSKGOV 051 ARLGOV"], `praise from Vosk: ${got.join("; ")}`);
  // Arland gained backing from Vosk . (a parse that reads "backing" as a verb)
  const backing: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["gained", "VERB", 0, "root", "gain"],
    ["backing", "VERB", 2, "xcomp", "back"],
    ["from", "ADP", 5, "case"],
    ["Vosk", "PROPN", 3, "obl"],
    [".", "PUNCT", 2, "punct"],
  ];
  got = codeDyads(backing, actors);
  assert.deepEqual(got, ["VSKGOV 051 ARLGOV"], `Vosk backs Arland, not the reverse: ${got.join("; ")}`);
});

test("support sought, or the votes of citizens, is no backing by anyone", () => {
  // Arland hopes to win the support of Vosk . (wanted, not had)
  const sought: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["tried", "VERB", 0, "root", "try"],
    ["to", "PART", 4, "mark"],
    ["win", "VERB", 2, "xcomp", "win"],
    ["the", "DET", 6, "det"],
    ["support", "NOUN", 4, "obj"],
    ["of", "ADP", 8, "case"],
    ["Vosk", "PROPN", 6, "nmod"],
    [".", "PUNCT", 2, "punct"],
  ];
  let got = codeDyads(sought, [
    { tokens: [1, 1], code: "ARLGOV" },
    { tokens: [8, 8], code: "VSKGOV" },
  ]);
  assert.ok(!got.some((e) => e.includes(" 051 ")), `support only tried for: ${got.join("; ")}`);
  // The senator won support from Arland voters .
  const votes: Row[] = [
    ["The", "DET", 2, "det"],
    ["senator", "NOUN", 3, "nsubj"],
    ["won", "VERB", 0, "root", "win"],
    ["support", "NOUN", 3, "obj"],
    ["from", "ADP", 7, "case"],
    ["Arland", "PROPN", 7, "compound"],
    ["voters", "NOUN", 4, "nmod", "voter"],
    [".", "PUNCT", 3, "punct"],
  ];
  got = codeDyads(votes, [
    { tokens: [1, 2], code: "ARLLEG" },
    { tokens: [6, 7], code: "ARLCVL" },
  ]);
  assert.ok(!got.some((e) => e.includes(" 051 ")), `votes are no backing: ${got.join("; ")}`);
});
