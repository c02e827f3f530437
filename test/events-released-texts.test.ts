// Invented sentences run through the full pipeline: releasing a poll or a report sets no one free,
// whichever reading of the sentence found the verb.
import assert from "node:assert/strict";
import { test } from "node:test";
import { textDocument } from "../src/pipeline/document.js";
import { createPipeline } from "../src/pipeline/pipeline.js";

const pipeline = createPipeline({});

async function codesOf(text: string): Promise<string[]> {
  const doc = (await pipeline).analyse(textDocument("t", text, "2025-06-03"));
  return doc.events.map((e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`);
}

test("a poll or report released on a day is no release (084x)", async () => {
  const codes = await codesOf(
    "Harris has widened her lead over Mills, according to a Reuters/Ipsos opinion poll released on Tuesday.",
  );
  assert.ok(!codes.some((c) => / 084\d? /.test(c)), codes.join("; "));
});

test("prisoners released by a government are still released", async () => {
  const codes = await codesOf("Iran released two British prisoners on Tuesday.");
  assert.ok(
    codes.some((c) => / 084\d? /.test(c)),
    codes.join("; "),
  );
});
