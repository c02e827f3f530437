import type { Command } from "commander";
import { type IngestSink, localSink, queueSink } from "../../api/ingest-sink.js";
import { startServer } from "../../api/serve.js";
import { loadConfig } from "../../config/config.js";
import { openStore } from "../../store/open.js";
import { action, intOption, portOption, queueOption } from "../context.js";

export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the web pages and the HTTP API (docs at /api/docs)")
    .option("--host <address>", "address to bind (default 127.0.0.1: only this machine)")
    .option("--port <n>", "port (default 8080)")
    .option("--config <file>", "config file (default ./dyad.config.json or DYAD_CONFIG)")
    .option(
      "--queue <url>",
      "send POST /api/ingest documents to this Redis queue instead of analysing them here",
    )
    .option("--threads <n>", "pipeline threads for POST /api/ingest without a queue", "1")
    .action(
      action(async (opts, cmd: Command) => {
        const { config } = loadConfig({
          path: opts.config,
          flags: {
            database: cmd.optsWithGlobals().db as string | undefined,
            host: opts.host,
            port: opts.port === undefined ? undefined : portOption(opts.port),
            queue: queueOption(opts.queue),
          },
        });
        const store = await openStore(config.database);
        let ingest: IngestSink | undefined;
        if (config.server.token) {
          if (config.queue) {
            const { IngestQueue } = await import("../../queue/producer.js");
            ingest = queueSink(
              new IngestQueue({
                url: config.queue,
                name: config.queueName,
                attempts: config.worker.attempts,
              }),
            );
          } else
            ingest = localSink(store, {
              threads: intOption(opts.threads, "--threads") || 1,
              budgetMs: config.worker.budgetMs,
              config: { dictionaries: config.dictionaries, verbDictionary: config.verbDictionary },
            });
        }
        const { url, close } = await startServer({
          store,
          host: config.server.host,
          port: config.server.port,
          token: config.server.token,
          ingest,
          bodyLimit: config.server.bodyLimit,
          rateLimit: config.server.rateLimit,
        });
        const where = store.kind === "postgres" ? "PostgreSQL" : config.database;
        const lines = [
          `dyad: serving ${where} at ${url} (API docs at ${url}/api/docs; Ctrl-C to stop)`,
          config.server.token
            ? `dyad: POST /api/ingest is open to bearer-token holders (${ingest?.mode === "queue" ? "enqueues" : "analyses here"})`
            : "dyad: no API token configured (DYAD_API_TOKEN): write routes are disabled",
        ];
        if (!/^(127\.|::1$|localhost$)/.test(config.server.host))
          lines.push(`dyad: bound to ${config.server.host}: reachable from other machines`);
        process.stderr.write(lines.join("\n") + "\n");
        const stop = async () => {
          await close();
          await ingest?.close();
          await store.close();
          process.exit(0);
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      }),
    );
}
