// Scratch typed arrays reused from sentence to sentence. A typed array of more than 64 bytes is
// allocated outside the JS heap, at about a microsecond each with its share of garbage collection, and
// the pipeline made some 30 per sentence. Each Scratch belongs to one function, which fills it and is
// done with it before it returns (JS runs one call at a time, and these functions do not re-enter);
// arrays that outlive the call are still made fresh.

/** A grow-only Int32Array buffer. */
export class Int32Scratch {
  private buf: Int32Array;
  constructor(size = 0) {
    this.buf = new Int32Array(size);
  }
  /** A view of exactly n elements; its contents are whatever the last use left. */
  take(n: number): Int32Array {
    if (this.buf.length < n) this.buf = new Int32Array(Math.max(n, 2 * this.buf.length));
    return this.buf.subarray(0, n);
  }
}

/** A grow-only Float32Array buffer. */
export class Float32Scratch {
  private buf: Float32Array;
  constructor(size = 0) {
    this.buf = new Float32Array(size);
  }
  /** A view of exactly n elements; its contents are whatever the last use left. */
  take(n: number): Float32Array {
    if (this.buf.length < n) this.buf = new Float32Array(Math.max(n, 2 * this.buf.length));
    return this.buf.subarray(0, n);
  }
}
