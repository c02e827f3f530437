import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "./test-helpers.js";

// Scraped pages from The Hill keep a link's tooltip in the text: the person's full name glued to other
// stories' headlines, up to "MORE". Its headlines report nothing here, and its words are no speaker.
// Sentences written for these tests.

test("a headline verb inside a link tooltip is no cue", () => {
  const list = analysed(
    "Senator Ann Ruiz Ann Maria RuizRuiz says harbour bill will pass Budget talks stall MORE (D-Ore.) voted against the levy on Tuesday.",
  );
  assert.equal(byCue(list, "says"), undefined, "the tooltip's headline reports no act of the story");
  assert.equal(
    byCue(list, "voted against")?.source,
    "Senator Ann Ruiz",
    "the story's own act keeps its subject",
  );
});

test("the speaker before a link tooltip is the speaker, not words inside it", () => {
  assert.equal(
    byCue(
      analysed(
        "Rep. Tom Bell Thomas Edward BellHighlights from the harbour hearing MORE said the levy was a tax.",
      ),
      "said",
    )?.source,
    "Rep. Tom Bell",
    "the glued full name is not who spoke",
  );
  assert.equal(
    byCue(
      analysed(
        "Sen. Ann Ruiz Ann Maria RuizSenate passes harbour bill Mayor warns of ferry cuts MORE (D-Ore.) said the levy was unfair.",
      ),
      "said",
    )?.source,
    "Sen. Ann Ruiz",
    "a headline ending in MORE is not who spoke",
  );
  assert.equal(
    byCue(
      analysed(
        "Senate Leader Tom McBride Thomas (Tom) Hugh McBrideSenate passes harbour bill Ferry fares rise MORE (R-Ky.) said the levy would pass.",
      ),
      "said",
    )?.source,
    "Senate Leader Tom McBride",
    "a surname with an inner capital starts the tooltip at the glued word",
  );
});
