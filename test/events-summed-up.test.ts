// Invented sentences run through the full pipeline: a judgement of "a move" that sums up the clause
// before it is aimed at whoever made that move.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

test("a move condemned is the mover's", async () => {
  const codes = await codesOf(
    "Russia expelled two British diplomats, a move that London condemned as unjustified.",
  );
  assert.ok(codes.includes("GBRGOV 111 RUS"), codes.join("; "));
});
