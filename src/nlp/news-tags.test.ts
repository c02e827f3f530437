// Run-time repairs of news tagging the web-text tagger gets wrong (tagger.ts, truecase.ts); sentences
// invented for the tests.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { DEFAULT_MODEL_DIR } from "./models.js";
import { analyseText } from "./stage.js";

const noModels =
  !existsSync(join(DEFAULT_MODEL_DIR, "tagger.bin.gz")) ||
  !existsSync(join(DEFAULT_MODEL_DIR, "ner.lexicon.tsv.gz"));

function xpos(text: string): Map<string, string> {
  return new Map(analyseText(text).sentences[0].tokens.map((t) => [t.text, t.xpos ?? ""]));
}

test("a participle after a plural noun leaves the present verb after it finite", { skip: noModels }, () => {
  for (const [text, participle, verb] of [
    ["Most students polled support the plan.", "polled", "support"],
    ["Most farmers surveyed expect a poor harvest.", "surveyed", "expect"],
    ["The opinions expressed are the author's own.", "expressed", "are"],
  ]) {
    const tags = xpos(text);
    assert.equal(tags.get(participle), "VBN", text);
    assert.equal(tags.get(verb), "VBP", text);
  }
});

test("a relative clause's own past verb stays the past tense", { skip: noModels }, () => {
  for (const [text, verb] of [
    ["The bridge that engineers said would collapse is still standing.", "said"],
    ["The road the soldiers cleared is open again.", "cleared"],
    ["Crews resumed work on the line on Monday.", "resumed"],
  ])
    assert.equal(xpos(text).get(verb), "VBD", text);
});
