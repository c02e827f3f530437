// Byte-stream helpers shared by the readers: bounded collection, gunzip, peeking, line splitting.
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { formatBytes } from "./types.js";

export class TooLargeError extends Error {
  constructor(limit: number) {
    super(`larger than the ${formatBytes(limit)} limit per document (raise it with --max-bytes)`);
  }
}

/** Gunzips a chunk stream; a truncated or corrupt stream ends in an error with a readable message. */
export async function* gunzip(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  const z = createGunzip();
  const input = Readable.from(chunks, { objectMode: false });
  input.on("error", (e) => z.destroy(e));
  input.pipe(z);
  try {
    for await (const c of z) yield c as Uint8Array;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/unexpected end of file/i.test(msg))
      throw new Error("truncated gzip stream (unexpected end of file)");
    if (/incorrect header check|invalid/i.test(msg)) throw new Error(`corrupt gzip stream (${msg})`);
    throw err;
  } finally {
    input.destroy();
  }
}

/** Reads a whole stream into memory, refusing (early) to go past `limit` bytes. */
export async function collect(chunks: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const c of chunks) {
    total += c.length;
    if (total > limit) throw new TooLargeError(limit);
    parts.push(c);
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts, total);
}

/** The first `n` bytes of a stream (or fewer at its end) and the whole stream again, read once. */
export async function peek(
  chunks: AsyncIterable<Uint8Array>,
  n: number,
): Promise<{ head: Uint8Array; all: AsyncIterable<Uint8Array> }> {
  const it = chunks[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    seen.push(r.value);
    size += r.value.length;
  }
  const head = Buffer.concat(seen).subarray(0, n);
  async function* all(): AsyncIterable<Uint8Array> {
    yield* seen;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head, all: all() };
}

export type Line = { line: string; n: number } | { tooLong: number; n: number };

/**
 * Splits a byte stream into UTF-8 lines (1-based numbers). A line longer than `limit` bytes is not
 * kept in memory: it is reported as {tooLong} and skipped.
 */
export async function* lines(chunks: AsyncIterable<Uint8Array>, limit: number): AsyncIterable<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = 0;
  let n = 0;
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) {
    let buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (;;) {
      const nl = buf.indexOf(10);
      const piece = nl < 0 ? buf : buf.subarray(0, nl);
      if (skipping > 0) skipping += piece.length;
      else if (size + piece.length > limit) {
        skipping = size + piece.length;
        parts = [];
        size = 0;
      } else {
        parts.push(Buffer.from(piece));
        size += piece.length;
      }
      if (nl < 0) break;
      n++;
      if (skipping > 0) {
        yield { tooLong: skipping, n };
        skipping = 0;
      } else {
        yield { line: decoder.decode(Buffer.concat(parts, size)), n };
        parts = [];
        size = 0;
      }
      buf = buf.subarray(nl + 1);
    }
  }
  if (skipping > 0) yield { tooLong: skipping, n: n + 1 };
  else if (size > 0) yield { line: decoder.decode(Buffer.concat(parts, size)), n: n + 1 };
}
