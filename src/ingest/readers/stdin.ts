// Standard input ("-") as an input source; its kind is decided from the bytes.
import type { InputSource } from "../types.js";

export function stdinSource(stream: AsyncIterable<Uint8Array> = process.stdin): InputSource {
  return { uri: "-", kind: null, gz: false, open: () => stream, hints: {} };
}
