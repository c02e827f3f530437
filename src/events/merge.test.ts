import assert from "node:assert/strict";
import { test } from "node:test";
import { mergeEvents, type StoredEvent } from "./merge.js";

const ev = (
  id: string,
  articleId: number,
  storyKey: string | null,
  date: string | null,
  root = "04",
): StoredEvent => ({
  id,
  articleId,
  storyKey,
  date,
  source: "CHN",
  target: "RUS",
  root,
  cameo: `${root}1`,
});

test("the same dyad and root within a day from several stories is one event", () => {
  const m = mergeEvents([
    ev("a", 1, "s1", "2022-02-25"),
    ev("b", 2, "s2", "2022-02-26T10:00:00"),
    ev("c", 3, null, "2022-02-25"),
  ]);
  assert.equal(m.length, 1);
  assert.deepEqual(m[0].events, ["a", "b", "c"]);
  assert.equal(m[0].sourceCount, 3);
  assert.equal(m[0].date, "2022-02-25");
  assert.equal(m[0].lastDate, "2022-02-26");
});

test("copies of one wire story count once", () => {
  const m = mergeEvents([
    ev("a", 1, "wire", "2022-02-25"),
    ev("b", 2, "wire", "2022-02-25"),
    ev("c", 3, "other", "2022-02-25"),
  ]);
  assert.equal(m.length, 1);
  assert.equal(m[0].sources.length, 3);
  assert.equal(m[0].sourceCount, 2);
});

test("different roots, dyads or dates more than a day apart stay apart", () => {
  const m = mergeEvents([
    ev("a", 1, null, "2022-02-25"),
    ev("b", 2, null, "2022-02-28"),
    ev("c", 3, null, "2022-02-25", "19"),
    { ...ev("d", 4, null, "2022-02-25"), target: "UKR" },
    ev("e", 5, null, null),
  ]);
  assert.equal(m.length, 5);
  assert.ok(m.every((x) => x.sourceCount === 1));
});

test("unknown actors are keyed by their text, not merged with every other unknown", () => {
  const m = mergeEvents([
    { ...ev("a", 1, null, "2022-02-25"), source: "---", sourceText: "Rebels" },
    { ...ev("b", 2, null, "2022-02-25"), source: "---", sourceText: "rebels" },
    { ...ev("c", 3, null, "2022-02-25"), source: "---", sourceText: "Students" },
  ]);
  assert.equal(m.length, 2);
});
