// Beam search over the arc-hybrid transitions of parser.ts: the `width` best move sequences so far (by
// the sum of their action scores) are kept at each step, instead of the greedy parser's one. Moves with no
// alternative add nothing to a sequence's score, in training as in decoding. Relations are still picked
// one arc at a time by the labeller (they are not part of the score), so a hypothesis's labels are fixed
// by its moves. Trained globally by train/parser-beam.ts; the `moves` short-cut table is not used here,
// since a move taken without scoring would make its sequence's score incomparable with the others'.
import type { Lex } from "./features.js";
import {
  ArcLabeller,
  MAX_PARSE_FEATURES,
  onlyMove,
  ParseFeatures,
  type ParseOptions,
  type ParseResult,
  ParseState,
  parseFeatures,
  parseResult,
} from "./parser.js";
import type { Scorer } from "./perceptron.js";

export interface BeamOptions extends ParseOptions {
  /** Hypotheses kept at each step (1: greedy decoding of the same model). */
  width: number;
}

/**
 * The hypotheses of one sentence's search. Each slot holds a state, its score and its moves so far;
 * `step` replaces them by the best `width` one-move extensions (ties: earlier slot, then lower move id,
 * so the search is deterministic).
 */
export class BeamSearch {
  states: ParseState[];
  scores: Float64Array;
  /** Per slot, its moves so far (step t at index t). */
  history: Int32Array[];
  size = 1;
  steps = 0;
  private nextStates: ParseState[];
  private nextScores: Float64Array;
  private nextHistory: Int32Array[];
  private readonly feats = new Int32Array(MAX_PARSE_FEATURES);
  private readonly moveScores = new Float32Array(3);
  private readonly candSlot: Int32Array;
  private readonly candMove: Int32Array;
  private readonly candScore: Float64Array;
  private readonly order: Int32Array;
  constructor(
    readonly n: number,
    readonly width: number,
    readonly pf: ParseFeatures,
  ) {
    const mk = () => Array.from({ length: width }, () => new ParseState(n));
    const hist = () => Array.from({ length: width }, () => new Int32Array(2 * n));
    this.states = mk();
    this.nextStates = mk();
    this.history = hist();
    this.nextHistory = hist();
    this.scores = new Float64Array(width);
    this.nextScores = new Float64Array(width);
    this.candSlot = new Int32Array(3 * width);
    this.candMove = new Int32Array(3 * width);
    this.candScore = new Float64Array(3 * width);
    this.order = new Int32Array(3 * width);
  }

  get done(): boolean {
    return this.states[0].done;
  }

  /**
   * One move for every hypothesis. `actions` scores the moves; `arcs` labels each arc made.
   * `keep(from, to, move)`, when given, is called for every candidate kept (training tracks costs with it).
   */
  step(actions: Scorer, arcs: ArcLabeller, keep?: (from: number, to: number, move: number) => void): void {
    let nc = 0;
    for (let i = 0; i < this.size; i++) {
      const st = this.states[i];
      const only = onlyMove(st);
      if (only >= 0) {
        this.candSlot[nc] = i;
        this.candMove[nc] = only;
        this.candScore[nc++] = this.scores[i];
        continue;
      }
      const nf = parseFeatures(st, this.pf, this.feats);
      const s = this.moveScores;
      s.fill(0);
      actions.score(this.feats, nf, s);
      for (let m = 0; m < 3; m++) {
        if (!st.valid(m)) continue;
        this.candSlot[nc] = i;
        this.candMove[nc] = m;
        this.candScore[nc++] = this.scores[i] + s[m];
      }
    }
    const kept = this.best(nc);
    for (let j = 0; j < kept; j++) {
      const c = this.order[j];
      const from = this.candSlot[c];
      const move = this.candMove[c];
      const st = this.nextStates[j];
      st.copyFrom(this.states[from]);
      arcs.labelMove(st, move);
      st.apply(move);
      this.nextScores[j] = this.candScore[c];
      const h = this.nextHistory[j];
      h.set(this.history[from]);
      h[this.steps] = move;
      keep?.(from, j, move);
    }
    [this.states, this.nextStates] = [this.nextStates, this.states];
    [this.scores, this.nextScores] = [this.nextScores, this.scores];
    [this.history, this.nextHistory] = [this.nextHistory, this.history];
    this.size = kept;
    this.steps++;
  }

  /** Puts the best min(width, nc) candidates first in `order`, best first; returns how many. */
  private best(nc: number): number {
    const order = this.order;
    const score = this.candScore;
    for (let c = 0; c < nc; c++) order[c] = c;
    const kept = Math.min(this.width, nc);
    // selection sort: nc is at most 3 x width; candidates are in (slot, move) order, so the strict
    // comparison keeps the earlier one on ties
    for (let j = 0; j < kept; j++) {
      let b = j;
      for (let c = j + 1; c < nc; c++) {
        const x = order[c];
        const y = order[b];
        if (score[x] > score[y] || (score[x] === score[y] && x < y)) b = c;
      }
      const t = order[j];
      order[j] = order[b];
      order[b] = t;
    }
    return kept;
  }
}

/** Parses one sentence with a beam of `opts.width` hypotheses; returns the best finished one. */
export function parseBeam(
  actions: Scorer,
  labeller: Scorer,
  lx: Lex,
  tags: Int32Array,
  opts: BeamOptions,
): ParseResult {
  const pf = new ParseFeatures(lx, tags);
  const search = new BeamSearch(tags.length, Math.max(1, opts.width), pf);
  const arcs = new ArcLabeller(labeller, pf, {
    rootLabel: opts.rootLabel,
    arcLabels: opts.arcLabels,
    labelMemo: opts.labelMemo,
  });
  while (!search.done) search.step(actions, arcs);
  return parseResult(search.states[0]);
}
