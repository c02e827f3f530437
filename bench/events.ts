// `npm run bench -- events [--articles N] [--rounds R]`: what event coding adds to the time of language
// analysis (issue limit: 20 %). Every pipeline stage after extraction runs on real news (AllSides articles
// from ../shared/corpus/news) and each stage's CPU time is summed. Each round codes its own N articles,
// never seen before in the run: the stages keep memos (the events stage's demonym answers per date, for
// one), and passing over the same articles again would time those memos rather than the work a stream of
// new stories costs. The share is the events stage over the stages before it (NLP analysis, actors, time,
// places, quotes), the same definition the events eval prints; per round, and the median of the rounds
// is the figure, so one round that a shared machine's burst of load lands on does not decide it.
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
    .option("--articles <n>", "fresh articles per round", "300")
    .option("--rounds <n>", "rounds, each on its own articles; the median share counts", "3")
    .parse(["node", "events", ...args])
    .opts<{ articles: string; rounds: string }>();
  // allsides-001 rather than -000, which the NLP bench and the annotated sets draw on
  const file = corpusPath("news/allsides-001.jsonl.gz");
  if (!file) {
    process.stderr.write("bench events: ../shared/corpus/news is absent; skipped\n");
    return;
  }
  const n = Math.max(1, Number(o.articles));
  const rounds = Math.max(1, Number(o.rounds));
  // the JIT keeps compiling the stages' rarer paths for the first hundred or so stories
  const WARM = 100;
  const docs: Document[] = [];
  for (const line of readText(file).split("\n")) {
    if (docs.length >= WARM + n * rounds) break;
    if (!line) continue;
    const a = JSON.parse(line) as { id?: string; text: string; date?: string };
    docs.push(textDocument(a.id ?? `a${docs.length}`, a.text, a.date ?? null));
  }
  const measured = Math.floor((docs.length - WARM) / n);
  if (measured < 1) throw new Error(`bench events: ${docs.length} articles, fewer than ${WARM} + ${n}`);
  const pipeline = await createPipeline();
  const names = pipeline.stages.map((s) => s.name);
  const iEvents = names.indexOf("events");
  // warm the JIT and the lazy tables on articles no round measures
  for (const d of docs.slice(0, WARM)) pipeline.analyse(d);
  const perRound: { spent: number[]; events: number; share: number }[] = [];
  for (let r = 0; r < measured; r++) {
    const spent = new Array<number>(names.length).fill(0);
    let events = 0;
    for (const input of docs.slice(WARM + r * n, WARM + (r + 1) * n)) {
      let d = input;
      pipeline.stages.forEach((stage, i) => {
        const t0 = cpuMs();
        d = stage.run(d);
        spent[i] += cpuMs() - t0;
      });
      events += d.events.length;
    }
    const before = spent.slice(0, iEvents).reduce((a, b) => a + b, 0);
    perRound.push({ spent, events, share: spent[iEvents] / before });
    process.stderr.write(`bench events: round ${r + 1}/${measured} done\n`);
  }
  const byShare = [...perRound].sort((a, b) => a.share - b.share);
  const median = byShare[Math.floor((byShare.length - 1) / 2)];
  const total = names.map((_, i) => perRound.reduce((a, r) => a + r.spent[i], 0));
  const before = total.slice(0, iEvents).reduce((a, b) => a + b, 0);
  const rows = names.map((name, i) => ({
    stage: name,
    "cpu ms (all rounds)": Math.round(total[i]),
    "share of analysis": i < iEvents ? `${((100 * total[i]) / before).toFixed(1)}%` : "",
  }));
  const events = perRound.reduce((a, r) => a + r.events, 0);
  console.log(`${measured} rounds of ${n} fresh articles each, ${events} events (CPU time per stage)`);
  printTable(rows);
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  console.log(
    `events stage: ${pct(median.share)} of the stages before it, median of the rounds ` +
      `(${perRound.map((r) => pct(r.share)).join(", ")}; limit 20%); ` +
      `${pct(total[iEvents] / total[names.indexOf("analyse")])} of the NLP analysis stage alone`,
  );
  const file2 = writeResults("bench", "events", {
    suite: "events",
    measuredAt: new Date().toISOString(),
    articlesPerRound: n,
    rounds: measured,
    events,
    stagesCpuMs: Object.fromEntries(names.map((nm, i) => [nm, Math.round(total[i])])),
    roundShares: perRound.map((r) => r.share),
    codingShare: median.share,
    codingShareOfNlp: total[iEvents] / total[names.indexOf("analyse")],
  });
  console.log(`wrote ${file2}`);
}
