// What the training scripts (main, parser-tune, ner-cv) share on the command line.
import { corpusPath } from "../../util/shared.js";

/** A progress line on stderr with the time of day, so long runs show where the hours went. */
export function trainLog(s: string): void {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${s}\n`);
}

/** The path of a file under ../shared/corpus; exits with a clear message when it is absent. */
export function needCorpus(rel: string, tool: string): string {
  const p = corpusPath(rel);
  if (!p) {
    process.stderr.write(`${tool}: ../shared/corpus/${rel} is missing\n`);
    process.exit(2);
  }
  return p;
}
