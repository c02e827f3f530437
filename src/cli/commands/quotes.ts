import type { Command } from "commander";
import type { Document } from "../../model/index.js";
import { reportBadLines } from "../../util/jsonl-input.js";
import { action, emit, intOption, withExistingStore } from "../context.js";

export function register(program: Command): void {
  program
    .command("quotes")
    .description("list stored quotes, or find the quotes in a JSONL file of texts (--jsonl FILE)")
    .option("--speaker <name>", "speaker name contains, or actor id")
    .option("-s, --search <text>", "full-text search over the quoted words")
    .option("--article <id>", "only this article's quotes")
    .option("--limit <n>", "at most this many", "100")
    .option("--after <id>", "only ids greater than this (paging)")
    .option("--json", "print one JSON array")
    .option(
      "--no-analyse",
      "with --jsonl FILE: skip the NLP analysis and actor resolution; find quotes from tokens and quote marks alone",
    )
    .option(
      "--jsonl [file]",
      "print one JSON object per line; with FILE, read {id, text, published?} lines and print their quotes",
    )
    .action(
      action(async (opts, cmd: Command) => {
        // `--jsonl FILE` is the machine interface from the issue; `--jsonl` alone is an output format.
        if (typeof opts.jsonl === "string") {
          const { runQuotesJsonl } = await import("../../quotes/jsonl.js");
          let analyse = null;
          if (opts.analyse !== false) {
            // the language analysis and the actor resolver, as the pipeline runs them before quotes:
            // the resolver's actors name the speakers ("the ministry" -> Japan government)
            const { createAnalyseStage } = await import("../../nlp/stage.js");
            const { createResolveStage } = await import("../../actors/stage.js");
            const stages = [await createAnalyseStage({}), await createResolveStage({})];
            analyse = (doc: Document) => stages.reduce((d, st) => st.run(d), doc);
          }
          reportBadLines("quotes", await runQuotesJsonl(opts.jsonl, process.stdout, analyse));
          return;
        }
        const query = {
          speaker: opts.speaker,
          search: opts.search,
          articleId: opts.article === undefined ? undefined : intOption(opts.article, "--article"),
          limit: intOption(opts.limit, "--limit", 1),
          after: opts.after === undefined ? undefined : intOption(opts.after, "--after"),
        };
        const rows = await withExistingStore(cmd, (s) => s.listQuotes(query));
        emit(rows, { json: opts.json, jsonl: opts.jsonl === true }, (r) => ({
          id: r.id,
          article: r.articleId,
          speaker: r.speaker,
          kind: r.quote.kind,
          cue: r.quote.cue?.text ?? "",
          content: r.quote.content.text,
        }));
      }),
    );
}
