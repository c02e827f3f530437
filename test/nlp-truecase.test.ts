// Title Case headlines are lower-cased where news writes the words in lower case, before the models
// read them (src/nlp/truecase.ts); the tokens keep their text.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { DEFAULT_MODEL_DIR } from "../src/nlp/models.js";
import { analyseText } from "../src/nlp/stage.js";
import { caseLists, isTitleCase, truecase } from "../src/nlp/truecase.js";

test("a headline in Title Case is told from a sentence", () => {
  assert.ok(isTitleCase("Farmers Block Roads Over Grain Prices in Lyon".split(" ")));
  assert.ok(!isTitleCase("Farmers blocked roads over grain prices in Lyon .".split(" ")));
  assert.ok(!isTitleCase("Ruiz Wins".split(" ")), "too short to tell");
});

test("only a Title Case sentence is lowered, and only the words news writes in lower case", () => {
  const lower = {
    lowerCase: new Set(["farmers", "block", "roads", "over", "grain", "prices", "new"]),
    names: new Set(["new york"]),
  };
  assert.deepEqual(truecase("Farmers Block Roads Over Grain Prices in Lyon".split(" "), lower), [
    "farmers",
    "block",
    "roads",
    "over",
    "grain",
    "prices",
    "in",
    "Lyon",
  ]);
  assert.deepEqual(truecase("NATO Farmers Block Roads Over Prices".split(" "), lower)[0], "NATO");
  assert.deepEqual(truecase("New York Farmers Block New Roads".split(" "), lower), [
    "New",
    "York",
    "farmers",
    "block",
    "new",
    "roads",
  ]);
  const sentence = "Farmers blocked roads in Lyon .".split(" ");
  assert.equal(truecase(sentence, lower), sentence);
});

test("the lower-case words are those the NER lexicon finds capitalised under half the time", () => {
  const words = new Map([
    ["roads", { casing: 2, news: 1 }],
    ["prices", { casing: 4, news: 1 }],
    ["lyon", { casing: 8, news: 17 }],
    ["nato", { casing: 18, news: 12 }],
    ["fires", { casing: 12, news: 1 }],
    ["rare", { casing: 0, news: 0 }],
  ]);
  const lists = caseLists(
    {
      words,
      spans: new Map([
        ["new york", "LOC"],
        ["lyon", "LOC"],
      ]),
    },
    new Map([["wall street journal", "ORG"]]),
  );
  assert.deepEqual([...lists.lowerCase].sort(), ["fires", "prices", "roads"]);
  assert.deepEqual([...lists.names].sort(), ["new york", "wall street journal"]);
});

const noModels =
  !existsSync(join(DEFAULT_MODEL_DIR, "ner.lexicon.tsv.gz")) ||
  !existsSync(join(DEFAULT_MODEL_DIR, "tagger.bin.gz"));

test("the committed models read a Title Case headline as a clause", { skip: noModels }, () => {
  const toks = analyseText("Coastguard Rescues Nine Sailors Off Galway").sentences[0].tokens;
  const by = (w: string) => toks.find((t) => t.text === w)!;
  assert.equal(by("Rescues").upos, "VERB");
  assert.equal(by("Rescues").text, "Rescues", "the token keeps its text");
  assert.equal(by("Sailors").upos, "NOUN");
  assert.equal(by("Galway").upos, "PROPN");
});
