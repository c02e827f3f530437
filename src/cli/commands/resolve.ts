import type { Command } from "commander";
import { reportBadLines } from "../../util/jsonl-input.js";
import { action, UserError } from "../context.js";

export function register(program: Command): void {
  program
    .command("resolve")
    .description(
      "find actor mentions and resolve them to coded actors: in the given text, or in a JSONL file",
    )
    .argument("[text...]", "text to resolve (people: prints a table)")
    .option("--date <date>", "the article's date, for who held which office (YYYY-MM-DD)")
    .option(
      "--dictionary <file>",
      "a TABARI/PETRARCH actor, agent or discard dictionary to add (repeatable)",
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option("--no-analyse", "skip the NLP analysis (tokens and tags) and resolve from the text alone")
    .option("--json", "print one JSON object {mentions, actors}")
    .option(
      "--jsonl <file>",
      'read {id, text, date} lines from FILE ("-" for stdin), write {id, mentions, actors} lines',
    )
    .action(
      action(async (words: string[], opts) => {
        if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
          throw new UserError(`--date must be an ISO date (YYYY-MM-DD), got "${opts.date}"`, 2);
        const { createResolveStage } = await import("../../actors/stage.js");
        const { DictionaryError } = await import("../../actors/dictionaries/index.js");
        const stages = [];
        if (opts.analyse !== false) {
          const { createAnalyseStage } = await import("../../nlp/stage.js");
          stages.push(await createAnalyseStage({}));
        }
        try {
          stages.push(await createResolveStage({ dictionaries: opts.dictionary }));
        } catch (err) {
          if (err instanceof DictionaryError) throw new UserError(err.message, 2);
          throw err;
        }
        const { resolveText, runResolveJsonl } = await import("../../actors/jsonl.js");
        if (typeof opts.jsonl === "string") {
          reportBadLines("resolve", await runResolveJsonl(opts.jsonl, stages, process.stdout));
          return;
        }
        const text = words.join(" ");
        if (!text.trim()) throw new UserError("give a text to resolve, or --jsonl FILE", 2);
        const r = resolveText(stages, "text", text, opts.date ?? null);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ mentions: r.mentions, actors: r.actors }, null, 2)}\n`);
          return;
        }
        const { formatTable } = await import("../../util/table.js");
        const byId = new Map(r.actors.map((a) => [a.id, a]));
        const rows = r.mentions.map((m) => {
          const a = m.actorId ? byId.get(m.actorId) : undefined;
          return {
            text: m.text,
            kind: m.kind,
            code: a?.code ?? "",
            actor: a?.name ?? "",
            id: m.actorId ?? "",
          };
        });
        process.stdout.write(`${formatTable(rows, ["text", "kind", "code", "actor", "id"])}\n`);
      }),
    );
}
