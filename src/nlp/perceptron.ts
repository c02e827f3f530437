// Averaged perceptron weights over hashed features. Training keeps dense per-feature rows (weights
// and the running sums for averaging) allocated only when a feature takes part in an update; the
// shipped form keeps, per feature, only the classes with a non-negligible averaged weight, quantised
// to 16 bits, which makes scoring a short loop over a few (class, weight) pairs.

/** Open-addressing map from non-zero 32-bit keys to slots. */
export class KeyTable {
  keys: Int32Array;
  vals: Int32Array;
  size = 0;
  constructor(capacity: number) {
    let cap = 1024;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
  }
  get(key: number): number {
    const mask = this.keys.length - 1;
    let i = (key ^ (key >>> 16)) & mask;
    for (;;) {
      const k = this.keys[i];
      if (k === key) return this.vals[i];
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }
  set(key: number, val: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = (key ^ (key >>> 16)) & mask;
    for (;;) {
      const k = this.keys[i];
      if (k === key) {
        this.vals[i] = val;
        return;
      }
      if (k === 0) {
        this.keys[i] = key;
        this.vals[i] = val;
        this.size++;
        return;
      }
      i = (i + 1) & mask;
    }
  }
  /** Forgets every key (the table keeps its size). */
  clear(): void {
    this.keys.fill(0);
    this.size = 0;
  }
  private grow(): void {
    const oldK = this.keys;
    const oldV = this.vals;
    this.keys = new Int32Array(oldK.length * 2);
    this.vals = new Int32Array(oldV.length * 2);
    this.size = 0;
    for (let i = 0; i < oldK.length; i++) if (oldK[i] !== 0) this.set(oldK[i], oldV[i]);
  }
}

/** Perceptron being trained: dense rows, Daume-style averaging (avg = w - u / c). */
export class TrainablePerceptron {
  readonly nClasses: number;
  private table = new KeyTable(1 << 16);
  private w: Float32Array;
  private u: Float32Array;
  private rows = 0;
  private c = 1;
  constructor(nClasses: number) {
    this.nClasses = nClasses;
    this.w = new Float32Array(nClasses * 4096);
    this.u = new Float32Array(nClasses * 4096);
  }

  /** Adds every feature's weights into `scores` (length nClasses, not cleared here). */
  score(feats: Int32Array, n: number, scores: Float32Array): void {
    const C = this.nClasses;
    for (let f = 0; f < n; f++) {
      const r = this.table.get(feats[f]);
      if (r < 0) continue;
      const base = r * C;
      for (let k = 0; k < C; k++) scores[k] += this.w[base + k];
    }
  }

  private row(key: number): number {
    let r = this.table.get(key);
    if (r >= 0) return r;
    r = this.rows++;
    if (this.rows * this.nClasses > this.w.length) {
      const bigger = new Float32Array(this.w.length * 2);
      bigger.set(this.w);
      this.w = bigger;
      const biggerU = new Float32Array(this.u.length * 2);
      biggerU.set(this.u);
      this.u = biggerU;
    }
    this.table.set(key, r);
    return r;
  }

  /** Moves weight from `wrong` to `right` on the given features (no-op when they are equal). */
  update(feats: Int32Array, n: number, right: number, wrong: number, amount = 1): void {
    if (right !== wrong) {
      const C = this.nClasses;
      for (let f = 0; f < n; f++) {
        const base = this.row(feats[f]) * C;
        this.w[base + right] += amount;
        this.u[base + right] += this.c * amount;
        this.w[base + wrong] -= amount;
        this.u[base + wrong] -= this.c * amount;
      }
    }
  }

  /**
   * Adds `amount` to class `cls` of every feature. A structured update (the beam parser's) adds a gold
   * sequence's features and subtracts a predicted one's, which need not pair up class by class.
   */
  add(feats: Int32Array, n: number, cls: number, amount: number): void {
    const C = this.nClasses;
    for (let f = 0; f < n; f++) {
      const i = this.row(feats[f]) * C + cls;
      this.w[i] += amount;
      this.u[i] += this.c * amount;
    }
  }

