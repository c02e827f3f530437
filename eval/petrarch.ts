// `npm run eval -- petrarch [--verbose]`: PETRARCH2's own unit-test suite (../shared/corpus/petrarch/
// unittest.jsonl) coded from each record's Treebank parse with the suite's Validate dictionaries.
// Reports records fully correct (coded triple set = expected set) over the 278 in-suite records, and
// event-triple precision/recall over the non-error records, as the corpus README measures PETRARCH2.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  parseActorDictionary,
  parseAgentDictionary,
  parseDiscardDictionary,
} from "../src/actors/dictionaries/index.js";
import { PetrarchCoder } from "../src/events/petrarch/coder.js";
import { parseTabariVerbs } from "../src/events/petrarch/tabari-verbs.js";
import { corpusPath, readJsonl } from "../src/util/shared.js";
import { printTable } from "../src/util/table.js";
import { writeResults } from "./lib-results.js";

interface PRecord {
  id: string;
  seq: number;
  category: string;
  date: string;
  text: string;
  expected: { source: string; target: string; code: string }[];
  noevents: boolean;
  error: string | null;
  in_suite: boolean;
  config: Record<string, string>;
  parse: string;
}

export function loadPetrarchCoder(dir: string): PetrarchCoder {
  const read = (f: string) => readFileSync(join(dir, f), "utf8");
  return new PetrarchCoder({
    actors: parseActorDictionary(read("PETR.Validate.actors.txt"), "PETR.Validate.actors.txt").entries,
    agents: parseAgentDictionary(read("PETR.Validate.agents.txt"), "PETR.Validate.agents.txt").entries,
    discards: parseDiscardDictionary(read("PETR.Validate.discards.txt"), "PETR.Validate.discards.txt")
      .entries,
    verbs: parseTabariVerbs(read("PETR.Validate.verbs.txt")),
  });
}

const isoDate = (d: string) =>
  /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null;

export async function run(args: string[]): Promise<void> {
  const path = corpusPath("petrarch/unittest.jsonl");
  const dictDir = corpusPath("petrarch/dictionaries");
  if (!path || !dictDir) {
    process.stdout.write("petrarch: ../shared/corpus/petrarch absent; skipped\n");
    return;
  }
  const verbose = args.includes("--verbose");
  const coder = loadPetrarchCoder(dictDir);
  const recs = readJsonl<PRecord>(path).filter((r) => r.in_suite);
  let full = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byCat = new Map<string, { n: number; ok: number }>();
  const failures: string[] = [];
  const t0 = performance.now();
  for (const r of recs) {
    const requireDyad = (r.config.require_dyad ?? "true").toLowerCase() !== "false";
    let got: string[] = [];
    try {
      got = coder
        .code(r.parse, { requireDyad, date: isoDate(r.date) })
        .map((e) => `${e.source} ${e.target} ${e.code}`);
    } catch {
      got = [];
    }
    const gotSet = new Set(got);
    const want = new Set(r.noevents ? [] : r.expected.map((e) => `${e.source} ${e.target} ${e.code}`));
    const ok = gotSet.size === want.size && [...want].every((w) => gotSet.has(w));
    if (ok) full++;
    else failures.push(`${r.id}: want [${[...want].join("; ")}] got [${[...gotSet].join("; ")}]`);
    const c = byCat.get(r.category) ?? { n: 0, ok: 0 };
    c.n++;
    if (ok) c.ok++;
    byCat.set(r.category, c);
    if (r.error === null) {
      for (const g of gotSet) want.has(g) ? tp++ : fp++;
      for (const w of want) if (!gotSet.has(w)) fn++;
    }
  }
  const ms = performance.now() - t0;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  if (verbose) for (const f of failures) process.stdout.write(f + "\n");
  printTable(
    [...byCat.entries()].map(([category, c]) => ({
      category,
      records: c.n,
      correct: c.ok,
      rate: c.ok / c.n,
    })),
  );
  printTable([
    {
      records: recs.length,
      fullyCorrect: full,
      rate: full / recs.length,
      precision,
      recall,
      tp,
      fp,
      fn,
      sentencesPerSec: Math.round((recs.length / ms) * 1000),
    },
  ]);
  const out = writeResults("eval", "petrarch", {
    records: recs.length,
    fullyCorrect: full,
    rate: full / recs.length,
    precision,
    recall,
    tp,
    fp,
    fn,
    byCategory: Object.fromEntries(byCat),
    reference: { petrarch2FullyCorrect: 94, petrarch2Rate: 0.338, precision: 0.556, recall: 0.357 },
  });
  process.stdout.write(`written ${out}\n`);
}
