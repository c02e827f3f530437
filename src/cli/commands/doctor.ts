import type { Command } from "commander";
import { ConfigError, loadConfig, redacted } from "../../config/config.js";
import { runDoctor } from "../../config/doctor.js";
import { formatTable } from "../../util/table.js";
import { action, portOption, queueOption } from "../context.js";

export function register(program: Command): void {
  program
    .command("doctor")
    .description("check the set-up (Node, database, queue, models, port) and say how to fix what is wrong")
    .option("--config <file>", "config file (default ./dyad.config.json or DYAD_CONFIG)")
    .option("--queue <url>", "also check this Redis queue")
    .option("--host <address>", "check the address `dyad serve --host` would bind (default 127.0.0.1)")
    .option("--port <n>", "check the port `dyad serve --port` would take (default 8080)")
    .option("--json", "print the checks as JSON")
    .action(
      action(async (opts, cmd: Command) => {
        let loaded: ReturnType<typeof loadConfig>;
        try {
          loaded = loadConfig({
            path: opts.config,
            flags: {
              database: cmd.optsWithGlobals().db as string | undefined,
              queue: queueOption(opts.queue),
              host: opts.host,
              port: opts.port === undefined ? undefined : portOption(opts.port),
            },
          });
        } catch (err) {
          if (!(err instanceof ConfigError)) throw err;
          const check = {
            name: "config",
            status: "fail",
            detail: err.message,
            fix: "correct the file or variable named",
          };
          if (opts.json) process.stdout.write(JSON.stringify({ checks: [check] }, null, 2) + "\n");
          else print([check]);
          process.exitCode = 1;
          return;
        }
        const checks = [
          {
            name: "config",
            status: "ok" as const,
            detail: loaded.file ? `read ${loaded.file}` : "no config file: environment and defaults",
            fix: "",
          },
          ...(await runDoctor(loaded.config)),
        ];
        if (opts.json)
          process.stdout.write(JSON.stringify({ checks, config: redacted(loaded.config) }, null, 2) + "\n");
        else print(checks);
        if (checks.some((c) => c.status === "fail")) process.exitCode = 1;
      }),
    );
}

function print(checks: { name: string; status: string; detail: string; fix: string }[]): void {
  process.stdout.write(
    formatTable(checks.map((c) => ({ check: c.name, status: c.status, detail: c.detail }))) + "\n",
  );
  const todo = checks.filter((c) => c.fix);
  if (todo.length)
    process.stdout.write(
      "\nTo fix:\n" + todo.map((c) => `- ${c.name}: ${c.detail}\n  ${c.fix}`).join("\n") + "\n",
    );
  else process.stdout.write("\nAll good.\n");
}
