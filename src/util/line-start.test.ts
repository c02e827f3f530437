import assert from "node:assert/strict";
import { test } from "node:test";
import { lineStartWithin } from "./line-start.js";

test("the start of the line within reach, else the reach's limit", () => {
  const text = "first line\nsecond line";
  const at = text.indexOf("line", 12);
  assert.equal(lineStartWithin(text, at, 40), 11, "the line break is within reach");
  assert.equal(lineStartWithin(text, at, 3), at - 3, "the line began before the reach");
  assert.equal(lineStartWithin(text, 4, 40), 0, "the first line starts at 0");
  assert.equal(lineStartWithin(text, 11, 40), 11, "a position right after a break opens its line");
  assert.equal(lineStartWithin("x".repeat(1_000_000), 999_999, 24), 999_975, "a long text is not scanned");
});
