// Run-time repairs of news tagging the web-text tagger gets wrong (tagger.ts, truecase.ts); sentences
// invented for the tests.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { DEFAULT_MODEL_DIR } from "./models.js";
import { analyseText } from "./stage.js";
import { isAllCaps, truecase } from "./truecase.js";

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

test("a singular noun after a plural subject, in a sentence without a verb, is its present verb", {
  skip: noModels,
}, () => {
  for (const [text, verb] of [
    ["Most voters in the county support the new levy.", "support"],
    ["Accounts of the meeting vary.", "vary"],
  ])
    assert.match(xpos(text).get(verb) ?? "", /^VB[DP]$/, text);
  // a noun between nouns, before "of"/"who", or before a name stays a noun
  for (const [text, noun] of [
    ["Harbour crews at the north pier protest hearing of the council.", "hearing"],
    ["The ferry captains union leader Anna Berg at the pier.", "leader"],
  ])
    assert.match(xpos(text).get(noun) ?? "", /^NN/, text);
});

test("a relative clause's own past verb stays the past tense", { skip: noModels }, () => {
  for (const [text, verb] of [
    ["The bridge that engineers said would collapse is still standing.", "said"],
    ["The road the soldiers cleared is open again.", "cleared"],
    ["Crews resumed work on the line on Monday.", "resumed"],
  ])
    assert.equal(xpos(text).get(verb), "VBD", text);
});

test("a headline's bare noun after a plural subject is its present verb", { skip: noModels }, () => {
  for (const [text, verb] of [
    ["Rebels shell capital", "shell"],
    ["Some growers curb exports", "curb"],
  ])
    assert.equal(xpos(text).get(verb), "VBP", text);
});

test("a headline's participle stays a passive unless an object follows", { skip: noModels }, () => {
  assert.equal(xpos("Ship seized off the coast of Oman").get("seized"), "VBN");
  assert.equal(xpos("Mayor's aide used private accounts for city business").get("used"), "VBD");
});

test("a shouted headline is read in the casing news gives its words", () => {
  const lists = {
    lowerCase: new Set(["troops", "kill", "in", "raid", "us", "new"]),
    names: new Set(["new york"]),
    shouted: new Set(["us", "nato"]),
    titled: new Set(["reagan"]),
  };
  assert.deepEqual(truecase("US TROOPS KILL 12 IN RAID".split(" "), lists), [
    "US",
    "troops",
    "kill",
    "12",
    "in",
    "raid",
  ]);
  assert.deepEqual(truecase("REAGAN MEETS NATO IN NEW YORK".split(" "), lists), [
    "Reagan",
    "MEETS",
    "NATO",
    "in",
    "New",
    "York",
  ]);
  assert.ok(isAllCaps("US TROOPS KILL 12 IN RAID".split(" ")));
  assert.ok(!isAllCaps("US troops kill 12 in raid".split(" ")));
  // without the lists for shouted words, such a line is left as it is
  const plain = "US TROOPS KILL 12 IN RAID".split(" ");
  assert.deepEqual(truecase(plain, { lowerCase: lists.lowerCase, names: lists.names }), plain);
});

test("the committed models keep 'US' a name in a shouted headline", { skip: noModels }, () => {
  const toks = analyseText("US TROOPS KILL 12 IN RAID").sentences[0].tokens;
  assert.equal(toks[0].xpos, "NNP");
  assert.equal(toks[1].xpos, "NNS");
  assert.equal(toks[2].upos, "VERB");
  assert.equal(toks[0].text, "US", "the tokens keep their text");
});

test("a noun or adjective right after a modal is the bare verb it must be", { skip: noModels }, () => {
  for (const [text, word] of [
    ["The rebels will free the hostages on Monday.", "free"],
    ["The new tariffs could damage the economy.", "damage"],
    ["She said she would double the subsidy next year.", "double"],
    ["The minister would chair the committee.", "chair"],
  ]) {
    assert.equal(xpos(text).get(word), "VB", text);
  }
  // an adverb the tagger misreads stays off the verb, and so does a subject after an inverted modal
  for (const [text, word, not] of [
    ["The talks will more than likely fail.", "more", "VB"],
    ["Can divided parties govern together?", "divided", "VB"],
  ]) {
    assert.notEqual(xpos(text).get(word), not, text);
  }
});
