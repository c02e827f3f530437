// What witnesses say they saw is relayed, as the press relays it: no accusation by the witnesses. A
// rival who says the same still accuses.
import assert from "node:assert/strict";
import { test } from "node:test";
import { textDocument } from "../src/pipeline/document.js";
import { createPipeline } from "../src/pipeline/pipeline.js";

const pipeline = createPipeline({});

async function codesOf(text: string): Promise<string[]> {
  const doc = (await pipeline).analyse(textDocument("t", text, "2025-03-12"));
  return doc.events.map((e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`);
}

test("witnesses who saw police fire on a crowd accuse no one", async () => {
  const codes = await codesOf(
    "Peruvian police fired tear gas at hundreds of miners in Lima on Wednesday, witnesses said.",
  );
  assert.ok(
    codes.some((c) => /^PERCOP 17/.test(c)),
    codes.join("; "),
  );
  assert.ok(!codes.some((c) => / 112 /.test(c)), codes.join("; "));
});
