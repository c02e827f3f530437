// `dyad code [FILE]`: codes events in {id, text, date?} lines (a sentence or a story each) and
// writes {id, events:[...]} per line. The field's batch interface, without a database.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import type { Document, DyadEvent } from "../../model/index.js";
import { textDocument } from "../../pipeline/document.js";
import type { PipelineConfig } from "../../pipeline/stage.js";
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
    })),
  };
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
    .description("code events in JSONL lines {id, text, date?} (FILE or stdin)")
    .argument("[file]", "JSONL input; - or nothing for stdin", "-")
    .option("--jsonl", "one {id, events} object per line (default when not a terminal)")
    .option("--verbs <path>", "code with a PETRARCH/TABARI verb dictionary instead of the built-in lexicon")
    .action(
      action(async (file: string, opts: { jsonl?: boolean; verbs?: string }) => {
        const run = await makeRunner(opts.verbs ? { verbDictionary: opts.verbs } : {});
        const input = file === "-" ? process.stdin : createReadStream(file);
        input.on("error", (err: Error) => {
          process.stderr.write(`dyad code: ${err.message}\n`);
          process.exitCode = 1;
        });
        const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
        const asJsonl = opts.jsonl || !process.stdout.isTTY;
        let n = 0;
        let bad = 0;
        for await (const line of rl) {
          n++;
          if (line.trim() === "") continue;
          let rec: { id?: unknown; text?: unknown; date?: unknown };
          try {
            rec = JSON.parse(line);
          } catch {
            process.stderr.write(`dyad code: line ${n}: not JSON\n`);
            bad++;
            continue;
          }
          if (typeof rec !== "object" || rec === null || typeof rec.text !== "string") {
            process.stderr.write(`dyad code: line ${n}: needs {"id", "text"}\n`);
            bad++;
            continue;
          }
          const id = rec.id === undefined ? String(n) : String(rec.id);
          const date = typeof rec.date === "string" ? rec.date : null;
          let out: CodedLine;
          try {
            out = codedLine(id, run(textDocument(id, rec.text.slice(0, 1_000_000), date)).events);
          } catch (err) {
            process.stderr.write(`dyad code: line ${n} (${id}): ${(err as Error).message}\n`);
            bad++;
            continue;
          }
          if (asJsonl) process.stdout.write(JSON.stringify(out) + "\n");
          else {
            const rows = out.events.map((e) => ({
              id,
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
        }
        if (bad > 0) {
          process.exitCode = 1;
          if (bad === n) throw new UserError(`no usable input lines in ${file}`);
        }
      }),
    );
}