  /** A model that starts from `m`'s weights (they count as the weights before the first example). */
  static from(m: FrozenPerceptron): TrainablePerceptron {
    const p = new TrainablePerceptron(m.nClasses);
    let off = 0;
    for (let e = 0; e < m.keys.length; e++) {
      const base = p.row(m.keys[e]) * m.nClasses;
      for (let j = off; j < off + m.counts[e]; j++) p.w[base + m.classes[j]] = m.values[j] * m.unit;
      off += m.counts[e];
    }
    return p;
  }

  /** Advances the example counter used for averaging; call once per training example. */
  tick(): void {
    this.c++;
  }

  get features(): number {
    return this.rows;
  }

  /** The averaged, pruned, quantised weights. */
  freeze(minWeight: number): FrozenPerceptron {
    const C = this.nClasses;
    const slots: number[] = [];
    for (let slot = 0; slot < this.table.keys.length; slot++)
      if (this.table.keys[slot] !== 0) slots.push(slot);
    slots.sort((a, b) => this.table.keys[a] - this.table.keys[b]);
    return packWeights(
      C,
      slots.map((slot) => this.table.keys[slot]),
      (i, row) => {
        const base = this.table.vals[slots[i]] * C;
        for (let k = 0; k < C; k++) row[k] = this.w[base + k] - this.u[base + k] / this.c;
      },
      minWeight,
    );
  }
}

/**
 * Shipped form of weight rows: classes with |weight| < minWeight dropped, the rest quantised to 16 bits
 * against the largest kept weight. `keys` are ascending; `fill(i, row)` writes the row of keys[i] (it is
 * called twice per row, once to find the scale and once to quantise).
 */
export function packWeights(
  C: number,
  keys: number[],
  fill: (i: number, row: Float32Array) => void,
  minWeight: number,
): FrozenPerceptron {
  const row = new Float32Array(C);
  let maxAbs = 0;
  for (let i = 0; i < keys.length; i++) {
    fill(i, row);
    for (let c = 0; c < C; c++)
      if (Math.abs(row[c]) >= minWeight) maxAbs = Math.max(maxAbs, Math.abs(row[c]));
  }
  const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
  const kept: number[] = [];
  const counts: number[] = [];
  const classes: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    fill(i, row);
    let n = 0;
    for (let c = 0; c < C; c++) {
      if (Math.abs(row[c]) < minWeight) continue;
      classes.push(c);
      values.push(Math.round(row[c] * scale));
      n++;
    }
    if (n === 0) continue;
    kept.push(keys[i]);
    counts.push(n);
  }
  return new FrozenPerceptron(
    C,
    Int32Array.from(kept),
    Uint16Array.from(counts),
    Uint8Array.from(classes),
    Int16Array.from(values),
    1 / scale,
  );
}

/** log2 of the entries in a 3-class model's cache of recent look-ups (16 bytes each). */
const INLINE_CACHE_BITS = 15;

/** log2 of the entries in the other models' caches (8 bytes each). */
const SPARSE_CACHE_BITS = 14;

/** Shipped weights: sparse (class, weight) pairs per feature key. */
/**
 * The mean of several frozen models' weights, pruned and quantised as freeze() does: models trained on
 * different shuffles disagree on rare features, and their mean varies less from seed to seed.
 */
export function averageModels(models: FrozenPerceptron[], minWeight = 0.05): FrozenPerceptron {
  const C = models[0].nClasses;
  const sum = new Map<number, Float32Array>();
  for (const m of models) {
    let j = 0;
    for (let e = 0; e < m.keys.length; e++) {
      let row = sum.get(m.keys[e]);
      if (!row) {
        row = new Float32Array(C);
        sum.set(m.keys[e], row);
      }
      for (const end = j + m.counts[e]; j < end; j++)
        row[m.classes[j]] += (m.values[j] * m.unit) / models.length;
    }
  }
  const keys = [...sum.keys()].sort((a, b) => a - b);
  return packWeights(C, keys, (i, row) => row.set(sum.get(keys[i])!), minWeight);
}

