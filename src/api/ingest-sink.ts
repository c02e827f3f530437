// Where POST /api/ingest sends documents: through the pipeline into the store in this process, or onto
// the Redis queue for `dyad worker`s when a queue is configured.
import type { RawDocument } from "../model/index.js";
import { createStoreHandler, type HandlerOptions, type StoreHandler } from "../queue/handler.js";
import type { IngestQueue } from "../queue/producer.js";
import type { DocumentHandler } from "../queue/worker.js";
import type { Store } from "../store/store.js";

export type IngestOutcome =
  | { uri: string; status: "stored" | "duplicate"; articleId: number; events: number }
  | { uri: string; status: "rejected"; stage: string; reason: string }
  | { uri: string; status: "queued" | "already-queued"; jobId: string };

export interface IngestSink {
  readonly mode: "local" | "queue";
  submit(raws: RawDocument[]): Promise<IngestOutcome[]>;
  close(): Promise<void>;
}

/** In-process: the pipeline threads start on the first request, then stay for the next ones. */
export function localSink(
  store: Store,
  options: HandlerOptions & { handle?: DocumentHandler } = {},
): IngestSink {
  let handler: StoreHandler | null = null;
  const handle = (raw: RawDocument) => {
    if (options.handle) return options.handle(raw);
    handler ??= createStoreHandler(store, options);
    return handler.handle(raw);
  };
  return {
    mode: "local",
    async submit(raws) {
      return Promise.all(
        raws.map(async (raw): Promise<IngestOutcome> => {
          const r = await handle(raw).catch((err: Error) => ({
            ok: false as const,
            stage: "store" as const,
            reason: err.message,
            retry: false,
          }));
          if (r.ok)
            return {
              uri: raw.uri,
              status: r.inserted ? "stored" : "duplicate",
              articleId: r.articleId,
              events: r.events,
            };
          await store
            .saveReject({ source: raw.uri, stage: r.stage, reason: r.reason, at: new Date().toISOString() })
            .catch(() => {});
          return { uri: raw.uri, status: "rejected", stage: r.stage, reason: r.reason };
        }),
      );
    },
    async close() {
      await handler?.close();
    },
  };
}

export function queueSink(queue: IngestQueue): IngestSink {
  return {
    mode: "queue",
    async submit(raws) {
      return (await queue.add(raws)).map((e) => ({
        uri: e.uri,
        status: e.added ? "queued" : "already-queued",
        jobId: e.jobId,
      }));
    },
    close: () => queue.close(),
  };
}
