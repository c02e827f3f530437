import type { Command } from "commander";
import { ARTICLE_FIELDS } from "../ingest/readers/jsonl.js";
import { UserError } from "./context.js";

/** `--field name=key`, repeatable (not variadic, which would swallow the input paths after it). */
export function addFieldOption(cmd: Command): Command {
  return cmd.option(
    "--field <name=key>",
    "JSONL field mapping, repeatable, e.g. --field body=content",
    (v: string, acc: string[]) => [...acc, v],
    [] as string[],
  );
}

/** Turns `--field` values into the readers' field map; a malformed one is a usage error (exit 2). */
export function parseFieldMap(pairs: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const p of pairs) {
    const m = /^([a-zA-Z]+)=(.+)$/.exec(p);
    if (!m) throw new UserError(`--field expects name=key (e.g. body=content), got "${p}"`, 2);
    if (!ARTICLE_FIELDS.includes(m[1]))
      throw new UserError(
        `--field name must be one of ${ARTICLE_FIELDS.join(", ")}, got "${m[1]}" in "${p}"`,
        2,
      );
    map[m[1]] = m[2];
  }
  return map;
}
