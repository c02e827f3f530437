// `dyad resolve --jsonl FILE`: {id, text, date?, title?, publisher?} lines in, {id, mentions, actors} lines out.
import type { Actor, Mention } from "../model/index.js";
import { type PageFields, textDocument } from "../pipeline/document.js";
import type { Stage } from "../pipeline/stage.js";
import { jsonLinesTo, pageFields, runJsonlLines } from "../util/jsonl-input.js";

export interface ResolvedRecord {
  id: string;
  mentions: Mention[];
  actors: Actor[];
}

/** Runs analyse (when given) and resolve on one text. */
export function resolveText(
  stages: Stage[],
  id: string,
  text: string,
  date: string | null,
  page: PageFields = {},
): ResolvedRecord {
  let doc = textDocument(id, text, date, page);
  for (const s of stages) doc = s.run(doc);
  return { id, mentions: doc.mentions, actors: doc.actors };
}

/** Reads JSONL from a path ("-" for stdin); returns how many lines could not be used. */
export function runResolveJsonl(path: string, stages: Stage[], out: NodeJS.WritableStream): Promise<number> {
  return runJsonlLines(
    path,
    ({ id, text, record }, n) => {
      const date =
        typeof record.date === "string" && /^\d{4}-\d{2}-\d{2}/.test(record.date)
          ? record.date.slice(0, 10)
          : null;
      return { ...resolveText(stages, String(id ?? `line-${n}`), text, date, pageFields(record)) };
    },
    jsonLinesTo(out),
  );
}
