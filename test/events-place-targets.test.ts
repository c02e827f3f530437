// A place inside a noun phrase ("an accord in Lima") is where something is, not a party to it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { textDocument } from "../src/pipeline/document.js";
import { createPipeline } from "../src/pipeline/pipeline.js";

const pipeline = createPipeline({});

test("the city an agreement is signed in is not its target", async () => {
  const doc = (await pipeline).analyse(
    textDocument("t", "Chile and Peru signed a fishing accord in Lima on Monday.", "2026-11-20"),
  );
  const signed = doc.events.filter((e) => e.cameo.startsWith("05"));
  assert.ok(signed.length > 0, "the signing is coded");
  for (const e of signed) assert.notEqual(e.target?.text, "Lima");
  assert.deepEqual(signed.map((e) => `${e.source?.code}>${e.target?.code ?? "-"}`).sort(), [
    "CHL>PER",
    "PER>CHL",
  ]);
});
