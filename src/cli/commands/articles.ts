import type { Command } from "commander";
import { action, addOutputFlags, dateOption, emit, intOption, withExistingStore } from "../context.js";

export function register(program: Command): void {
  addOutputFlags(
    program
      .command("articles")
      .description("list stored articles")
      .option("-s, --search <text>", "full-text search over title and body")
      .option("--from <date>", "published on or after (YYYY-MM-DD)")
      .option("--to <date>", "published on or before (YYYY-MM-DD)")
      .option("--publisher <name>", "only this publisher")
      .option("--language <code>", "only this language (ISO 639-1)")
      .option("--limit <n>", "at most this many", "100")
      .option("--after <id>", "only ids greater than this (paging)"),
  ).action(
    action(async (opts, cmd: Command) => {
      const query = {
        search: opts.search,
        from: dateOption(opts.from, "--from"),
        to: dateOption(opts.to, "--to"),
        publisher: opts.publisher,
        language: opts.language,
        limit: intOption(opts.limit, "--limit", 1),
        after: opts.after === undefined ? undefined : intOption(opts.after, "--after"),
      };
      const rows = await withExistingStore(cmd, (s) => s.listArticles(query));
      emit(rows, opts, (r) => ({
        id: r.id,
        published: r.published?.slice(0, 10),
        publisher: r.publisher,
        events: r.events,
        quotes: r.quotes,
        title: r.title,
      }));
    }),
  );
}