export class FrozenPerceptron {
  readonly nClasses: number;
  /** Open addressing, two ints per slot: key, then (first pair << 8 | pair count). */
  private readonly slots: Int32Array;
  /** One int per pair: class << 16 | 16-bit weight. */
  private readonly pairs: Int32Array;
  private readonly unitF: number;
  /** Whether every key with a weight for each class has them in class order (packWeights makes them so). */
  private readonly fullRows: boolean;
  /** For models of at most 3 classes: key and the 3 weights side by side, one memory fetch per feature. */
  private readonly inline: Int32Array | null = null;
  private readonly inlineW: Float32Array | null = null;
  /** The 3-class models' cache of recent look-ups, laid out as `inline`; key 0 is an empty entry. */
  private readonly cacheK: Int32Array | null = null;
  private readonly cacheW: Float32Array | null = null;
  /** The other models' cache of recent look-ups: key, then the slot's packed pair range. */
  private readonly cacheP: Int32Array | null = null;
  constructor(
    nClasses: number,
    readonly keys: Int32Array,
    readonly counts: Uint16Array,
    readonly classes: Uint8Array,
    readonly values: Int16Array,
    readonly unit: number,
  ) {
    this.nClasses = nClasses;
    this.unitF = unit;
    this.acc = new Int32Array(nClasses);
    let cap = 1024;
    while (cap < keys.length * 2) cap *= 2;
    const small = nClasses <= 3;
    this.slots = new Int32Array(small ? 2 : cap * 2);
    if (!small) this.cacheP = new Int32Array(2 << SPARSE_CACHE_BITS);
    this.pairs = new Int32Array(small ? 0 : values.length);
    for (let i = 0; i < this.pairs.length; i++) this.pairs[i] = (classes[i] << 16) | (values[i] & 0xffff);
    const mask = cap - 1;
    let start = 0;
    let fullRows = nClasses <= 255;
    for (let e = 0, j = 0; e < keys.length && fullRows; j += counts[e++]) {
      if (counts[e] !== nClasses) continue;
      for (let c = 0; c < nClasses; c++) if (classes[j + c] !== c) fullRows = false;
    }
    this.fullRows = fullRows;
    for (let e = 0; e < keys.length && !small; e++) {
      const key = keys[e];
      let i = (key ^ (key >>> 16)) & mask;
      while (this.slots[i * 2] !== 0) i = (i + 1) & mask;
      this.slots[i * 2] = key;
      this.slots[i * 2 + 1] = (start << 8) | Math.min(counts[e], 255);
      start += counts[e];
    }
    if (small) {
      const buf = new ArrayBuffer(cap * 16);
      const inline = new Int32Array(buf);
      const w = new Float32Array(buf);
      let off = 0;
      for (let e = 0; e < keys.length; e++) {
        const key = keys[e];
        let i = (key ^ (key >>> 16)) & mask;
        while (inline[i * 4] !== 0) i = (i + 1) & mask;
        inline[i * 4] = key;
        for (let j = off; j < off + counts[e]; j++) w[i * 4 + 1 + classes[j]] = values[j] * unit;
        off += counts[e];
      }
      this.inline = inline;
      this.inlineW = w;
      const cache = new ArrayBuffer(16 << INLINE_CACHE_BITS);
      this.cacheK = new Int32Array(cache);
      this.cacheW = new Float32Array(cache);
    }
  }

  /** Scratch for the two-pass look-ups: per feature its home slot, then what that slot holds. */
  private slotOf = new Int32Array(128);
  /** Sums of the quantised weights per class: integers, so exact whatever the order. */
  private readonly acc: Int32Array;
  private seen = new Int32Array(128);

  private missKey = new Int32Array(128);
  /** Where addInts' warming loads go, so the compiler keeps them. */
  private warmed = 0;

