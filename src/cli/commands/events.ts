import type { Command } from "commander";
import { action, addOutputFlags, emit, eventFilters, intOption, withExistingStore } from "../context.js";

export function register(program: Command): void {
  addOutputFlags(
    program
      .command("events")
      .description("list coded events")
      .option("--actor <code>", "actor code prefix or actor id, as source or target")
      .option("--source <code>", "source actor code prefix")
      .option("--target <code>", "target actor code prefix")
      .option("--cameo <code>", "CAMEO code prefix (e.g. 04 or 042)")
      .option("--plover <type>", "PLOVER event type")
      .option("--quad <n>", "QuadClass 1-4")
      .option("--status <status>", "asserted, reported, alleged or denied")
      .option("--from <date>", "on or after (YYYY-MM-DD)")
      .option("--to <date>", "on or before (YYYY-MM-DD)")
      .option("--place <name>", "place name or ISO3 country")
      .option("--article <id>", "only this article's events")
      .option("--limit <n>", "at most this many", "100")
      .option("--after <id>", "only ids greater than this (paging)"),
  ).action(
    action(async (opts, cmd: Command) => {
      const query = {
        ...eventFilters(opts),
        articleId: opts.article === undefined ? undefined : intOption(opts.article, "--article"),
        limit: intOption(opts.limit, "--limit", 1),
        after: opts.after === undefined ? undefined : intOption(opts.after, "--after"),
      };
      const rows = await withExistingStore(cmd, (s) => s.listEvents(query));
      emit(rows, opts, ({ id, articleId, event: e }) => ({
        id,
        article: articleId,
        date: e.date,
        source: e.source?.code ?? "",
        cameo: e.cameo,
        target: e.target?.code ?? "",
        plover: e.plover?.type ?? "",
        quad: e.quad,
        status: e.status + (e.negated ? "/neg" : ""),
        evidence: `${e.source?.text ?? ""} ${e.verb.text} ${e.target?.text ?? ""}`.trim(),
      }));
    }),
  );
}
