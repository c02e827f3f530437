// Local files as input sources, streamed from disk.
import { createReadStream } from "node:fs";
import { kindFromName, unknownExtension } from "../sniff.js";
import type { InputSource } from "../types.js";

export function fileSource(path: string): InputSource {
  return {
    uri: path,
    kind: kindFromName(path),
    gz: /\.gz$/i.test(path),
    open: () => createReadStream(path, { highWaterMark: 64 * 1024 }),
    openAt: (start: number) => createReadStream(path, { start, highWaterMark: 64 * 1024 }),
    hints: {},
    unknownExtension: unknownExtension(path),
  };
}