  private scratch(n: number): void {
    if (this.slotOf.length < n) {
      this.slotOf = new Int32Array(n * 2);
      this.seen = new Int32Array(n * 2);
      this.missKey = new Int32Array(n * 2);
    }
  }

  // Scoring is bound by cache misses on the large tables, so the look-ups run in two passes: the first
  // only reads each feature's home slot (independent loads, which the CPU overlaps), the second finds
  // the key there or probes on, now mostly from cache.
  //
  // A few percent of a model's features make most look-ups, scattered over all of its table (the
  // parser's is tens of MB, more pages than the TLB holds): a small direct-mapped cache of recent
  // look-ups (found or not) keeps those on a few hundred pages. Sizes measured: 512 KB for the 3-class
  // table, 128 KB each for the others; larger ones were slower. For 3 classes every weight is a float32
  // multiple of one quantum and the sums stay far below 2^53 quanta, so adding in another order gives
  // the same doubles.
  private scoreInline(feats: Int32Array, n: number, scores: Float32Array): void {
    const slots = this.inline!;
    const w = this.inlineW!;
    const mask = (slots.length >> 2) - 1;
    const ck = this.cacheK!;
    const cw = this.cacheW!;
    const cmask = (ck.length >> 2) - 1;
    this.scratch(n);
    const missKey = this.missKey;
    const slotOf = this.slotOf;
    const seen = this.seen;
    let a = 0;
    let b = 0;
    let c = 0;
    let misses = 0;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      const h = key ^ (key >>> 16);
      const ci = (h & cmask) << 2;
      if (ck[ci] === key) {
        a += cw[ci + 1];
        b += cw[ci + 2];
        c += cw[ci + 3];
      } else {
        missKey[misses] = key;
        slotOf[misses++] = h & mask;
      }
    }
    for (let m = 0; m < misses; m++) seen[m] = slots[slotOf[m] << 2];
    for (let m = 0; m < misses; m++) {
      const key = missKey[m];
      let i = slotOf[m];
      let k = seen[m];
      while (k !== key) {
        if (k === 0) break;
        i = (i + 1) & mask;
        k = slots[i << 2];
      }
      const ci = ((key ^ (key >>> 16)) & cmask) << 2;
      ck[ci] = key;
      if (k === 0) {
        cw[ci + 1] = 0;
        cw[ci + 2] = 0;
        cw[ci + 3] = 0;
        continue;
      }
      const o = i << 2;
      const wa = w[o + 1];
      const wb = w[o + 2];
      const wc = w[o + 3];
      cw[ci + 1] = wa;
      cw[ci + 2] = wb;
      cw[ci + 3] = wc;
      a += wa;
      b += wb;
      c += wc;
    }
    scores[0] += a;
    if (scores.length > 1) scores[1] += b;
    if (scores.length > 2) scores[2] += c;
  }

  score(feats: Int32Array, n: number, scores: Float32Array): void {
    if (this.inline) {
      this.scoreInline(feats, n, scores);
      return;
    }
    const acc = this.acc;
    acc.fill(0);
    this.addInts(feats, n, acc);
    const unit = this.unitF;
    for (let c = 0; c < acc.length; c++) scores[c] += acc[c] * unit;
  }

  /** Adds integer sums from addInts to `scores` as score() would have: scores[c] += acc[c] * unit. */
  addScaled(acc: Int32Array, scores: Float32Array): void {
    const unit = this.unitF;
    for (let c = 0; c < acc.length; c++) scores[c] += acc[c] * unit;
  }

  /**
   * Adds the features' quantised weights, as integers (exact in any order), into `acc` (length
   * nClasses); the scores are these times `unit`. Models of more than 3 classes only.
   */
  addInts(feats: Int32Array, n: number, acc: Int32Array): void {
    if (this.inline) throw new Error("addInts is for models of more than 3 classes");
    const slots = this.slots;
    const pairs = this.pairs;
    const mask = (slots.length >> 1) - 1;
    const cache = this.cacheP!;
    const cmask = (cache.length >> 1) - 1;
    this.scratch(n);
    const slotOf = this.slotOf;
    const seen = this.seen;
    const missAt = this.missKey;
    // first the cache of recent look-ups (key, packed); the misses read their home slots
    let misses = 0;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      const h = key ^ (key >>> 16);
      const ci = (h & cmask) << 1;
      if (cache[ci] === key) seen[f] = cache[ci + 1];
      else {
        missAt[misses++] = f;
        slotOf[f] = h & mask;
        seen[f] = slots[(h & mask) << 1];
      }
    }
    // then the packed (first pair, count) of each missed feature found, or 0 (a count is never 0)
    for (let m = 0; m < misses; m++) {
      const f = missAt[m];
      const key = feats[f];
      let i = slotOf[f];
      let k = seen[f];
      while (k !== key) {
        if (k === 0) break;
        i = (i + 1) & mask;
        k = slots[i << 1];
      }
      const packed = k === 0 ? 0 : slots[(i << 1) + 1];
      seen[f] = packed;
      const ci = ((key ^ (key >>> 16)) & cmask) << 1;
      cache[ci] = key;
      cache[ci + 1] = packed;
    }
    // the first pair of every feature found, read before any is summed: these loads do not wait on
    // one another, so their cache misses overlap instead of each stalling the sums
    let touch = 0;
    for (let f = 0; f < n; f++) {
      const packed = seen[f];
      if (packed !== 0) touch ^= pairs[packed >>> 8];
    }
    this.warmed ^= touch;
    // a feature with a weight for every class has them in class order (fullRows): no class to decode
    const full = this.fullRows ? acc.length : -1;
    for (let f = 0; f < n; f++) {
      const packed = seen[f];
      if (packed === 0) continue;
      const s = packed >>> 8;
      const count = packed & 255;
      if (count === full) {
        for (let c = 0; c < count; c++) acc[c] += (pairs[s + c] << 16) >> 16;
        continue;
      }
      const e = s + count;
      for (let j = s; j < e; j++) {
        const p = pairs[j];
        acc[p >>> 16] += (p << 16) >> 16;
      }
    }
  }

  /** Binary form: header then the arrays, little-endian. */
  toBuffer(): Buffer {
    const head = Buffer.alloc(20);
    head.writeUInt32LE(0x50524345, 0);
    head.writeUInt32LE(this.nClasses, 4);
    head.writeUInt32LE(this.keys.length, 8);
    head.writeUInt32LE(this.classes.length, 12);
    head.writeFloatLE(this.unit, 16);
    return Buffer.concat([
      head,
      Buffer.from(this.keys.buffer, this.keys.byteOffset, this.keys.byteLength),
      Buffer.from(this.counts.buffer, this.counts.byteOffset, this.counts.byteLength),
      Buffer.from(this.values.buffer, this.values.byteOffset, this.values.byteLength),
      Buffer.from(this.classes.buffer, this.classes.byteOffset, this.classes.byteLength),
    ]);
  }

  static fromBuffer(buf: Buffer): FrozenPerceptron {
    if (buf.length < 20 || buf.readUInt32LE(0) !== 0x50524345)
      throw new Error("not a perceptron weight file");
    const C = buf.readUInt32LE(4);
    const nKeys = buf.readUInt32LE(8);
    const nPairs = buf.readUInt32LE(12);
    const unit = buf.readFloatLE(16);
    const need = 20 + nKeys * 4 + nKeys * 2 + nPairs * 2 + nPairs;
    if (buf.length !== need)
      throw new Error(`perceptron weight file has ${buf.length} bytes, expected ${need}`);
    const copy = (off: number, len: number) =>
      new Uint8Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + len));
    let off = 20;
    const keys = new Int32Array(copy(off, nKeys * 4).buffer);
    off += nKeys * 4;
    const counts = new Uint16Array(copy(off, nKeys * 2).buffer);
    off += nKeys * 2;
    const values = new Int16Array(copy(off, nPairs * 2).buffer);
    off += nPairs * 2;
    const classes = copy(off, nPairs);
    return new FrozenPerceptron(C, keys, counts, classes, values, unit);
  }
}

