// `dyad worker`: takes documents from the Redis queue, analyses and stores them. Run as many as you
// like, on as many machines as you like, all pointing at the same queue and database.
import type { Command } from "commander";
import { loadConfig } from "../../config/config.js";
import { createStoreHandler } from "../../queue/handler.js";
import { IngestQueue } from "../../queue/producer.js";
import { startWorker, type WorkerEvent } from "../../queue/worker.js";
import { openStore } from "../../store/open.js";
import { formatTable } from "../../util/table.js";
import { action, intOption, queueOption, UserError } from "../context.js";

export function register(program: Command): void {
  program
    .command("worker")
    .description("process documents from the ingest queue (Redis) into the database")
    .option("--queue <url>", "redis://host:port of the queue (or DYAD_QUEUE_URL, or the config file)")
    .option("--queue-name <name>", "queue name (default dyad-ingest)")
    .option("--config <file>", "config file (default ./dyad.config.json or DYAD_CONFIG)")
    .option("--threads <n>", "pipeline threads", "1")
    .option("--concurrency <n>", "documents in flight (default: from config, 2)")
    .option("--budget <ms>", "per-document time budget in milliseconds")
    .option("--lock-ms <ms>", "job lock duration: a dead worker's jobs are taken over after this", "30000")
    .option("--stalled-ms <ms>", "how often to look for jobs of dead workers", "30000")
    .option("--dictionary <file...>", "TABARI/PETRARCH dictionaries to add", [])
    .option("--quiet", "only the summary lines, not one line per document")
    .option("--status", "print the queue's counts and its dead letters, then exit")
    .action(
      action(async (opts, cmd: Command) => {
        const { config } = loadConfig({
          path: opts.config,
          flags: {
            database: cmd.optsWithGlobals().db as string | undefined,
            queue: queueOption(opts.queue),
            dictionaries: opts.dictionary,
          },
        });
        if (!config.queue)
          throw new UserError("no queue: pass --queue redis://host:6379 or set DYAD_QUEUE_URL", 2);
        if (opts.status) {
          await printStatus(config.queue, opts.queueName ?? config.queueName);
          return;
        }
        const store = await openStore(config.database);
        const handler = createStoreHandler(store, {
          threads: Math.max(1, intOption(opts.threads, "--threads")),
          budgetMs: opts.budget ? intOption(opts.budget, "--budget") : config.worker.budgetMs,
          config: { dictionaries: config.dictionaries, verbDictionary: config.verbDictionary },
        });
        const started = Date.now();
        const tally = { stored: 0, duplicates: 0, retries: 0, dead: 0 };
        const say = (line: string) => process.stderr.write(`worker ${process.pid}: ${line}\n`);
        try {
          await handler.ready();
        } catch (err) {
          await Promise.all([handler.close(), store.close()]);
          throw new Error(`the pipeline could not start: ${(err as Error).message}`);
        }
        const onEvent = (e: WorkerEvent) => {
          if (e.type === "ready")
            say(`ready (${e.id}), queue ${opts.queueName ?? config.queueName}, db ${store.kind}`);
          else if (e.type === "done") {
            if (e.inserted) tally.stored++;
            else tally.duplicates++;
            if (!opts.quiet)
              say(
                `${e.inserted ? "stored" : "duplicate"} ${e.uri} -> article ${e.articleId} (${e.events} events)`,
              );
          } else if (e.type === "retry") {
            tally.retries++;
            say(`retry ${e.uri} after attempt ${e.attempt}: ${e.reason}`);
          } else if (e.type === "dead") {
            tally.dead++;
            say(`dead-letter ${e.uri} after attempt ${e.attempt}: ${e.reason}`);
          } else say(`error: ${e.reason}`);
        };
        const worker = await startWorker(handler.handle, {
          url: config.queue,
          name: opts.queueName ?? config.queueName,
          concurrency: opts.concurrency
            ? intOption(opts.concurrency, "--concurrency")
            : config.worker.concurrency,
          lockDurationMs: intOption(opts.lockMs, "--lock-ms"),
          stalledIntervalMs: intOption(opts.stalledMs, "--stalled-ms"),
          store,
          onEvent,
        });
        // The rate is over the last interval, so an idle worker does not dilute a busy stretch.
        let last = { at: started, done: 0 };
        const summary = () => {
          const now = Date.now();
          const done = tally.stored + tally.duplicates;
          const seconds = Math.max((now - last.at) / 1000, 0.001);
          const rate = (done - last.done) / seconds;
          last = { at: now, done };
          say(
            `${tally.stored} stored, ${tally.duplicates} duplicates, ${tally.retries} retries, ${tally.dead} dead-lettered; ` +
              `${rate.toFixed(2)} docs/s over the last ${seconds.toFixed(0)} s`,
          );
        };
        const timer = setInterval(summary, 10_000);
        timer.unref();
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
        });
        say("stopping: finishing the documents in flight");
        clearInterval(timer);
        await worker.close();
        await handler.close();
        await store.close();
        summary();
      }),
    );
}

async function printStatus(url: string, name: string): Promise<void> {
  const queue = new IngestQueue({ url, name });
  try {
    const counts = await queue.counts();
    process.stdout.write(
      `queue ${name}: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ")}\n`,
    );
    const dead = await queue.deadLetters(100);
    if (dead.length)
      process.stdout.write(
        formatTable(
          dead.map((d) => ({
            uri: d.uri,
            stage: d.stage,
            attempts: d.attempts,
            at: d.failedAt,
            reason: d.reason,
          })),
        ) + "\n",
      );
  } finally {
    await queue.close();
  }
}
