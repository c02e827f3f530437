// `npm run bench -- nlp [--articles N] [--models DIR]`: tokenize + tag + parse + NER throughput on real
// news (AllSides articles from ../shared/corpus/news), beside wink-nlp (tokenize, POS, entities; no
// parser) and compromise (tokenize, tag) on the same texts in the same run. One core, single thread.
// Tokens/s is reported both against wall time and against this process's CPU time, since the machine
// may be shared (CPU time is the fairer measure of one core's work).
import { Command } from "commander";
import { writeResults } from "../eval/lib-results.js";
import { analyseWith } from "../src/nlp/analyse.js";
import { loadPipeline } from "../src/nlp/models.js";
import { corpusPath, readText } from "../src/util/shared.js";
import { printTable } from "../src/util/table.js";

interface Timing {
  system: string;
  does: string;
  tokens: number;
  wallS: number;
  cpuS: number;
}

function time(system: string, does: string, texts: string[], fn: (t: string) => number): Timing {
  // warm up the JIT on a few texts first, so the figure is steady-state speed
  for (const t of texts.slice(0, 20)) fn(t);
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  let tokens = 0;
  for (const t of texts) tokens += fn(t);
  const wallS = (performance.now() - w0) / 1000;
  const c = process.cpuUsage(c0);
  return { system, does, tokens, wallS, cpuS: (c.user + c.system) / 1e6 };
}

export async function run(args: string[]): Promise<void> {
  const o = new Command("nlp")
    .option("--articles <n>", "news articles to process", "2000")
    .option("--models <dir>")
    .parse(["node", "nlp", ...args])
    .opts<{ articles: string; models?: string }>();
  const file = corpusPath("news/allsides-000.jsonl.gz");
  if (!file) {
    process.stderr.write("bench nlp: ../shared/corpus/news is absent; skipped\n");
    return;
  }
  const n = Number(o.articles);
  const texts: string[] = [];
  for (const line of readText(file).split("\n")) {
    if (texts.length >= n) break;
    if (line) texts.push((JSON.parse(line) as { text: string }).text);
  }
  const chars = texts.reduce((a, t) => a + t.length, 0);
  const pipeline = loadPipeline(o.models);
  const models = pipeline.asModels();
  const layers = ["tokenize"];
  if (models.tag) layers.push("tag", "lemma");
  if (models.parse) layers.push("parse");
  if (models.ner) layers.push("NER");
  const results: Timing[] = [];
  results.push(
    time("dyad", layers.join("+"), texts, (t) =>
      analyseWith(models, t).sentences.reduce((a, s) => a + s.tokens.length, 0),
    ),
  );
  results.push(
    time("dyad", "tokenize+split only", texts, (t) =>
      analyseWith({}, t).sentences.reduce((a, s) => a + s.tokens.length, 0),
    ),
  );
  try {
    const winkNLP = (await import("wink-nlp")).default;
    const model = (await import("wink-eng-lite-web-model")).default;
    const wink = winkNLP(model);
    const its = wink.its;
    results.push(
      time("wink-nlp", "tokenize+POS+entities", texts, (t) => {
        const doc = wink.readDoc(t);
        return doc.tokens().out(its.pos).length;
      }),
    );
  } catch (err) {
    process.stderr.write(`bench nlp: wink-nlp unavailable (${(err as Error).message})\n`);
  }
  try {
    const nlp = (await import("compromise")).default;
    results.push(
      time("compromise", "tokenize+tag", texts, (t) => {
        const doc = nlp(t);
        return doc.terms().length;
      }),
    );
  } catch (err) {
    process.stderr.write(`bench nlp: compromise unavailable (${(err as Error).message})\n`);
  }
  const ours = results[0];
  const rows = results.map((r) => ({
    system: r.system,
    does: r.does,
    tokens: r.tokens,
    "tok/s (wall)": Math.round(r.tokens / r.wallS),
    "tok/s (cpu)": Math.round(r.tokens / r.cpuS),
    "dyad/this (cpu)": (ours.tokens / ours.cpuS / (r.tokens / r.cpuS)).toFixed(2),
  }));
  process.stdout.write(`${texts.length} articles, ${chars} characters\n`);
  printTable(rows);
  const path = writeResults("bench", "nlp", { articles: texts.length, chars, results: rows });
  process.stdout.write(`wrote ${path}\n`);
}
