// Invented sentences run through the full pipeline: a judgement of "a move" that sums up the clause
// before it is aimed at whoever made that move.
import assert from "node:assert/strict";
import { test } from "node:test";
import { textDocument } from "../src/pipeline/document.js";
import { createPipeline } from "../src/pipeline/pipeline.js";

const pipeline = createPipeline({});

async function codesOf(text: string): Promise<string[]> {
  const doc = (await pipeline).analyse(textDocument("t", text, "2025-06-03"));
  return doc.events.map((e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`);
}

test("a move condemned is the mover's", async () => {
  const codes = await codesOf(
    "Russia expelled two British diplomats, a move that London condemned as unjustified.",
  );
  assert.ok(codes.includes("GBRGOV 111 RUS"), codes.join("; "));
});
