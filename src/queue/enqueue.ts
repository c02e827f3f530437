// `dyad ingest --queue`: read the inputs here, let the workers do the rest.
import { readInputs } from "../ingest/read.js";
import { isReject } from "../ingest/types.js";
import type { RawDocument } from "../model/index.js";
import { IngestQueue } from "./producer.js";

export interface EnqueueOptions {
  url: string;
  name?: string;
  fieldMap?: Record<string, string>;
  onReject?: (source: string, reason: string) => void;
}

export interface EnqueueSummary {
  documents: number;
  added: number;
  rejects: number;
}

/** Documents sent to Redis per round trip. */
const BATCH = 100;

export async function enqueueInputs(inputs: string[], options: EnqueueOptions): Promise<EnqueueSummary> {
  const queue = new IngestQueue({ url: options.url, name: options.name });
  const summary: EnqueueSummary = { documents: 0, added: 0, rejects: 0 };
  const onReject = options.onReject ?? ((s, r) => process.stderr.write(`rejected ${s}: ${r}\n`));
  let batch: RawDocument[] = [];
  const flush = async () => {
    const done = await queue.add(batch);
    summary.added += done.filter((d) => d.added).length;
    batch = [];
  };
  try {
    for await (const item of readInputs(inputs, { fieldMap: options.fieldMap ?? {} })) {
      if (isReject(item)) {
        summary.rejects++;
        onReject(item.source, item.reason);
        continue;
      }
      summary.documents++;
      batch.push(item);
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length) await flush();
  } finally {
    await queue.close();
  }
  return summary;
}
