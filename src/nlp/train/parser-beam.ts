// Global training of the beam parser (parser-beam.ts): a structured perceptron over whole move sequences
// with max-violation updates (Huang, Fayong & Guo 2012). For each sentence the beam and a gold path run
// side by side; after every step the violation is the best hypothesis's score minus the best correct
// one's (the gold path, or a hypothesis in the beam that can still reach the gold tree, whichever scores
// higher: arc-hybrid has several move orders per tree, so "correct" means zero cost under the dynamic
// oracle, not one fixed sequence). When the finished best parse is wrong, the weights move towards the
// correct prefix and away from the best one at the step where the violation was largest.
// Relations come from an already trained (frozen) labeller, as at run time.
import {
  ArcLabeller,
  LEFT,
  MAX_PARSE_FEATURES,
  onlyMove,
  ParseFeatures,
  ParseState,
  parseFeatures,
  RIGHT,
  SHIFT,
} from "../parser.js";
import { BeamSearch } from "../parser-beam.js";
import { type FrozenPerceptron, type Scorer, TrainablePerceptron } from "../perceptron.js";
import type { ParseExample } from "./parser.js";
import { moveCost } from "./parser.js";
import { makeRng, shuffle } from "./rng.js";

/** Whether following zero-cost moves rebuilds the gold tree (false for non-projective trees). */
export function projective(gold: Int32Array): boolean {
  const st = new ParseState(gold.length);
  while (!st.done) {
    let move = -1;
    for (const m of [LEFT, RIGHT, SHIFT])
      if (move < 0 && st.valid(m) && moveCost(st, gold, m) === 0) move = m;
    if (move < 0) return false;
    st.apply(move);
  }
  return true;
}

export interface BeamTrainOptions {
  width: number;
  epochs: number;
  seed: number;
  /** Id of the "root" relation (-1: none), as the parser is given at run time. */
  rootLabel: number;
  /** Weights to start from (e.g. the greedy model's); default zero. */
  init?: FrozenPerceptron;
  log: (s: string) => void;
  /** Called after each epoch with the averaged model so far. */
  onEpoch?: (epoch: number, model: FrozenPerceptron) => void;
}

/** A path's moves and the relations its arcs took, up to some step. */
interface Prefix {
  moves: Int32Array;
  labels: Int32Array;
  steps: number;
}

/** Adds `sign` x the features of each scored move of `path` from step `from` on. */
function addPath(
  model: TrainablePerceptron,
  pf: ParseFeatures,
  n: number,
  path: Prefix,
  from: number,
  sign: number,
  feats: Int32Array,
): void {
  const st = new ParseState(n);
  for (let t = 0; t < path.steps; t++) {
    const move = path.moves[t];
    if (t >= from && onlyMove(st) < 0) model.add(feats, parseFeatures(st, pf, feats), move, sign);
    if (move !== SHIFT) {
      const dep = st.s(0);
      st.label[dep] = path.labels[dep];
    }
    st.apply(move);
  }
}

/** Trains the action model of the beam parser; returns its averaged weights. */
export function trainBeamParser(
  data: ParseExample[],
  labeller: Scorer,
  opts: BeamTrainOptions,
): FrozenPerceptron {
  const model = opts.init ? TrainablePerceptron.from(opts.init) : new TrainablePerceptron(3);
  const rng = makeRng(opts.seed);
  const usable = data.filter((ex) => projective(ex.gold));
  opts.log(`beam training: ${usable.length} of ${data.length} sentences projective, width ${opts.width}`);
  const feats = new Int32Array(MAX_PARSE_FEATURES);
  const moveScores = new Float32Array(3);
  const W = opts.width;
  let cost = new Int32Array(W);
  let nextCost = new Int32Array(W);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    let right = 0;
    let updates = 0;
    for (const ex of shuffle(usable, rng)) {
      const n = ex.tags.length;
      const pf = new ParseFeatures(ex.lx, ex.tags);
      const arcs = new ArcLabeller(labeller, pf, { rootLabel: opts.rootLabel });
      const search = new BeamSearch(n, W, pf);
      const gold = new ParseState(n);
      const goldMoves = new Int32Array(2 * n);
      let goldScore = 0;
      cost[0] = 0;
      let maxViolation = -1;
      let pred: Prefix | null = null;
      let good: Prefix | null = null;
      while (!search.done) {
        const t = search.steps;
        search.step(model, arcs, (from, to, move) => {
          const c = cost[from];
          nextCost[to] = c > 0 ? c : moveCost(search.states[from], ex.gold, move);
        });
        [cost, nextCost] = [nextCost, cost];
        // the gold path: the best-scoring zero-cost move
        let move = onlyMove(gold);
        if (move < 0) {
          moveScores.fill(0);
          model.score(feats, parseFeatures(gold, pf, feats), moveScores);
          for (let m = 0; m < 3; m++)
            if (
              gold.valid(m) &&
              moveCost(gold, ex.gold, m) === 0 &&
              (move < 0 || moveScores[m] > moveScores[move])
            )
              move = m;
          goldScore += moveScores[move];
        }
        arcs.labelMove(gold, move);
        gold.apply(move);
        goldMoves[t] = move;
        if (cost[0] === 0) continue;
        let bestGood = -1;
        for (let j = 0; j < search.size; j++)
          if (cost[j] === 0 && (bestGood < 0 || search.scores[j] > search.scores[bestGood])) bestGood = j;
        const goodScore =
          bestGood >= 0 && search.scores[bestGood] > goldScore ? search.scores[bestGood] : goldScore;
        const violation = search.scores[0] - goodScore;
        if (violation >= 0 && violation > maxViolation) {
          maxViolation = violation;
          const steps = t + 1;
          pred = { moves: search.history[0].slice(), labels: search.states[0].label.slice(), steps };
          good =
            goodScore === goldScore
              ? { moves: goldMoves.slice(), labels: gold.label.slice(), steps }
              : {
                  moves: search.history[bestGood].slice(),
                  labels: search.states[bestGood].label.slice(),
                  steps,
                };
        }
      }
      if (cost[0] === 0 || !pred || !good) right++;
      else {
        updates++;
        let from = 0;
        while (from < pred.steps && pred.moves[from] === good.moves[from]) from++;
        addPath(model, pf, n, good, from, 1, feats);
        addPath(model, pf, n, pred, from, -1, feats);
      }
      model.tick();
    }
    opts.log(
      `beam epoch ${epoch + 1}: best parse right ${((100 * right) / usable.length).toFixed(2)}% of sentences, ${updates} updates, features ${model.features}`,
    );
    opts.onEpoch?.(epoch + 1, model.freeze(0.05));
  }
  return model.freeze(0.05);
}
