// Subjects the cue detection used to lose: a verb after an appositive that could read as a plural
// noun, and a speaker cut off by a sentence split at a state's abbreviation. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "../src/quotes/test-helpers.js";

test("a verb that could be a plural noun is the verb after an appositive", () => {
  const q = byCue(
    analysed("Tom Reed, a farmer and former mayor, wants more money for roads in the county."),
    "wants",
  );
  assert.equal(q?.source, "Tom Reed, a farmer and former mayor");
  assert.equal(q?.content, "more money for roads in the county");
});

test("a speaker whose place ends in an abbreviation keeps the verb after it", () => {
  const list = analysed(
    'Roads came next. Maria Lopez, 29, of Dothan, Ala., says her biggest worry is the price of rent. "We cannot pay," she said.',
  );
  const q = byCue(list, "says");
  assert.match(q?.source ?? "", /^Maria Lopez/);
  assert.equal(q?.content, "her biggest worry is the price of rent");
});

test("a participle's inherited subject comes after fronted phrases", () => {
  const list = analysed(
    "Throughout the winter, farmers in the valley, fearing the floods would return, refused to sell their land.",
  );
  assert.equal(byCue(list, "fearing")?.source, "farmers");
  const ads = analysed(
    "This week, two farm groups rolled out new radio ads, criticizing the mayor as weak on roads.",
  );
  assert.equal(byCue(ads, "criticizing")?.source, "two farm groups");
});

test("a headline's label may be in sentence case, after a tag, or name the hearer after 'to'", () => {
  const camp = analysed("Ruiz camp: Lee’s plan threatens the harbor.\n\nThe mayor spoke on Monday.");
  assert.equal(byCue(camp, ":")?.source, "Ruiz camp");
  const to = analysed("Ruiz to farm lobby: Lee will raise the tax.\n\nThe mayor spoke on Monday.");
  assert.equal(byCue(to, ":")?.source, "Ruiz");
  assert.equal(byCue(to, ":")?.content, "Lee will raise the tax");
  const back = analysed("Harbor is back: the town reopens its docks.\n\nThe mayor spoke on Monday.");
  assert.equal(byCue(back, ":"), undefined);
});

test("verbs of harsh criticism report a stance", () => {
  const q = byCue(analysed("On Monday, the governor castigated the council for the delay."), "castigated");
  assert.equal(q?.source, "the governor");
  const s = byCue(analysed("Ruiz swipes at Lee over the ferry fees."), "swipes at");
  assert.equal(s?.source, "Ruiz");
  assert.equal(s?.content, "Lee over the ferry fees");
});

test("a stance's words end at a colon; the report after it stands", () => {
  const list = analysed(
    "Ruiz has often attacked the council because it pays off: He said he has raised $5,000 since Monday.",
  );
  assert.equal(byCue(list, "said")?.source, "He");
  assert.equal(byCue(list, "said")?.content, "he has raised $5,000 since Monday");
});
