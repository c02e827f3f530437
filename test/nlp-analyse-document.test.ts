// analyseWith hands the whole text's entity spans to the document-level pass and places what it
// returns, sentence by sentence, at the right character offsets.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyseWith, type EntitySpan, type NlpModels } from "../src/nlp/analyse.js";
import { emptyLex } from "../src/nlp/features.js";

const models: NlpModels = {
  tag: (words) => ({
    upos: words.map(() => "PROPN"),
    xpos: words.map(() => "NNP"),
    lemma: words,
    lx: emptyLex(words.length),
  }),
  // the sentence-level model sees only the first sentence's company
  ner: (words) => (words[1] === "Freight" ? [{ label: "ORG", start: 0, end: 3 }] : []),
};

test("without a document pass, entities are the sentence model's", () => {
  const text = "Halvard Freight Corp cut fares. Halvard said more cuts would follow.";
  const a = analyseWith(models, text);
  assert.deepEqual(
    a.entities.map((e) => [e.text, e.label, e.sentence]),
    [["Halvard Freight Corp", "ORG", 0]],
  );
});

test("the document pass sees every sentence in order and its spans become the entities", () => {
  const text = "Halvard Freight Corp cut fares. Halvard said more cuts would follow.";
  const seen: string[][] = [];
  const harmonise = (doc: { words: string[]; spans: EntitySpan[] }[]): EntitySpan[][] => {
    for (const s of doc) seen.push(s.words);
    return doc.map((s, i) => (i === 1 ? [{ label: "ORG", start: 0, end: 1 }] : s.spans));
  };
  const a = analyseWith({ ...models, harmonise }, text);
  assert.equal(seen.length, 2);
  assert.equal(seen[1][0], "Halvard");
  assert.deepEqual(
    a.entities.map((e) => [e.text, e.label, e.sentence, text.slice(e.start, e.end)]),
    [
      ["Halvard Freight Corp", "ORG", 0, "Halvard Freight Corp"],
      ["Halvard", "ORG", 1, "Halvard"],
    ],
  );
});
