// `dyad extract`: the article in each input (title, body, date, byline, publisher, section,
// language, captions) without analysing or storing anything.
import type { Command } from "commander";
import { ExtractError, extractArticle } from "../../ingest/extract.js";
import { readInputs } from "../../ingest/read.js";
import { isReject } from "../../ingest/types.js";
import { type Article, ArticleSchema } from "../../model/index.js";
import { formatTable } from "../../util/table.js";
import { action, UserError } from "../context.js";
import { addFieldOption, parseFieldMap } from "../fields.js";

/** Exit status when some input was rejected (the rest was extracted). */
const EXIT_REJECTED = 2;

export function register(program: Command): void {
  addFieldOption(program.command("extract"))
    .description("find the article in each input and print it (nothing is stored)")
    .argument("<inputs...>", "paths (.txt, .html, .jsonl, .warc, feeds; directories recursively), URLs, or -")
    .option("--json", "print one JSON array")
    .option("--jsonl", "print one JSON object per line")
    .option("--max-bytes <n>", "largest document accepted, in bytes", String(20 * 1024 * 1024))
    .action(
      action(
        async (
          inputs: string[],
          opts: { json?: boolean; jsonl?: boolean; field: string[]; maxBytes: string },
        ) => {
          const maxBytes = Number(opts.maxBytes);
          if (!Number.isInteger(maxBytes) || maxBytes <= 0)
            throw new UserError(`--max-bytes must be a positive integer, got "${opts.maxBytes}"`, 2);
          const articles: Article[] = [];
          let rejects = 0;
          const reject = (source: string, reason: string) => {
            rejects++;
            process.stderr.write(`dyad extract: ${source}: ${reason}\n`);
          };
          for await (const item of readInputs(inputs, { fieldMap: parseFieldMap(opts.field), maxBytes })) {
            if (isReject(item)) {
              reject(item.source, item.reason);
              continue;
            }
            let article: Article;
            try {
              article = ArticleSchema.parse(extractArticle(item));
            } catch (err) {
              if (!(err instanceof ExtractError)) throw err;
              reject(item.uri, err.message);
              continue;
            }
            if (opts.jsonl) process.stdout.write(JSON.stringify(article) + "\n");
            else articles.push(article);
          }
          if (opts.json) process.stdout.write(JSON.stringify(articles, null, 2) + "\n");
          else if (!opts.jsonl) {
            const rows = articles.map((a) => ({
              source: a.source,
              title: a.title,
              published: a.published,
              language: a.language,
              words: a.body.split(/\s+/).length,
              captions: a.captions.length,
            }));
            process.stdout.write(formatTable(rows) + "\n");
          }
          if (rejects > 0) process.exitCode = EXIT_REJECTED;
        },
      ),
    );
}
