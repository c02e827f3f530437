// Trains the NER: greedy BILOU decoding with the previous decisions as features (the trainer follows
// its own predictions, as the decoder will), averaged perceptron.
import type { Lex } from "../features.js";
import { hashString } from "../hash.js";
import { bestAllowed, MAX_NER_FEATURES, NER_CLASSES, nerFeatures, skipsAsO } from "../ner.js";
import type { FrozenPerceptron } from "../perceptron.js";
import { TrainablePerceptron } from "../perceptron.js";
import { makeRng, shuffle } from "./rng.js";

export interface NerExample {
  lx: Lex;
  upos: string[];
  gaz: Int32Array;
  gold: Int32Array;
}

export function trainNer(
  data: NerExample[],
  alwaysO: Set<string>,
  epochs: number,
  seed: number,
  log: (s: string) => void,
): FrozenPerceptron {
  const C = NER_CLASSES.length;
  const model = new TrainablePerceptron(C);
  const rng = makeRng(seed);
  const feats = new Int32Array(MAX_NER_FEATURES);
  const scores = new Float32Array(C);
  const prepared = data.map((d) => ({ ...d, pos: Int32Array.from(d.upos, (u) => hashString(u) | 0) }));
  for (let epoch = 0; epoch < epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const ex of shuffle(prepared, rng)) {
      const n = ex.gold.length;
      const pred = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const p1 = i > 0 ? pred[i - 1] : -1;
        if (ex.gaz[i] === 0 && skipsAsO(ex.lx, i, p1, alwaysO)) {
          pred[i] = 0;
          continue;
        }
        const nf = nerFeatures(ex.lx, ex.pos, ex.gaz, i, p1, i > 1 ? pred[i - 2] : -1, feats);
        scores.fill(0);
        model.score(feats, nf, scores);
        let best = 0;
        for (let c = 1; c < C; c++) if (scores[c] > scores[best]) best = c;
        model.update(feats, nf, ex.gold[i], best);
        model.tick();
        pred[i] = bestAllowed(scores, C, p1, i === n - 1);
        if (best === ex.gold[i]) correct++;
        total++;
      }
    }
    log(
      `ner epoch ${epoch + 1}: train acc ${((100 * correct) / total).toFixed(2)}, features ${model.features}`,
    );
  }
  return model.freeze(0.05);
}
