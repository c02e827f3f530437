// `dyad export --format F`: the stored events in the field's formats (see README, "Exports").
import type { Command } from "commander";
import { EVENT_COLUMNS } from "../../export/columns.js";
import { EXPORT_FORMATS, type ExportFormat, exportEvents, exportToFile } from "../../export/export.js";
import { GDELT_COLUMNS } from "../../export/gdelt.js";
import { ICEWS_COLUMNS } from "../../export/icews.js";
import { PLOVER_FIELDS } from "../../export/plover.js";
import type { EventQuery } from "../../store/store.js";
import { formatTable } from "../../util/table.js";
import { action, eventFilters, intOption, UserError, withExistingStore } from "../context.js";

function describe(format: ExportFormat): Record<string, unknown>[] {
  switch (format) {
    case "gdelt":
      return GDELT_COLUMNS.map((c, i) => ({ "#": i + 1, column: c.name, "what Dyad puts there": c.filled }));
    case "icews":
      return ICEWS_COLUMNS.map((c) => ({ column: c.name, "what Dyad puts there": c.filled }));
    case "plover":
      return PLOVER_FIELDS.map((c) => ({ field: c.name, "what Dyad puts there": c.filled }));
    case "graphml":
      return [
        {
          element: "node",
          attributes: "id = actor code (or country with --country); events = events in and out",
        },
        { element: "edge", attributes: "source -> target; weight = events; goldstein = mean Goldstein" },
      ];
    default:
      return EVENT_COLUMNS.map((c) => ({ column: c.name, type: c.type, description: c.description }));
  }
}

export function register(program: Command): void {
  program
    .command("export")
    .description("export events as gdelt, icews, plover, jsonl, csv, parquet or graphml")
    .requiredOption("--format <format>", EXPORT_FORMATS.join(", "))
    .option("-o, --out <file>", "write to this file (default stdout; parquet needs a file)")
    .option("--describe", "print the format's columns and what fills them, export nothing")
    .option("--actor <code>", "actor code prefix or actor id, as source or target")
    .option("--source <code>", "source actor code prefix")
    .option("--target <code>", "target actor code prefix")
    .option("--cameo <code>", "CAMEO code prefix")
    .option("--plover <type>", "PLOVER event type")
    .option("--quad <n>", "QuadClass 1-4")
    .option("--status <status>", "asserted, reported, alleged or denied")
    .option("--from <date>", "on or after (YYYY-MM-DD)")
    .option("--to <date>", "on or before (YYYY-MM-DD)")
    .option("--place <name>", "place name or ISO3 country")
    .option("--limit <n>", "at most this many events")
    .option(
      "--merge",
      "gdelt, jsonl: one row per event reported by several articles (counts in NumMentions etc.)",
    )
    .option("--country", "graphml: one node per country instead of per actor code")
    .option("--min-weight <n>", "graphml: leave out edges with fewer events", "1")
    .action(
      action(async (opts, cmd: Command) => {
        const format = opts.format as ExportFormat;
        if (!EXPORT_FORMATS.includes(format))
          throw new UserError(
            `--format must be one of ${EXPORT_FORMATS.join(", ")}, got "${opts.format}"`,
            2,
          );
        if (opts.describe) {
          process.stdout.write(formatTable(describe(format)) + "\n");
          return;
        }
        const query: EventQuery = eventFilters(opts);
        const options = {
          query,
          limit: opts.limit === undefined ? undefined : intOption(opts.limit, "--limit", 1),
          merge: Boolean(opts.merge),
          network: { country: Boolean(opts.country), minWeight: intOption(opts.minWeight, "--min-weight") },
        };
        if (opts.merge && format !== "gdelt" && format !== "jsonl")
          throw new UserError("--merge applies to --format gdelt and jsonl", 2);
        if (format === "parquet" && !opts.out) throw new UserError("--format parquet needs --out FILE", 2);
        const n = await withExistingStore(cmd, (store) =>
          opts.out
            ? exportToFile(store, format, opts.out, options)
            : exportEvents(store, format as Exclude<ExportFormat, "parquet">, process.stdout, options),
        );
        const what = format === "graphml" ? "edges" : "events";
        process.stderr.write(`dyad export: ${n} ${what} as ${format}${opts.out ? ` to ${opts.out}` : ""}\n`);
      }),
    );
}
