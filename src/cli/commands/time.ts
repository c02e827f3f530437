import type { Command } from "commander";
import { reportBadLines } from "../../util/jsonl-input.js";
import { action, UserError } from "../context.js";

export function register(program: Command): void {
  program
    .command("time")
    .description(
      "find and resolve time expressions (TIMEX3): in the given text, or in a JSONL file (--jsonl FILE)",
    )
    .argument("[text...]", "text to tag (people: prints a table)")
    .option("--dct <date>", "document creation date the text is resolved against (YYYY-MM-DD)")
    .option("--json", "print one JSON array")
    .option(
      "--no-analyse",
      "skip the NLP analysis (the parse tells which way a bare weekday points) and read the text alone",
    )
    .option(
      "--jsonl <file>",
      'read {id, text, dct} lines from FILE ("-" for stdin), write {id, timex:[...]} lines',
    )
    .action(
      action(async (words: string[], opts) => {
        if (opts.dct !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(opts.dct))
          throw new UserError(`--dct must be an ISO date (YYYY-MM-DD), got "${opts.dct}"`, 2);
        let parse = null;
        if (opts.analyse !== false) {
          const { analyseText } = await import("../../nlp/stage.js");
          parse = (text: string) => analyseText(text).sentences;
        }
        if (typeof opts.jsonl === "string") {
          const { runTimeJsonl } = await import("../../time/jsonl.js");
          reportBadLines("time", await runTimeJsonl(opts.jsonl, process.stdout, parse));
          return;
        }
        const text = words.join(" ");
        if (!text.trim()) throw new UserError("give a text to tag, or --jsonl FILE", 2);
        const { timexesForText } = await import("../../time/jsonl.js");
        const rows = timexesForText(text, opts.dct ?? null, parse);
        if (opts.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        else {
          const { formatTable } = await import("../../util/table.js");
          process.stdout.write(
            `${formatTable(
              rows.map((r) => ({ ...r })),
              ["start", "end", "text", "type", "value"],
            )}\n`,
          );
        }
      }),
    );
}
