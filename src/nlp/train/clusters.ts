// Learns word clusters from the unlabelled news corpus: each frequent word is described by the words
// seen just left and right of it, the counts are log-scaled, randomly projected to a small dense
// space, and grouped by spherical k-means in two levels (coarse, then fine within each coarse one).
// The taggers use the cluster ids as features, which mostly helps with words rare in the treebank.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readText } from "../../util/shared.js";
import { normWord } from "../features.js";
import { tokenize } from "../tokenize.js";
import { makeRng } from "./rng.js";

export interface ClusterOptions {
  newsDir: string;
  seed: number;
  vocab: number;
  contexts: number;
  coarse: number;
  fine: number;
  maxTokens: number;
  log?: (s: string) => void;
}

/** Returns lines "word\tcoarse\tfine" for the `vocab` most frequent normalised words. */
export function learnClusters(o: ClusterOptions): string[] {
  const log = o.log ?? (() => {});
  const files = readdirSync(o.newsDir)
    .filter((f) => /^(allsides-\d+|reuters21578)\.jsonl\.gz$/.test(f))
    .sort();
  // each distinct word gets an id on first sight; documents are kept as id arrays to bound memory
  const ids = new Map<string, number>();
  const freqs: number[] = [];
  const docs: Int32Array[] = [];
  let total = 0;
  for (const f of files) {
    for (const line of readText(join(o.newsDir, f)).split("\n")) {
      if (!line || total >= o.maxTokens) continue;
      const text = (JSON.parse(line) as { text: string }).text;
      const toks = tokenize(text);
      const doc = new Int32Array(toks.length);
      for (let i = 0; i < toks.length; i++) {
        const w = normWord(toks[i].text);
        let id = ids.get(w);
        if (id === undefined) {
          id = freqs.length;
          ids.set(w, id);
          freqs.push(0);
        }
        freqs[id]++;
        doc[i] = id;
      }
      total += toks.length;
      docs.push(doc);
    }
    log(`clusters: read ${f}, ${total} tokens so far`);
  }
  const words = [...ids.keys()];
  const order = Array.from({ length: words.length }, (_, i) => i).sort(
    (a, b) => freqs[b] - freqs[a] || (words[a] < words[b] ? -1 : 1),
  );
  const vocab = order.slice(0, o.vocab).map((i) => words[i]);
  // rank of each word id, or -1 outside the vocabulary
  const rank = new Int32Array(words.length).fill(-1);
  order.slice(0, o.vocab).forEach((id, r) => {
    rank[id] = r;
  });
  const nCtx = o.contexts;
  const V = vocab.length;
  // counts[w][side*nCtx + c]; context ids are the top-nCtx words, plus one "other" bucket each side
  const width = 2 * (nCtx + 1);
  const counts = new Float32Array(V * width);
  for (const doc of docs) {
    for (let i = 0; i < doc.length; i++) {
      const w = rank[doc[i]];
      if (w < 0) continue;
      const l = i > 0 ? rank[doc[i - 1]] : -1;
      const r = i + 1 < doc.length ? rank[doc[i + 1]] : -1;
      counts[w * width + (l >= 0 && l < nCtx ? l : nCtx)] += 1;
      counts[w * width + nCtx + 1 + (r >= 0 && r < nCtx ? r : nCtx)] += 1;
    }
  }
  log(`clusters: counted contexts for ${V} words`);
  const dim = 64;
  const rng = makeRng(o.seed);
  const proj = new Float32Array(width * dim);
  for (let i = 0; i < proj.length; i++) proj[i] = rng() < 0.5 ? -1 : 1;
  const vecs = new Float32Array(V * dim);
  for (let w = 0; w < V; w++) {
    const base = w * width;
    let sum = 0;
    for (let c = 0; c < width; c++) sum += counts[base + c];
    const out = w * dim;
    for (let c = 0; c < width; c++) {
      const n = counts[base + c];
      if (n === 0) continue;
      // a PMI-like weight: contexts a word prefers count more than its frequency alone explains
      const v = Math.log1p((n * 1000) / (sum + 1));
      const p = c * dim;
      for (let d = 0; d < dim; d++) vecs[out + d] += v * proj[p + d];
    }
    normalise(vecs, out, dim);
  }
  log("clusters: projected");
  const all = Array.from({ length: V }, (_, i) => i);
  const coarse = kmeans(vecs, dim, all, o.coarse, 12, rng);
  const fine = new Int32Array(V);
  for (let c = 0; c < o.coarse; c++) {
    const members = all.filter((w) => coarse[w] === c);
    if (members.length === 0) continue;
    const sub = kmeans(vecs, dim, members, Math.min(o.fine, members.length), 8, rng);
    members.forEach((w, i) => {
      fine[w] = c * o.fine + sub[i];
    });
  }
  log("clusters: done");
  return vocab.map((w, i) => `${w}\t${coarse[i]}\t${fine[i]}`);
}

function normalise(v: Float32Array, off: number, dim: number): void {
  let n = 0;
  for (let d = 0; d < dim; d++) n += v[off + d] * v[off + d];
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < dim; d++) v[off + d] /= n;
}

/** Spherical k-means over the rows `members` of `vecs`; returns the cluster of each member (same order). */
function kmeans(
  vecs: Float32Array,
  dim: number,
  members: number[],
  k: number,
  iters: number,
  rng: () => number,
) {
  const n = members.length;
  const cent = new Float32Array(k * dim);
  for (let c = 0; c < k; c++) {
    const w = members[Math.floor(rng() * n)];
    for (let d = 0; d < dim; d++) cent[c * dim + d] = vecs[w * dim + d] + (rng() - 0.5) * 1e-3;
    normalise(cent, c * dim, dim);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < n; i++) {
      const off = members[i] * dim;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const co = c * dim;
        for (let d = 0; d < dim; d++) s += vecs[off + d] * cent[co + d];
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      assign[i] = best;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) {
      const off = members[i] * dim;
      const co = assign[i] * dim;
      for (let d = 0; d < dim; d++) cent[co + d] += vecs[off + d];
    }
    for (let c = 0; c < k; c++) normalise(cent, c * dim, dim);
  }
  return assign;
}
