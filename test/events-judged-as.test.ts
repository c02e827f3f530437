// Invented sentences run through the full pipeline: the body named inside what an act is judged "as"
// ("a breach of U.N. resolutions") is no target of the judgement.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

test("launches condemned as a breach of U.N. resolutions are not aimed at the U.N.", async () => {
  const codes = await codesOf(
    "Iran tested a rocket on Friday. Japanese Prime Minister Ken Mori condemned the tests as a breach of U.N. Security Council resolutions.",
  );
  assert.ok(
    codes.some((c) => /^JPNGOV 11\d/.test(c)),
    codes.join("; "),
  );
  assert.ok(!codes.some((c) => /^JPNGOV 11\d IGO/.test(c)), codes.join("; "));
});
