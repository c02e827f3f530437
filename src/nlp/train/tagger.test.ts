import assert from "node:assert/strict";
import { test } from "node:test";
import type { ConlluSentence } from "../conllu.js";
import { lexicalise } from "../features.js";
import { type TagLexicon, tagClasses } from "../tagger.js";
import { trainTagger } from "./tagger.js";

/** An invented sentence from "word/UPOS/XPOS" items. */
function sentence(text: string): ConlluSentence {
  return {
    comments: [],
    ranges: new Map(),
    words: text.split(" ").map((item, i) => {
      const [form, upos, xpos] = item.split("/");
      return {
        id: i + 1,
        form,
        lemma: "_",
        upos,
        xpos,
        feats: "_",
        head: 0,
        deprel: "_",
        deps: "_",
        misc: "_",
      };
    }),
  };
}

const train = [
  sentence("The/DET/DT ferry/NOUN/NN left/VERB/VBD early/ADV/RB ./PUNCT/."),
  sentence("A/DET/DT storm/NOUN/NN delayed/VERB/VBD the/DET/DT ferry/NOUN/NN ./PUNCT/."),
  sentence("The/DET/DT crew/NOUN/NN waited/VERB/VBD ./PUNCT/."),
  sentence("Storms/NOUN/NNS delayed/VERB/VBD a/DET/DT crew/NOUN/NN ./PUNCT/."),
];

function tagsOf(r: ReturnType<typeof trainTagger>, words: string[]): string[] {
  const lexicon: TagLexicon = { amb: new Map(r.lexicon.amb), fixed: new Map(r.lexicon.fixed) };
  const cls = tagClasses(r.model, lexicalise(words, null), words.length, lexicon);
  return Array.from(cls, (c) => r.tags[c]);
}

test("the tagger of several seeds is the mean of their models, and tags what it was trained on", () => {
  const one = trainTagger(train, null, 5, 1, () => {}, 1);
  const other = trainTagger(train, null, 5, 2, () => {}, 1);
  const mean = trainTagger(train, null, 5, 1, () => {}, 2);
  // the mean has a weight for a feature either model has (none is small enough to be pruned here)
  const keys = new Set(mean.model.keys);
  for (const k of [...one.model.keys, ...other.model.keys]) assert.ok(keys.has(k));
  assert.ok(mean.model.keys.length > one.model.keys.length);
  assert.deepEqual(tagsOf(mean, ["The", "crew", "waited", "."]), [
    "DET|DT",
    "NOUN|NN",
    "VERB|VBD",
    "PUNCT|.",
  ]);
});
