// Part-of-speech tagger: greedy left-to-right averaged perceptron over joint UPOS|XPOS tags, with
// word, affix, shape, cluster and previous-tag features.
import type { Clusters, Lex } from "./features.js";
import { lexicalise } from "./features.js";
import { key1, key2, key3 } from "./hash.js";
import type { Scorer } from "./perceptron.js";

export const MAX_TAG_FEATURES = 48;

/** Fills `out` with the feature keys for token i given the two previous tags; returns how many. */
export function tagFeatures(lx: Lex, i: number, p1: number, p2: number, out: Int32Array): number {
  const n = lx.norm.length;
  let k = 0;
  const w = lx.norm[i];
  const wm1 = i > 0 ? lx.norm[i - 1] : 1;
  const wm2 = i > 1 ? lx.norm[i - 2] : 2;
  const wp1 = i + 1 < n ? lx.norm[i + 1] : 3;
  const wp2 = i + 2 < n ? lx.norm[i + 2] : 4;
  out[k++] = key1(1, 0);
  out[k++] = key1(2, w);
  out[k++] = key1(3, lx.form[i]);
  out[k++] = key1(4, lx.suf1[i]);
  out[k++] = key1(5, lx.suf2[i]);
  out[k++] = key1(6, lx.suf3[i]);
  out[k++] = key1(7, lx.suf4[i]);
  out[k++] = key1(8, lx.pre1[i]);
  out[k++] = key1(9, lx.pre2[i]);
  out[k++] = key1(10, lx.pre3[i]);
  out[k++] = key1(11, lx.shape[i]);
  out[k++] = key1(12, wm1);
  out[k++] = key1(13, wm2);
  out[k++] = key1(14, wp1);
  out[k++] = key1(15, wp2);
  out[k++] = key1(16, i > 0 ? lx.suf3[i - 1] : 1);
  out[k++] = key1(17, i + 1 < n ? lx.suf3[i + 1] : 1);
  out[k++] = key1(18, p1);
  out[k++] = key2(19, p1, p2);
  out[k++] = key2(20, p1, w);
  out[k++] = key1(21, lx.c2[i]);
  out[k++] = key1(22, lx.c1[i]);
  out[k++] = key1(23, i > 0 ? lx.c2[i - 1] : -2);
  out[k++] = key1(24, i + 1 < n ? lx.c2[i + 1] : -2);
  out[k++] = key1(25, i + 1 < n ? lx.c1[i + 1] : -2);
  out[k++] = key2(26, w, wp1);
  out[k++] = key2(27, wm1, w);
  out[k++] = key1(28, i + 1 < n ? lx.shape[i + 1] : 1);
  out[k++] = key1(29, i > 0 ? lx.shape[i - 1] : 1);
  out[k++] = key2(30, lx.flags[i], lx.suf3[i]);
  out[k++] = key2(31, p1, lx.suf3[i]);
  out[k++] = key3(32, p1, lx.c2[i], i + 1 < n ? lx.c1[i + 1] : -2);
  out[k++] = key2(33, wp1, lx.suf3[i]);
  out[k++] = key2(34, lx.flags[i], lx.c2[i]);
  out[k++] = key2(35, p1, wp1);
  out[k++] = key2(36, lx.shape[i], i > 0 ? lx.shape[i - 1] : 1);
  return k;
}

export interface TaggerData {
  /** Joint tags "UPOS|XPOS", index = class. */
  tags: string[];
}

/** Tags a sentence greedily; returns class ids. */
export function tagClasses(model: Scorer, lx: Lex, n: number): Int32Array {
  const C = model.nClasses;
  const scores = new Float32Array(C);
  const feats = new Int32Array(MAX_TAG_FEATURES);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const nf = tagFeatures(lx, i, i > 0 ? out[i - 1] : -1, i > 1 ? out[i - 2] : -2, feats);
    scores.fill(0);
    model.score(feats, nf, scores);
    let best = 0;
    for (let c = 1; c < C; c++) if (scores[c] > scores[best]) best = c;
    out[i] = best;
  }
  return out;
}

export class Tagger {
  constructor(
    readonly model: Scorer,
    readonly tags: string[],
    readonly clusters: Clusters | null,
  ) {}

  tag(words: string[]): { upos: string[]; xpos: string[] } {
    const lx = lexicalise(words, this.clusters);
    const cls = tagClasses(this.model, lx, words.length);
    const upos: string[] = [];
    const xpos: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const t = this.tags[cls[i]];
      const bar = t.indexOf("|");
      upos.push(t.slice(0, bar));
      xpos.push(t.slice(bar + 1));
    }
    return { upos, xpos };
  }
}
