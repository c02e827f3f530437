import assert from "node:assert/strict";
import { test } from "node:test";
import { FrozenPerceptron, packWeights } from "./perceptron.js";

/** A small random model and the plain per-key rows it was packed from. */
function randomModel(C: number, nKeys: number, seed: number) {
  let s = seed;
  const rnd = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  const keySet = new Set<number>();
  while (keySet.size < nKeys) keySet.add((rnd() * 2 ** 31) | 0 | 1);
  const keys = [...keySet].sort((a, b) => a - b);
  const rows = keys.map(() => Float32Array.from({ length: C }, () => (rnd() < 0.4 ? (rnd() - 0.5) * 8 : 0)));
  const model = packWeights(C, keys, (i, row) => row.set(rows[i]), 0.05);
  return { model, keys, rnd };
}

/** Scores the slow way, from the packed arrays: integer sums per class, then the unit. */
function reference(m: FrozenPerceptron, feats: Int32Array, n: number): number[] {
  const start = new Map<number, number>();
  let off = 0;
  for (let e = 0; e < m.keys.length; e++) {
    start.set(m.keys[e], off);
    off += m.counts[e];
  }
  const sums = new Array<number>(m.nClasses).fill(0);
  for (let f = 0; f < n; f++) {
    const e = m.keys.indexOf(feats[f]);
    if (e < 0) continue;
    const s = start.get(feats[f]) ?? 0;
    for (let j = s; j < s + m.counts[e]; j++) sums[m.classes[j]] += m.values[j];
  }
  return sums.map((v) => v * m.unit);
}

for (const C of [3, 11]) {
  test(`scoring finds every stored feature and skips absent ones (${C} classes)`, () => {
    const { model, keys, rnd } = randomModel(C, 3000, C);
    const loaded = FrozenPerceptron.fromBuffer(model.toBuffer());
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rnd() * 90);
      const feats = new Int32Array(n);
      for (let f = 0; f < n; f++)
        feats[f] = rnd() < 0.7 ? keys[Math.floor(rnd() * keys.length)] : (rnd() * 2 ** 31) | 0 | 1;
      const want = reference(model, feats, n);
      for (const m of [model, loaded]) {
        const got = new Float32Array(C);
        m.score(feats, n, got);
        for (let c = 0; c < C; c++) assert.ok(Math.abs(got[c] - want[c]) <= 1e-4 * (1 + Math.abs(want[c])));
      }
    }
  });
}

test("scores are added to what the array already holds", () => {
  const { model, keys } = randomModel(11, 50, 7);
  const feats = Int32Array.from(keys.slice(0, 5));
  const once = new Float32Array(11);
  model.score(feats, feats.length, once);
  const twice = Float32Array.from(once);
  model.score(feats, feats.length, twice);
  for (let c = 0; c < 11; c++) assert.ok(Math.abs(twice[c] - 2 * once[c]) <= 1e-4 * (1 + Math.abs(once[c])));
  assert.ok(once.some((v) => v !== 0));
});

test("addInts gives the exact integer sums, for keys with a weight for every class as for the others", () => {
  const C = 6;
  let s = 99;
  const rnd = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  const keys = Array.from({ length: 400 }, (_, i) => 2 * i + 1);
  // even keys' rows are full, odd keys' rows sparse
  const rows = keys.map((_, i) =>
    Float32Array.from({ length: C }, () => (i % 2 === 0 || rnd() < 0.3 ? 1 + rnd() * 4 : 0)),
  );
  const model = packWeights(C, keys, (i, row) => row.set(rows[i]), 0.05);
  assert.ok(Array.from(model.counts).some((c) => c === C));
  assert.ok(Array.from(model.counts).some((c) => c < C));
  for (let trial = 0; trial < 100; trial++) {
    const n = 1 + Math.floor(rnd() * 60);
    const feats = Int32Array.from({ length: n }, () =>
      rnd() < 0.8 ? keys[Math.floor(rnd() * keys.length)] : 2,
    );
    const want = new Array<number>(C).fill(0);
    for (const f of feats) {
      const e = model.keys.indexOf(f);
      if (e < 0) continue;
      let j = 0;
      for (let x = 0; x < e; x++) j += model.counts[x];
      for (let k = j; k < j + model.counts[e]; k++) want[model.classes[k]] += model.values[k];
    }
    const acc = new Int32Array(C);
    model.addInts(feats, n, acc);
    assert.deepEqual(Array.from(acc), want);
  }
});
