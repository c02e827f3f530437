// Weapons groups ("missiles", "drones", "warplanes") stand for their forces only as the doer of their
// clause, or as its target when the phrase names their owner. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analysedCodeAt, analysedDoc } from "./test-analysed.js";

const has = (body: string, word: string) => {
  const d = analysedDoc(body, "2022-03-05");
  const at = body.indexOf(word);
  return d.mentions.some((m) => m.start <= at && m.end > at && m.actorId);
};

test("weapons that act stand for their forces", () => {
  const t = "Russian warplanes struck a market in the town of Velna on Tuesday.";
  assert.equal(
    analysedCodeAt(t, "warplanes", "2022-03-05"),
    "RUSMIL",
    "warplanes that strike are the military",
  );
});

test("weapons that are fired, shipped or carried are things, not actors", () => {
  const t1 = "Ukrainian officials said the rebels fired missiles at the airport overnight.";
  assert.equal(has(t1, "missiles"), false, "missiles fired by someone are no actor");
  const t2 = "Israeli jets hit a convoy carrying drones to the militia, officials in Jerusalem said.";
  assert.equal(has(t2, "drones"), false, "drones in a convoy are no actor");
  assert.equal(analysedCodeAt(t2, "jets", "2022-03-05"), "ISRMIL", "the jets that hit are the military");
});

test("a weapon whose owner is named is still the target of what is done to it", () => {
  const t = "Iranian forces shot down two Turkish drones near the border on Monday.";
  assert.equal(
    analysedCodeAt(t, "drone", "2022-03-05"),
    "TURMIL",
    "downed Turkish drones are the Turkish military",
  );
});
