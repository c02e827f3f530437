// `npm run bench -- events [--articles N] [--rounds R]`: what event coding adds to the time of language
// analysis (issue limit: 20 %). Every pipeline stage after extraction runs on real news (AllSides articles
// from ../shared/corpus/news); each stage's CPU time is summed per round, and the best round of R counts,
// so a shared machine's bursts of load do not land on one stage only. The share is the events stage over
// the stages before it (NLP analysis, actors, time, places, quotes), the same definition the events eval
// prints from a single timed pass over the annotated articles.
import { Command } from "commander";
import { writeResults } from "../eval/lib-results.js";
import type { Document } from "../src/model/index.js";
import { textDocument } from "../src/pipeline/document.js";
import { createPipeline } from "../src/pipeline/pipeline.js";
import { corpusPath, readText } from "../src/util/shared.js";
import { printTable } from "../src/util/table.js";

const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

export async function run(args: string[]): Promise<void> {
  const o = new Command("events")
    .option("--articles <n>", "news articles to process", "300")
    .option("--rounds <n>", "passes over the articles; the fastest counts per stage", "3")
    .parse(["node", "events", ...args])
    .opts<{ articles: string; rounds: string }>();
  // allsides-001 rather than -000, which the NLP bench and the annotated sets draw on
  const file = corpusPath("news/allsides-001.jsonl.gz");
  if (!file) {
    process.stderr.write("bench events: ../shared/corpus/news is absent; skipped\n");
    return;
  }
  const n = Number(o.articles);
  const rounds = Math.max(1, Number(o.rounds));
  const docs: Document[] = [];
  for (const line of readText(file).split("\n")) {
    if (docs.length >= n) break;
    if (!line) continue;
    const a = JSON.parse(line) as { id?: string; text: string; date?: string };
    docs.push(textDocument(a.id ?? `a${docs.length}`, a.text, a.date ?? null));
  }
  const pipeline = await createPipeline();
  const names = pipeline.stages.map((s) => s.name);
  // warm the JIT and the look-up caches so every round measures steady-state work
  for (const d of docs.slice(0, 20)) pipeline.analyse(d);
  const best = new Array<number>(names.length).fill(Number.POSITIVE_INFINITY);
  let events = 0;
  for (let r = 0; r < rounds; r++) {
    const spent = new Array<number>(names.length).fill(0);
    events = 0;
    for (const input of docs) {
      let d = input;
      pipeline.stages.forEach((stage, i) => {
        const t0 = cpuMs();
        d = stage.run(d);
        spent[i] += cpuMs() - t0;
      });
      events += d.events.length;
    }
    spent.forEach((ms, i) => {
      best[i] = Math.min(best[i], ms);
    });
    process.stderr.write(`bench events: round ${r + 1}/${rounds} done\n`);
  }
  const iEvents = names.indexOf("events");
  const before = best.slice(0, iEvents).reduce((a, b) => a + b, 0);
  const analyse = best[names.indexOf("analyse")] ?? 0;
  const rows = names.map((name, i) => ({
    stage: name,
    "cpu ms (best)": Math.round(best[i]),
    "share of analysis": i < iEvents ? `${((100 * best[i]) / before).toFixed(1)}%` : "",
  }));
  console.log(`${docs.length} articles, ${events} events, best of ${rounds} rounds per stage (CPU time)`);
  printTable(rows);
  const share = best[iEvents] / before;
  console.log(
    `events stage: ${(100 * share).toFixed(1)}% of the stages before it (limit 20%); ` +
      `${((100 * best[iEvents]) / analyse).toFixed(1)}% of the NLP analysis stage alone`,
  );
  const file2 = writeResults("bench", "events", {
    suite: "events",
    measuredAt: new Date().toISOString(),
    articles: docs.length,
    events,
    rounds,
    stagesCpuMs: Object.fromEntries(names.map((nm, i) => [nm, Math.round(best[i])])),
    codingShare: share,
    codingShareOfNlp: best[iEvents] / analyse,
  });
  console.log(`wrote ${file2}`);
}
