// `dyad ner`: named entities (PER, ORG, LOC) as IOB2 tags, one "token<TAB>tag" line per token, a
// blank line between sentences. Input: CoNLL-style columns (token first) or plain text. The names of
// one document (a text, or the sentences after a "# newdoc" line) are read consistently.
import type { Command } from "commander";
import { annotateIob } from "../../nlp/annotate.js";
import { parseIob } from "../../nlp/conllu.js";
import { loadPipeline } from "../../nlp/models.js";
import { segment } from "../../nlp/tokenize.js";
import { action, UserError } from "../context.js";
import { readInput } from "./nlp.js";

export function register(program: Command): void {
  program
    .command("ner")
    .description("named entities (PER, ORG, LOC) as token<TAB>IOB2-tag lines")
    .argument("<file>", "input file, or - for stdin")
    .option(
      "--from <format>",
      "conll (token in the first column, blank line between sentences) or text",
      "conll",
    )
    .option("--models <dir>", "model folder (default: the repository's models/)")
    .action(
      action(async (file: string, opts: { from: string; models?: string }) => {
        if (!["conll", "text"].includes(opts.from)) throw new UserError("--from must be conll or text", 2);
        const input = readInput(file);
        // a text is one document; CoNLL input is split into documents where it has "# newdoc" lines
        const parsed =
          opts.from === "conll"
            ? parseIob(input).map((x) => ({ tokens: x.tokens, doc: x.doc }))
            : segment(input).map((s) => ({ tokens: s.tokens.map((t) => t.text), doc: 0 }));
        const sentences = parsed.map((x) => x.tokens);
        const pipeline = loadPipeline(opts.models);
        if (!pipeline.ner) throw new UserError("no NER model found in models/ (run npm run train)", 1);
        const tags = annotateIob(
          pipeline,
          sentences,
          parsed.map((x) => x.doc),
        );
        const out: string[] = [];
        sentences.forEach((toks, s) => {
          toks.forEach((t, i) => {
            out.push(`${t}\t${tags[s][i]}`);
          });
          out.push("");
        });
        process.stdout.write(out.join("\n") + (out.length ? "\n" : ""));
      }),
    );
}
