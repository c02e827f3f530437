// The short-cut tables of ../shortcuts.ts from EWT train, added to the tagger's and parser's JSON files
// (`npm run train -- --only shortcuts` rebuilds them alone, in seconds, without retraining anything).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { ConlluSentence } from "../conllu.js";
import { normWord } from "../features.js";
import { LEFT, ParseState, RIGHT, SHIFT } from "../parser.js";
import {
  type ArcSample,
  DIR_HEAD_LEFT,
  DIR_HEAD_RIGHT,
  learnArcLabels,
  learnLooseFixed,
  learnMoves,
  type MoveSample,
  NO_TAG,
  ROOT_TAG,
} from "../shortcuts.js";
import { moveCost } from "./parser.js";
import { jointTag } from "./tagger.js";

/** Every non-root arc of the treebank with its gold tags and relation. */
export function* arcSamples(train: ConlluSentence[]): Generator<ArcSample> {
  for (const s of train) {
    for (const w of s.words) {
      if (w.head <= 0) continue;
      const h = s.words[w.head - 1];
      yield {
        head: jointTag(h.upos, h.xpos),
        dep: jointTag(w.upos, w.xpos),
        dir: w.head > w.id ? DIR_HEAD_RIGHT : DIR_HEAD_LEFT,
        label: w.deprel,
      };
    }
  }
}

/**
 * Every configuration with a choice of moves on the oracle's path through each gold tree (a zero-cost
 * move, LEFT before RIGHT before SHIFT), with its (s0, b0, b1) tags and which moves lose no gold arc.
 */
export function* moveSamples(train: ConlluSentence[]): Generator<MoveSample> {
  for (const s of train) {
    const n = s.words.length;
    const gold = Int32Array.from(s.words, (w) => (w.head <= 0 ? n : w.head - 1));
    const tag = (i: number) =>
      i < 0 ? NO_TAG : i >= n ? ROOT_TAG : jointTag(s.words[i].upos, s.words[i].xpos);
    const st = new ParseState(n);
    while (!st.done) {
      const valid = [SHIFT, LEFT, RIGHT].map((m) => st.valid(m));
      const correct = [SHIFT, LEFT, RIGHT].map((m) => valid[m] && moveCost(st, gold, m) === 0);
      if (valid.filter(Boolean).length > 1) {
        const b1 = st.b0 + 1 < n ? st.b0 + 1 : -1;
        yield { sig: [tag(st.s(0)), tag(st.b0), tag(b1)], correct };
      }
      // non-projective trees can leave no zero-cost move: then any valid one
      const move =
        [LEFT, RIGHT, SHIFT].find((m) => correct[m]) ?? [SHIFT, LEFT, RIGHT].find((m) => valid[m])!;
      st.apply(move);
    }
  }
}

/** (normalised word, tag class) of every word whose joint tag is one of the tagger's classes. */
export function* taggedWords(train: ConlluSentence[], tags: string[]): Generator<[string, number]> {
  const index = new Map(tags.map((t, i) => [t, i]));
  for (const s of train) {
    for (const w of s.words) {
      const c = index.get(jointTag(w.upos, w.xpos));
      // lexicalise() cuts words at 40 characters before normalising
      if (c !== undefined) yield [normWord(w.form.length > 40 ? w.form.slice(0, 40) : w.form), c];
    }
  }
}

/**
 * Adds "looseFixed" to tagger.json, "arcLabels" and "moves" to parser.json (whichever exist); returns
 * sizes.
 */
export function writeShortcuts(
  train: ConlluSentence[],
  taggerJson: string,
  parserJson: string,
): { loose: number; arcs: number; moves: number } {
  let loose = 0;
  let arcs = 0;
  let moves = 0;
  if (existsSync(taggerJson)) {
    const meta = JSON.parse(readFileSync(taggerJson, "utf8")) as {
      tags: string[];
      fixed?: [string, number][];
    };
    const strict = new Set((meta.fixed ?? []).map((e) => e[0]));
    // the strict list wins where both have a word; keep only what it does not cover
    const list = learnLooseFixed(taggedWords(train, meta.tags)).filter(([w]) => !strict.has(w));
    writeFileSync(taggerJson, `${JSON.stringify({ ...meta, looseFixed: list })}\n`);
    loose = list.length;
  }
  if (existsSync(parserJson)) {
    const meta = JSON.parse(readFileSync(parserJson, "utf8")) as { labels: string[] };
    const list = learnArcLabels(arcSamples(train));
    const moveList = learnMoves(moveSamples(train));
    writeFileSync(parserJson, `${JSON.stringify({ ...meta, arcLabels: list, moves: moveList })}\n`);
    arcs = list.length;
    moves = moveList.length;
  }
  return { loose, arcs, moves };
}
