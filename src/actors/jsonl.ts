// `dyad resolve --jsonl FILE`: {id, text, date?} lines in, {id, mentions, actors} lines out.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import type { Actor, Mention } from "../model/index.js";
import { textDocument } from "../pipeline/document.js";
import type { Stage } from "../pipeline/stage.js";

/** Lines longer than this are answered with an error instead of being parsed. */
export const MAX_LINE_CHARS = 5_000_000;

export interface ResolvedRecord {
  id: string;
  mentions: Mention[];
  actors: Actor[];
}

/** Runs analyse (when given) and resolve on one text. */
export function resolveText(stages: Stage[], id: string, text: string, date: string | null): ResolvedRecord {
  let doc = textDocument(id, text, date);
  for (const s of stages) doc = s.run(doc);
  return { id, mentions: doc.mentions, actors: doc.actors };
}

/** Reads JSONL from a path ("-" for stdin); returns how many lines could not be used. */
export async function runResolveJsonl(path: string, stages: Stage[], out: Writable): Promise<number> {
  const input = path === "-" ? process.stdin : createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let bad = 0;
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let id = `line-${n}`;
    try {
      if (line.length > MAX_LINE_CHARS) throw new Error(`line longer than ${MAX_LINE_CHARS} characters`);
      const rec = JSON.parse(line) as { id?: unknown; text?: unknown; date?: unknown };
      if (typeof rec.id === "string" || typeof rec.id === "number") id = String(rec.id);
      if (typeof rec.text !== "string") throw new Error('no "text" string');
      const date =
        typeof rec.date === "string" && /^\d{4}-\d{2}-\d{2}/.test(rec.date) ? rec.date.slice(0, 10) : null;
      out.write(`${JSON.stringify(resolveText(stages, id, rec.text, date))}\n`);
    } catch (err) {
      bad++;
      out.write(`${JSON.stringify({ id, error: (err as Error).message })}\n`);
    }
  }
  return bad;
}
