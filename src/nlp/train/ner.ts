// Trains the NER: greedy BILOU decoding with the previous decisions as features (the trainer follows
// its own predictions, as the decoder will), averaged perceptron.
import type { ConlluSentence, IobSentence } from "../conllu.js";
import { type Clusters, type Lex, lexicalise } from "../features.js";
import type { NlpPipeline } from "../models.js";
import {
  bestAllowed,
  fromIob2,
  type Gazetteer,
  learnAlwaysO,
  MAX_NER_FEATURES,
  NER_CLASSES,
  Ner,
  type NerInput,
  type NerLexicon,
  nerFeatures,
  nerInput,
  parseNerLexicon,
  posIds,
  skipsAsO,
} from "../ner.js";
import { averageModels, type FrozenPerceptron, TrainablePerceptron } from "../perceptron.js";
import { countCompanyNames, heldOutIds, selectCompanyNames, wireTexts } from "./ner-companies.js";
import { countCasing, countNewsEntities, nerLexiconLines, newsTexts } from "./ner-lexicon.js";
import { makeRng, shuffle } from "./rng.js";
import { jackknifeTags } from "./tagger.js";

export interface NerExample {
  lx: Lex;
  input: NerInput;
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
  const order = [...data];
  for (let epoch = 0; epoch < epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const ex of shuffle(order, rng)) {
      const n = ex.gold.length;
      const pred = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const p1 = i > 0 ? pred[i - 1] : -1;
        if (ex.input.gaz[i] === 0 && skipsAsO(ex.lx, i, p1, alwaysO)) {
          pred[i] = 0;
          continue;
        }
        const nf = nerFeatures(ex.lx, ex.input, i, p1, i > 1 ? pred[i - 2] : -1, feats);
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

export interface NerBuildOptions {
  /** UNER training sentences. */
  sentences: IobSentence[];
  /** EWT training sentences, index-aligned with `sentences` (the same text, tokens mostly equal). */
  ewt: ConlluSentence[];
  clusters: Clusters | null;
  /** The final tagger, for the news and when not jack-knifing. */
  pipe: NlpPipeline;
  gazetteer: Gazetteer;
  newsDir: string;
  epochs: number;
  skipMin: number;
  /** Folds of jack-knifed POS tags for the training sentences (0 or 1: the final tagger's tags). */
  jackknife: number;
  taggerEpochs: number;
  /** News articles the first model tags for the self-training codes (0: none). */
  newsArticles: number;
  /** Final models trained with seeds seed, seed+1, ... and averaged. */
  seeds: number;
  seed: number;
  log: (s: string) => void;
}

/**
 * The whole NER recipe: casing codes from all the news, a first model with them, that model run over
 * `newsArticles` news articles for the self-training codes, and the final model with everything.
 */
export function buildNer(o: NerBuildOptions): {
  model: FrozenPerceptron;
  alwaysO: string[];
  lexiconLines: string[];
  companies: string[];
} {
  const { sentences, pipe, log } = o;
  let upos: string[][];
  if (o.jackknife > 1) {
    // POS features are learned from tags as wrong as the tagger's at run time, not from its own training data
    const jack = jackknifeTags(o.ewt, o.clusters, o.jackknife, o.taggerEpochs, o.seed, log);
    let fallback = 0;
    upos = sentences.map((s, i) => {
      const j = jack[i];
      if (j && j.length === s.tokens.length) return j.map((t) => t.slice(0, t.indexOf("|")));
      fallback++;
      return pipe.tag(s.tokens, pipe.lex(s.tokens)).upos;
    });
    log(`ner: jack-knifed tags for ${sentences.length - fallback} sentences, final tagger's for ${fallback}`);
  } else {
    upos = sentences.map((s) =>
      pipe.tagger ? pipe.tag(s.tokens, pipe.lex(s.tokens)).upos : s.tokens.map(() => "X"),
    );
  }
  const lxs = sentences.map((s) => lexicalise(s.tokens, o.clusters));
  const gold = sentences.map((s) => fromIob2(s.tags));
  const alwaysO =
    o.skipMin > 0
      ? learnAlwaysO(
          lxs.map((lx, i) => ({ words: lx.words, gold: gold[i] })),
          o.skipMin,
        )
      : [];
  const skip = new Set(alwaysO);
  const examples = (lexicon: NerLexicon): NerExample[] =>
    sentences.map((s, i) => ({
      lx: lxs[i],
      input: nerInput(s.tokens, lxs[i], posIds(upos[i]), o.gazetteer, lexicon),
      gold: gold[i],
    }));
  const casing = countCasing(newsTexts(o.newsDir));
  log(`ner: casing of ${casing.size} words counted in the news`);
  let lines = nerLexiconLines(casing, null);
  if (o.newsArticles > 0) {
    const first = trainNer(examples(parseNerLexicon(lines.join("\n"))), skip, o.epochs, o.seed, log);
    const ner = new Ner(
      first,
      { classes: NER_CLASSES, alwaysO },
      o.gazetteer,
      parseNerLexicon(lines.join("\n")),
    );
    // the self-training codes are what the model alone makes of the news, as when they were chosen
    ner.rules = false;
    const found = countNewsEntities(newsTexts(o.newsDir, o.newsArticles), (words) => {
      const lx = pipe.lex(words);
      return { norm: lx.words, cls: ner.classes(words, lx, pipe.tag(words, lx).upos) };
    });
    log(`ner: first model tagged ${found.tokens} news tokens`);
    lines = nerLexiconLines(casing, found);
  }
  const final = examples(parseNerLexicon(lines.join("\n")));
  const models: FrozenPerceptron[] = [];
  for (let k = 0; k < Math.max(1, o.seeds); k++)
    models.push(trainNer(final, skip, o.epochs, o.seed + k, log));
  const companies = selectCompanyNames(
    countCompanyNames(wireTexts(o.newsDir, heldOutIds())),
    parseNerLexicon(lines.join("\n")),
    o.gazetteer,
  );
  log(`ner: ${companies.length} company names mined from the wire stories`);
  return {
    model: models.length > 1 ? averageModels(models) : models[0],
    alwaysO,
    lexiconLines: lines,
    companies,
  };
}