/**
 * Per word form, the integer scores of feature groups that read the word alone: its own features (a
 * tagger's bias, word, affixes, shape, clusters) and, as `roles` further rows, the features that read it
 * as a neighbour of the token being tagged, since most tokens are frequent words. Dropped when full.
 */
export class WordScoreMemo {
  readonly index = new Map<string, number>();
  /** Row r of entry e starts at (e * roles + r) * nClasses; then one row of zeros, at zeroRow. */
  readonly rows: Int32Array;
  readonly zeroRow: number;
  /** Per entry, bit r set once row r is filled. */
  readonly filled: Uint8Array;
  /** Rows keyed by a small integer (the tagger's two previous tags), allocated by `keyedRows`. */
  keyed = new Int32Array(0);
  keyedFilled = new Uint8Array(0);
  constructor(
    readonly nClasses: number,
    readonly capacity = 8192,
    readonly roles = 1,
  ) {
    this.zeroRow = nClasses * capacity * roles;
    this.rows = new Int32Array(this.zeroRow + nClasses);
    this.filled = new Uint8Array(capacity);
  }

  /** Entries by an outside id of the word (Lex.ids), -1 for none yet. */
  private byId = new Int32Array(0);

  clear(): void {
    this.index.clear();
    this.filled.fill(0);
    this.byId.fill(-1);
  }

