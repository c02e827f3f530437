import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { startServer } from "../../api/serve.js";
import { readInputs } from "../../ingest/read.js";
import { formatSummary, ingest } from "../../pipeline/ingest.js";
import { openStore } from "../../store/open.js";
import { repoRoot } from "../../util/shared.js";
import { action, portOption } from "../context.js";

export const DEMO_DB = "demo.db";

export function register(program: Command): void {
  program
    .command("demo")
    .description("ingest the bundled examples/ into a fresh demo.db and serve it at http://127.0.0.1:8080")
    .option("--no-serve", "stop after the ingest")
    .option("--port <n>", "port", "8080")
    .action(
      action(async (opts, cmd: Command) => {
        const db = (cmd.optsWithGlobals().db as string | undefined) ?? DEMO_DB;
        // The demo always starts from an empty database so its figures are reproducible.
        for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
        const store = await openStore(db);
        // The sample news lives in these folders; examples/README.md describes them and is not news.
        const examples = ["articles", "pages", "jsonl"].map((d) => join(repoRoot, "examples", d));
        process.stderr.write(`dyad demo: ingesting ${join(repoRoot, "examples")} into ${db}\n`);
        const summary = await ingest(readInputs(examples), store, {
          onReject: (r) => process.stderr.write(`rejected ${r.source}: ${r.reason}\n`),
        });
        process.stderr.write(`ingested: ${formatSummary(summary)}\n`);
        const counts = await store.counts();
        process.stdout.write(
          `${counts.articles} articles, ${counts.events} events, ${counts.quotes} quotes, ${counts.actors} actors in ${db}\n`,
        );
        if (!opts.serve) {
          await store.close();
          return;
        }
        const { url } = await startServer({ store, host: "127.0.0.1", port: portOption(opts.port) });
        process.stderr.write(`dyad demo: open ${url} (Ctrl-C to stop)\n`);
      }),
    );
}
