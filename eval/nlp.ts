// `npm run eval -- nlp [--conllu FILE] [--iob FILE] [--models DIR] [--no-newswire]`: UPOS, XPOS, lemma,
// UAS and LAS on a CoNLL-U file with its gold tokens (default: UD English EWT dev), entity F1 on an IOB
// file (default: UniversalNER English EWT dev), and entity F1 on whole Reuters-21578 wire stories
// annotated by hand (eval/data/entities.jsonl: set 1 "test" and the fresh set 2 "test2", one row
// each), the classic-newswire domain the web-text training data does not cover.
import { Command } from "commander";
import { annotateConllu, annotateIob } from "../src/nlp/annotate.js";
import { parseConllu, parseIob } from "../src/nlp/conllu.js";
import { scoreEntities, scoreSyntax } from "../src/nlp/evaluate.js";
import { loadPipeline } from "../src/nlp/models.js";
import { corpusPath, readText } from "../src/util/shared.js";
import { printTable } from "../src/util/table.js";
import { scoreNewswireEntities } from "./lib-entities.js";
import { writeResults } from "./lib-results.js";

export async function run(args: string[]): Promise<void> {
  const o = new Command("nlp")
    .option("--conllu <file>")
    .option("--iob <file>")
    .option("--models <dir>")
    .option("--no-newswire", "skip the hand-annotated newswire NER set")
    .parse(["node", "nlp", ...args])
    .opts<{ conllu?: string; iob?: string; models?: string; newswire: boolean }>();
  const conllu = o.conllu ?? corpusPath("ud/en_ewt-ud-dev.conllu.gz");
  const iob = o.iob ?? corpusPath("ner/en_ewt-ud-dev.iob2.gz");
  const p = loadPipeline(o.models);
  const rows: Record<string, unknown>[] = [];
  const results: Record<string, unknown> = {};
  if (conllu && p.tagger) {
    const gold = parseConllu(readText(conllu));
    const t0 = performance.now();
    const s = scoreSyntax(gold, annotateConllu(p, gold));
    const secs = (performance.now() - t0) / 1000;
    results.syntax = { file: conllu, ...s, seconds: secs };
    for (const [metric, value] of [
      ["UPOS", s.upos],
      ["XPOS", s.xpos],
      ["lemma", s.lemma],
      ["UAS", s.uas],
      ["LAS", s.las],
    ] as const) {
      rows.push({ data: conllu.split("/").pop(), metric, score: value.toFixed(2), n: s.words });
    }
  } else {
    process.stderr.write("eval nlp: no CoNLL-U file or no tagger model; syntax skipped\n");
  }
  if (iob && p.ner) {
    const gold = parseIob(readText(iob));
    const goldTags = gold.map((s) => s.tags);
    const tokens = gold.map((s) => s.tokens);
    // whole documents, as the pipeline reads texts (the file's "# newdoc" marks), and each sentence alone
    const e = scoreEntities(
      goldTags,
      annotateIob(
        p,
        tokens,
        gold.map((s) => s.doc),
      ),
    );
    const alone = scoreEntities(goldTags, annotateIob(p, tokens));
    results.ner = { file: iob, byDocument: gold.some((s) => s.doc >= 0), ...e, sentenceAlone: alone };
    const name = iob.split("/").pop();
    rows.push({ data: name, metric: "entity F1", score: e.f1.toFixed(2), n: e.gold });
    rows.push({
      data: name,
      metric: "entity F1, each sentence alone",
      score: alone.f1.toFixed(2),
      n: alone.gold,
    });
    rows.push({ data: name, metric: "entity P", score: e.precision.toFixed(2), n: e.predicted });
    rows.push({ data: name, metric: "entity R", score: e.recall.toFixed(2), n: e.gold });
    for (const [label, v] of Object.entries(e.byLabel)) {
      rows.push({ data: name, metric: `${label} F1`, score: v.f1.toFixed(2), n: v.gold });
    }
  }
  if (p.ner && !o.newswire) {
    process.stderr.write("eval nlp: newswire NER skipped (--no-newswire)\n");
  } else if (p.ner) {
    // set 1 ("test") under the key it always had; set 2 ("test2", never tuned on) beside it
    const sets = [
      { split: "test", key: "newswire" },
      { split: "test2", key: "newswireTest2" },
    ] as const;
    for (const { split, key } of sets) {
      const news = await scoreNewswireEntities(p.asModels(), split);
      if (!news) {
        process.stderr.write("eval nlp: ../shared/corpus/news is absent; newswire NER skipped\n");
        break;
      }
      results[key] = { file: "eval/data/entities.jsonl", split, scores: news };
      const name = `Reuters-21578 newswire (eval/data/entities.jsonl, ${split})`;
      for (const r of news) {
        rows.push({
          data: name,
          metric: r.label === "all" ? "entity F1" : `${r.label} F1`,
          score: (100 * r.f1).toFixed(2),
          n: r.gold,
        });
        if (r.label === "all") {
          rows.push({
            data: name,
            metric: "entity P",
            score: (100 * r.precision).toFixed(2),
            n: r.predicted,
          });
          rows.push({ data: name, metric: "entity R", score: (100 * r.recall).toFixed(2), n: r.gold });
        }
      }
    }
  }
  printTable(rows, ["data", "metric", "score", "n"]);
  const path = writeResults("eval", "nlp", results);
  process.stdout.write(`wrote ${path}\n`);
}
