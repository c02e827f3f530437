import assert from "node:assert/strict";
import { test } from "node:test";
import { insideSpan, linkTooltips } from "./link-tooltips.js";

// Sentences written for these tests.

test("a tooltip spans the glued full name to MORE, even when the surname has an inner capital", () => {
  const body = "Leader Tom McBride Thomas Hugh McBrideSenate passes harbour bill MORE said on Monday.";
  const tips = linkTooltips(body);
  assert.equal(tips.length, 1, "one tooltip");
  assert.equal(
    body.slice(tips[0][0], tips[0][1]),
    "Thomas Hugh McBrideSenate passes harbour bill MORE",
    "from the full name to MORE",
  );
  assert.equal(insideSpan(tips, body.indexOf("passes")), true, "a headline word is inside");
  assert.equal(insideSpan(tips, body.indexOf("Tom")), false, "the story's mention is outside");
  assert.equal(insideSpan(tips, body.indexOf("said")), false, "the words after MORE are outside");
});
