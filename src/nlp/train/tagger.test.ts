import assert from "node:assert/strict";
import { test } from "node:test";
import type { ConlluSentence } from "../conllu.js";
import { lexicalise } from "../features.js";
import type { FrozenPerceptron } from "../perceptron.js";
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

/** Per (feature key, class), the weight a shipped model holds. */
function weights(m: FrozenPerceptron): Map<string, number> {
  const out = new Map<string, number>();
  let j = 0;
  for (let e = 0; e < m.keys.length; e++)
    for (const end = j + m.counts[e]; j < end; j++)
      out.set(`${m.keys[e]}/${m.classes[j]}`, m.values[j] * m.unit);
  return out;
}

test("the tagger of several seeds is the mean of their models, and tags what it was trained on", () => {
  const one = weights(trainTagger(train, null, 5, 1, () => {}, 1).model);
  const other = weights(trainTagger(train, null, 5, 2, () => {}, 1).model);
  const r = trainTagger(train, null, 5, 1, () => {}, 2);
  const mean = weights(r.model);
  // the shuffles differ, so the two models do, and the mean is neither
  assert.notDeepEqual(one, other);
  assert.ok(mean.size > 0);
  for (const [k, w] of mean) {
    const expected = ((one.get(k) ?? 0) + (other.get(k) ?? 0)) / 2;
    // both models and their mean are quantised to 16 bits against their largest weight
    assert.ok(Math.abs(w - expected) < 0.01 * Math.max(1, Math.abs(expected)), `${k}: ${w} vs ${expected}`);
  }
  assert.deepEqual(tagsOf(r, ["The", "crew", "waited", "."]), ["DET|DT", "NOUN|NN", "VERB|VBD", "PUNCT|."]);
});
