// The short-cut tables of ../shortcuts.ts from EWT train, added to the tagger's and parser's JSON files
// (`npm run train -- --only shortcuts` rebuilds them alone, in seconds, without retraining anything).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { ConlluSentence } from "../conllu.js";
import { normWord } from "../features.js";
import {
  type ArcSample,
  DIR_HEAD_LEFT,
  DIR_HEAD_RIGHT,
  learnArcLabels,
  learnLooseFixed,
} from "../shortcuts.js";
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

/** Adds "looseFixed" to tagger.json and "arcLabels" to parser.json (whichever exist); returns sizes. */
export function writeShortcuts(
  train: ConlluSentence[],
  taggerJson: string,
  parserJson: string,
): { loose: number; arcs: number } {
  let loose = 0;
  let arcs = 0;
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
    writeFileSync(parserJson, `${JSON.stringify({ ...meta, arcLabels: list })}\n`);
    arcs = list.length;
  }
  return { loose, arcs };
}
