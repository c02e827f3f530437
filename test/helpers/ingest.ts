// Reading inputs in tests: everything the readers yield, then the documents and the rejects apart.
import { readInputs } from "../../src/ingest/read.js";
import { isReject, type ReadItem, type ReadOptions } from "../../src/ingest/types.js";
import type { RawDocument, Reject } from "../../src/model/index.js";

export async function readAll(inputs: string[], options: ReadOptions = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of readInputs(inputs, options)) out.push(x);
  return out;
}

export const docs = (items: ReadItem[]) => items.filter((x): x is RawDocument => !isReject(x));
export const rejects = (items: ReadItem[]) => items.filter((x): x is Reject => isReject(x));
