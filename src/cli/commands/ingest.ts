import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { loadConfig } from "../../config/config.js";
import { readInputs } from "../../ingest/read.js";
import { defaultWorkers, formatSummary, ingest } from "../../pipeline/ingest.js";
import type { PipelineConfig } from "../../pipeline/stage.js";
import { action, intOption, queueOption, withStore } from "../context.js";
import { addFieldOption, parseFieldMap } from "../fields.js";

/** Exit status when at least one input was rejected (the rest went in). */
export const EXIT_REJECTED = 2;

export function register(program: Command): void {
  addFieldOption(program.command("ingest"))
    .description("read files, directories, URLs or stdin (-), analyse them and store the results")
    .argument("<inputs...>", "paths (.txt, .html, .jsonl, .warc, feeds; directories recursively), URLs, or -")
    .option("--workers <n>", "worker threads", String(defaultWorkers()))
    .option("--budget <ms>", "per-document time budget in milliseconds", "30000")
    .option(
      "--dictionary <file>",
      "TABARI/PETRARCH actor, agent or discard dictionary to add (repeatable)",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option("--no-progress", "no progress bar even on a terminal")
    .option("--queue <url>", "enqueue the documents on this Redis queue for `dyad worker`s instead")
    .option("--queue-name <name>", "queue name (default dyad-ingest)")
    .action(
      action(async (inputs: string[], opts, cmd: Command) => {
        const fieldMap = parseFieldMap(opts.field);
        const { queue, queueName, dictionaries, verbDictionary } = loadConfig({
          flags: {
            queue: queueOption(opts.queue),
            dictionaries: opts.dictionary.length ? opts.dictionary : undefined,
          },
        }).config;
        if (queue) {
          const { enqueueInputs } = await import("../../queue/enqueue.js");
          const s = await enqueueInputs(inputs, { url: queue, name: opts.queueName ?? queueName, fieldMap });
          process.stderr.write(
            `enqueued: ${s.documents} documents, ${s.added} new jobs, ${s.documents - s.added} already queued, ${s.rejects} rejects\n`,
          );
          if (s.rejects > 0) process.exitCode = EXIT_REJECTED;
          return;
        }
        const pipelineConfig = { dictionaries, verbDictionary };
        const summary = await withStore(cmd, (store) =>
          ingestWithProgress(store, inputs, opts, fieldMap, pipelineConfig),
        );
        process.stderr.write(`ingested: ${formatSummary(summary)}\n`);
        if (summary.rejects > 0) process.exitCode = EXIT_REJECTED;
      }),
    );
}

async function ingestWithProgress(
  store: Parameters<typeof ingest>[1],
  inputs: string[],
  opts: { workers: string; budget: string; progress: boolean },
  fieldMap: Record<string, string>,
  pipelineConfig: PipelineConfig,
) {
  const bar =
    opts.progress && process.stderr.isTTY
      ? new SingleBar({
          format: "{value} docs | {rate} docs/s | {events} events | {rejects} rejects",
          stream: process.stderr,
          hideCursor: true,
        })
      : null;
  bar?.start(0, 0, { rate: "0.0", events: 0, rejects: 0 });
  try {
    return await ingest(readInputs(inputs, { fieldMap }), store, {
      workers: intOption(opts.workers, "--workers") || 1,
      budgetMs: intOption(opts.budget, "--budget"),
      config: pipelineConfig,
      onReject: (r) => {
        // On a terminal, clear the bar's line first; the bar redraws itself on the next update.
        process.stderr.write(`${bar ? "\r\x1b[K" : ""}rejected ${r.source}: ${r.reason}\n`);
      },
      onProgress: (s) => {
        bar?.setTotal(s.documents);
        bar?.update(s.documents, {
          rate: (s.documents / Math.max(s.seconds, 0.001)).toFixed(1),
          events: s.events,
          rejects: s.rejects,
        });
      },
    });
  } finally {
    bar?.stop();
  }
}