  /**
   * Makes room when full, keeping the first `keep` entries: they are the forms met first, mostly the
   * frequent words every sentence has, whose rows would otherwise be filled again after each clear.
   */
  evict(keep = this.capacity >> 1): void {
    if (this.index.size <= keep) return;
    for (const [w, e] of this.index) if (e >= keep) this.index.delete(w);
    this.filled.fill(0, keep);
    const byId = this.byId;
    for (let i = 0; i < byId.length; i++) if (byId[i] >= keep) byId[i] = -1;
  }

  /**
   * The entry of the word with id `id`, as entry() but without the string look-up; the ids must not
   * change meaning while the memo lives (clear it when they do).
   */
  entryOfId(id: number): number {
    if (id >= this.byId.length) {
      const grown = new Int32Array(Math.max(id + 1, this.byId.length * 2, 1024)).fill(-1);
      grown.set(this.byId);
      this.byId = grown;
    }
    let e = this.byId[id];
    if (e < 0) {
      if (this.index.size >= this.capacity) return -1;
      e = this.index.size;
      // a key no word has, so the two kinds of look-up never share an entry by mistake
      this.index.set(`\u0000${id}`, e);
      this.byId[id] = e;
    }
    return e;
  }

  /** The entry of `word`, added if there is room; -1 when the memo is full. */
  entry(word: string): number {
    let e = this.index.get(word);
    if (e === undefined) {
      if (this.index.size >= this.capacity) return -1;
      e = this.index.size;
      this.index.set(word, e);
    }
    return e;
  }

  /** Makes room for `size` keyed rows (they are filled by the caller, who marks keyedFilled). */
  keyedRows(size: number): void {
    if (this.keyedFilled.length < size) {
      this.keyed = new Int32Array(size * this.nClasses);
      this.keyedFilled = new Uint8Array(size);
    }
  }
}

/** What scoring needs from either form. */
export interface Scorer {
  readonly nClasses: number;
  score(feats: Int32Array, n: number, scores: Float32Array): void;
  /** Integer sums of the quantised weights (scores over a positive unit), where the model has them. */
  addInts?(feats: Int32Array, n: number, acc: Int32Array): void;
  /** scores[c] += acc[c] times the unit, as score() turns addInts' sums into scores. */
  addScaled?(acc: Int32Array, scores: Float32Array): void;
}
