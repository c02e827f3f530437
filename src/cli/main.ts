// The `dyad` command. Each subcommand lives in src/cli/commands/<name>.ts and exports
// register(program); they are discovered here so adding a command touches one file.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Command } from "commander";

export async function buildProgram(): Promise<Command> {
  const program = new Command("dyad")
    .description("Who did what to whom, who said what, when, where, and according to whom.")
    .version("0.1.0")
    .option("--db <path|url>", "database: a SQLite file (default ./dyad.db, or DYAD_DB) or postgres://...")
    .showHelpAfterError();
  const dir = join(dirname(fileURLToPath(import.meta.url)), "commands");
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !/\.test\.|\.d\.ts$/.test(f))
    .sort();
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { register?: (p: Command) => void };
    mod.register?.(program);
  }
  return program;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain || process.env.DYAD_CLI_MAIN === "1") {
  // `dyad code ... | head`: a reader that stops early is no error; stop quietly, as Unix tools do.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
  const program = await buildProgram();
  await program.parseAsync(process.argv);
}
