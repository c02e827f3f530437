// The AQUAINT dev/test split of the time evaluation must never move: rules were tuned on the dev half
// only, so a document changing halves would turn tuned-on text into "held-out" text.
import assert from "node:assert/strict";
import { test } from "node:test";
import { aquaintHalf } from "../eval/time.js";

test("AQUAINT documents keep their half of the split", () => {
  assert.equal(aquaintHalf("APW19980807.0261"), "dev");
  assert.equal(aquaintHalf("XIE19990313.0229"), "dev");
  assert.equal(aquaintHalf("APW19980810.0907"), "test");
  assert.equal(aquaintHalf("APW19980811.0474"), "test");
});
