// `dyad code [FILE]`: codes events in {id, text, date?} lines (a sentence or a story each) and
// writes {id, events:[...]} per line. The field's batch interface, without a database.
import { existsSync } from "node:fs";
import type { Command } from "commander";
import type { Document, DyadEvent } from "../../model/index.js";
import { textDocument } from "../../pipeline/document.js";
import type { PipelineConfig } from "../../pipeline/stage.js";
import { jsonLinesTo, pageFields, reportBadLines, runJsonlLines } from "../../util/jsonl-input.js";
import { formatTable } from "../../util/table.js";
import { action, UserError } from "../context.js";

export interface CodedLine {
  id: string;
  events: {
    source: { text: string; code: string } | null;
    target: { text: string; code: string } | null;
    cameo: string;
    plover: string | null;
    quad: number;
    goldstein: number;
    status: string;
    negated: boolean;
    modality: string;
    date: string | null;
    /** Where the clause places the event: a name with its country and coordinates, or null. */
    place: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  }[];
}

/** The compact machine record of one document's events. */
export function codedLine(id: string, events: DyadEvent[]): CodedLine {
  return {
    id,
    events: events.map((e) => ({
      source: e.source ? { text: e.source.text, code: e.source.code } : null,
      target: e.target ? { text: e.target.text, code: e.target.code } : null,
      cameo: e.cameo,
      plover: e.plover?.type ?? null,
      quad: e.quad,
      goldstein: e.goldstein,
      status: e.status,
      negated: e.negated,
      modality: e.modality,
      date: e.date,
      place: e.place,
    })),
  };
}

/** People's view of one answered line: a table of its events, or its error. */
function printTable(record: Record<string, unknown>): void {
  if ("error" in record) {
    process.stderr.write(`dyad code: line ${record.line}: ${record.error}\n`);
    return;
  }
  const out = record as unknown as CodedLine;
  const rows = out.events.map((e) => ({
    id: out.id,
    source: e.source ? `${e.source.text} [${e.source.code}]` : "",
    cameo: e.cameo,
    plover: e.plover,
    target: e.target ? `${e.target.text} [${e.target.code}]` : "",
    status: e.status,
    modality: e.modality + (e.negated ? " (negated)" : ""),
    date: e.date,
  }));
  process.stdout.write(formatTable(rows) + "\n");
}

/** Runs every stage when the pipeline can be built, else the event stage alone. */
async function makeRunner(config: PipelineConfig): Promise<(doc: Document) => Document> {
  try {
    const { createPipeline } = await import("../../pipeline/pipeline.js");
    const p = await createPipeline(config);
    return (doc) => p.analyse(doc);
  } catch (err) {
    process.stderr.write(
      `dyad code: full pipeline unavailable (${(err as Error).message}); events stage only\n`,
    );
    const { createEventStage } = await import("../../events/stage.js");
    const s = await createEventStage(config);
    return (doc) => s.run(doc);
  }
}

export function register(program: Command): void {
  program
    .command("code")
    .description("code events in JSONL lines {id, text, date?, title?, publisher?} (FILE or stdin)")
    .argument("[file]", "JSONL input; - or nothing for stdin", "-")
    .option("--jsonl", "one {id, events} object per line (default when not a terminal)")
    .option("--verbs <path>", "code with a PETRARCH/TABARI verb dictionary instead of the built-in lexicon")
    .action(
      action(async (file: string, opts: { jsonl?: boolean; verbs?: string }) => {
        // checked here, not left to the loader, so a wrong path is not mistaken for a broken pipeline
        if (opts.verbs && !existsSync(opts.verbs))
          throw new UserError(`verb dictionary ${opts.verbs} does not exist`);
        const run = await makeRunner(opts.verbs ? { verbDictionary: opts.verbs } : {});
        const asJsonl = opts.jsonl || !process.stdout.isTTY;
        const bad = await runJsonlLines(
          file,
          ({ id, text, record }, n) => {
            const key = String(id ?? n);
            const date = record.date ?? null;
            // a date that is not one would silently leave every event undated or misdated
            if (date !== null && (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(date)))
              return {
                id: key,
                line: n,
                error: `"date" is not an ISO date (YYYY-MM-DD): ${String(date).slice(0, 40)}`,
              };
            return { ...codedLine(key, run(textDocument(key, text, date, pageFields(record))).events) };
          },
          asJsonl ? jsonLinesTo(process.stdout) : (record) => printTable(record),
        );
        reportBadLines("code", bad);
      }),
    );
}
