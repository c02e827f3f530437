import type { Command } from "commander";
import { startServer } from "../../api/serve.js";
import { openStore } from "../../store/open.js";
import { action, dbLocation, intOption } from "../context.js";

export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the web pages and the API")
    .option("--host <address>", "address to bind (default 127.0.0.1: only this machine)", "127.0.0.1")
    .option("--port <n>", "port", "8080")
    .action(
      action(async (opts, cmd: Command) => {
        const store = await openStore(dbLocation(cmd));
        const { url } = await startServer({ store, host: opts.host, port: intOption(opts.port, "--port") });
        process.stderr.write(`dyad: serving ${dbLocation(cmd)} at ${url} (Ctrl-C to stop)\n`);
      }),
    );
}
