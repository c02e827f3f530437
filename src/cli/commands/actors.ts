import type { Command } from "commander";
import { action, addOutputFlags, emit, intOption, withExistingStore } from "../context.js";

export function register(program: Command): void {
  addOutputFlags(
    program
      .command("actors")
      .description("list actors with their codes and how often they are mentioned")
      .option("--code <prefix>", "actor code prefix (e.g. CHN or USAGOV)")
      .option("--name <text>", "name contains")
      .option("--limit <n>", "at most this many", "100"),
  ).action(
    action(async (opts, cmd: Command) => {
      const query = { code: opts.code, name: opts.name, limit: intOption(opts.limit, "--limit", 1) };
      const rows = await withExistingStore(cmd, (s) => s.listActors(query));
      emit(rows, opts, (a) => ({
        id: a.id,
        name: a.name,
        code: a.code,
        type: a.type,
        sectors: a.sectors.join(" "),
        mentions: a.mentions,
        articles: a.articles,
      }));
    }),
  );
}
