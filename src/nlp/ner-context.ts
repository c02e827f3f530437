// Sentence-wide facts for the NER that a window of +-2 words cannot see: the capitalised run a token
// belongs to ("Supreme Council for Islamic Revolution": its last word "Revolution", its first word, its
// length, the words just outside it) and how the sentence as a whole is cased (a capital means little in
// a headline or an all-caps line, and an acronym stands out in a lower-case one).

import type { Lex } from "./features.js";
import { hashString } from "./hash.js";

export interface NerContext {
  /** Per token: hash of the normalised last word of its capitalised run, 0 outside runs. */
  runLast: Int32Array;
  /** Per token: hash of the normalised first word of its run, 0 outside runs. */
  runFirst: Int32Array;
  /** Per token: fine cluster of the run's last word (-1 unknown), 0 outside runs. */
  runLastCluster: Int32Array;
  /** Per token: position in the run (B/I/L/U as 1-4) + 8 * min(length, 5), 0 outside runs. */
  runPos: Int32Array;
  /** Per token: hash of the word before / after its run, 0 outside runs. */
  runBefore: Int32Array;
  runAfter: Int32Array;
  /** The sentence's casing class (same for every token): see sentenceCase. */
  sentCase: number;
}

/** Lower-case words that join capitalised words into one name ("Bank of Japan", "Skull and Bones"). */
const JOINERS = new Set(["of", "for", "and", "&", "de", "du", "la", "von", "van", "der"]);

const EDGE = hashString("<edge>") | 0;

/**
 * 1 all-caps (most letters-initial words all in capitals), 2 title-case (most capitalised), 3 lower
 * case (no capital after the first word), 4 ordinary.
 */
export function sentenceCase(lx: Lex): number {
  let words = 0;
  let caps = 0;
  let allCaps = 0;
  for (let i = 0; i < lx.flags.length; i++) {
    const w = lx.words[i];
    const c = w.charCodeAt(0);
    // letters only: digits and punctuation say nothing about casing
    if (!(c >= 97 && c <= 122) && c < 192) continue;
    words++;
    if (lx.flags[i] & 1) caps++;
    if (lx.flags[i] & 2) allCaps++;
  }
  if (words >= 3 && allCaps * 10 >= words * 7) return 1;
  if (words >= 3 && caps * 10 >= words * 7) return 2;
  if (caps - (lx.flags.length > 0 && lx.flags[0] & 1 ? 1 : 0) <= 0) return 3;
  return 4;
}

export function nerContext(lx: Lex): NerContext {
  const n = lx.flags.length;
  const ctx: NerContext = {
    runLast: new Int32Array(n),
    runFirst: new Int32Array(n),
    runLastCluster: new Int32Array(n),
    runPos: new Int32Array(n),
    runBefore: new Int32Array(n),
    runAfter: new Int32Array(n),
    sentCase: sentenceCase(lx),
  };
  const cap = (i: number) => (lx.flags[i] & 1) !== 0;
  for (let i = 0; i < n; ) {
    if (!cap(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < n && cap(end)) end++;
      else if (end + 1 < n && JOINERS.has(lx.words[end]) && cap(end + 1)) end += 2;
      else break;
    }
    const len = end - i;
    const last = lx.norm[end - 1] | 0;
    const first = lx.norm[i] | 0;
    const before = i > 0 ? lx.norm[i - 1] | 0 : EDGE;
    const after = end < n ? lx.norm[end] | 0 : EDGE;
    for (let k = i; k < end; k++) {
      ctx.runLast[k] = last;
      ctx.runFirst[k] = first;
      ctx.runLastCluster[k] = lx.c2[end - 1];
      ctx.runPos[k] = (len === 1 ? 4 : k === i ? 1 : k === end - 1 ? 3 : 2) + 8 * Math.min(len, 5);
      ctx.runBefore[k] = before;
      ctx.runAfter[k] = after;
    }
    i = end;
  }
  return ctx;
}
