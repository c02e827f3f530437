// Sentence-wide facts for the NER that a window of +-2 words cannot see: the capitalised run a token
// belongs to ("Supreme Council for Islamic Revolution"), whose last word ("Revolution"), first word,
// length and the words just outside it are templates for every token of the run (ner.ts). In 5-fold
// CV over UNER train these templates gave +0.6 entity F1 (two seeds); the sentence's casing (all-caps,
// title-case, lower-case lines) and fine clusters at +-2 gave nothing and are not used.

import type { Lex } from "./features.js";
import { hashString } from "./hash.js";

export interface NerContext {
  /**
   * Per token i: run[2i] is 1 + the start of its capitalised run (0 outside runs), run[2i+1] the end
   * (exclusive). One array, filled per sentence; the templates read the run's words from the Lex.
   */
  run: Int32Array;
}

/** Lower-case words that join capitalised words into one name ("Bank of Japan", "Skull and Bones"). */
const JOINERS = new Set(["of", "for", "and", "&", "de", "du", "la", "von", "van", "der"]);

/** Stands for the word before or after a run at the sentence's edge. */
export const RUN_EDGE = hashString("<edge>") | 0;

/** `out`, when given, is a zero-filled buffer of 2n ints for the runs. */
export function nerContext(lx: Lex, out?: Int32Array): NerContext {
  const flags = lx.flags;
  const n = flags.length;
  const run = out ?? new Int32Array(2 * n);
  for (let i = 0; i < n; ) {
    if ((flags[i] & 1) === 0) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < n && (flags[end] & 1) !== 0) end++;
      else if (end + 1 < n && (flags[end + 1] & 1) !== 0 && JOINERS.has(lx.words[end])) end += 2;
      else break;
    }
    for (let k = i; k < end; k++) {
      run[2 * k] = i + 1;
      run[2 * k + 1] = end;
    }
    i = end;
  }
  return { run };
}
