// `dyad nlp`: tags, lemmatizes and parses CoNLL-U (keeping its tokens) or plain text, writing CoNLL-U
// (or the analysis as JSON). Sentences over the parser's length cap keep tags but get no heads, and
// carry a "# dyad_unparsed" comment.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { MAX_PARSE_TOKENS } from "../../nlp/analyse.js";
import { annotateConllu } from "../../nlp/annotate.js";
import { type ConlluSentence, conlluText, formatConllu, parseConllu } from "../../nlp/conllu.js";
import { loadPipeline } from "../../nlp/models.js";
import { analyseText } from "../../nlp/stage.js";
import { segment } from "../../nlp/tokenize.js";
import { action, UserError } from "../context.js";

/** Reads FILE, or stdin for "-". */
export function readInput(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (err) {
    throw new UserError(`cannot read ${file}: ${(err as Error).message}`, 2);
  }
}

/** Plain text -> CoNLL-U sentences with the tokenizer's tokens (SpaceAfter=No where no space follows). */
export function textToConllu(text: string): ConlluSentence[] {
  return segment(text).map((s, si) => ({
    comments: [`# sent_id = ${si + 1}`, `# text = ${conlluText(text.slice(s.start, s.end))}`],
    ranges: new Map(),
    words: s.tokens.map((t, i) => ({
      id: i + 1,
      form: t.text.replace(/\s/g, "_"),
      lemma: "_",
      upos: "_",
      xpos: "_",
      feats: "_",
      head: -1,
      deprel: "_",
      deps: "_",
      misc: i + 1 < s.tokens.length && s.tokens[i + 1].start === t.end ? "SpaceAfter=No" : "_",
    })),
  }));
}

export function register(program: Command): void {
  program
    .command("nlp")
    .description(
      `tokenize, tag, lemmatize and parse (UD); sentences over ${MAX_PARSE_TOKENS} tokens are tagged, not parsed`,
    )
    .argument("<file>", "input file, or - for stdin")
    .option("--from <format>", "conllu (keeps the given tokens) or text", "text")
    .option("--to <format>", "conllu or json", "conllu")
    .option("--models <dir>", "model folder (default: the repository's models/)")
    .action(
      action(async (file: string, opts: { from: string; to: string; models?: string }) => {
        if (!["conllu", "text"].includes(opts.from)) throw new UserError(`--from must be conllu or text`, 2);
        if (!["conllu", "json"].includes(opts.to)) throw new UserError(`--to must be conllu or json`, 2);
        const input = readInput(file);
        if (opts.to === "json") {
          if (opts.from !== "text") throw new UserError("--to json needs --from text", 2);
          process.stdout.write(JSON.stringify(analyseText(input)) + "\n");
          return;
        }
        let sentences: ConlluSentence[];
        try {
          sentences = opts.from === "conllu" ? parseConllu(input) : textToConllu(input);
        } catch (err) {
          throw new UserError(`${file}: ${(err as Error).message}`, 2);
        }
        const pipeline = loadPipeline(opts.models);
        if (!pipeline.tagger) throw new UserError("no tagger model found in models/ (run npm run train)", 1);
        process.stdout.write(formatConllu(annotateConllu(pipeline, sentences)));
      }),
    );
}
