// `npm run eval -- extraction [--tune-only] [--system dyad]`: article-body F1 (the public
// article-extraction benchmark's shingle metric) and pages/s of Dyad's extractor against
// @mozilla/readability on linkedom and on jsdom, on the same pages in the same run. Pages whose id
// hashes into the held-out third were never looked at while tuning; they are reported apart.
import { printTable } from "../src/util/table.js";
import {
  crashes,
  f1,
  type GoldPage,
  loadPages,
  runSystem,
  SYSTEMS,
  type SystemOutput,
  shingleScore,
  snippetScore,
} from "./lib-extraction.js";
import { writeResults } from "./lib-results.js";

interface Row {
  system: string;
  set: string;
  split: string;
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  pagesPerSecond: number;
}

function score(pages: GoldPage[], outputs: SystemOutput[]) {
  let p = 0;
  let r = 0;
  for (let i = 0; i < pages.length; i++) {
    const s = shingleScore(pages[i].body ?? "", outputs[i].body);
    p += s.precision;
    r += s.recall;
  }
  const precision = p / pages.length;
  const recall = r / pages.length;
  return { precision, recall, f1: f1(precision, recall) };
}

export async function run(args: string[]): Promise<void> {
  const tuneOnly = args.includes("--tune-only");
  const only = args.includes("--system") ? args[args.indexOf("--system") + 1] : null;
  const all = loadPages();
  if (all.length === 0) {
    process.stdout.write("extraction: shared corpus absent, nothing to measure\n");
    return;
  }
  const pages = tuneOnly ? all.filter((p) => !p.heldOut) : all;
  const rows: Row[] = [];
  const snippets: Record<string, unknown>[] = [];
  const perPage: Record<string, Record<string, number>> = {};
  for (const [name, system] of Object.entries(SYSTEMS)) {
    if (only && name !== only) continue;
    const { outputs, seconds } = runSystem(system, pages);
    const pps = pages.length / seconds;
    for (const set of ["extraction-dev", "l3s"] as const) {
      for (const split of tuneOnly ? ["tune"] : ["tune", "held-out", "all"]) {
        const idx = pages
          .map((_p, i) => i)
          .filter(
            (i) => pages[i].set === set && (split === "all" || pages[i].heldOut === (split === "held-out")),
          );
        if (idx.length === 0) continue;
        const s = score(
          idx.map((i) => pages[i]),
          idx.map((i) => outputs[i]),
        );
        rows.push({ system: name, set, split, pages: idx.length, ...s, pagesPerSecond: pps });
      }
    }
    const traf = pages.map((_p, i) => i).filter((i) => pages[i].set === "trafilatura");
    if (traf.length) {
      let w = 0;
      let wo = 0;
      let title = 0;
      let date = 0;
      for (const i of traf) {
        const s = snippetScore(pages[i], outputs[i].body);
        w += s.with;
        wo += s.without;
        const norm = (x: string | null | undefined) =>
          (x ?? "")
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]+/gu, " ")
            .trim();
        if (pages[i].title && norm(outputs[i].title) === norm(pages[i].title)) title++;
        if (pages[i].date && (outputs[i].published ?? "").startsWith(pages[i].date!)) date++;
      }
      snippets.push({
        system: name,
        pages: traf.length,
        withFound: w / traf.length,
        withoutAbsent: wo / traf.length,
        titleExact: title / traf.length,
        dateExact: date / traf.length,
      });
    }
    perPage[name] = Object.fromEntries(
      pages
        .filter((p) => p.body !== null)
        .map((p, _i) => {
          const k = pages.indexOf(p);
          const s = shingleScore(p.body ?? "", outputs[k].body);
          return [p.id, Number(f1(s.precision, s.recall).toFixed(3))];
        }),
    );
  }
  printTable(rows as unknown as Record<string, unknown>[]);
  process.stdout.write("\ntrafilatura pages: share of must-have snippets found / must-not snippets absent\n");
  printTable(snippets);
  const base = rows.find((r) => r.system === "readability-linkedom");
  const mine = rows.find((r) => r.system === "dyad");
  if (base && mine) {
    process.stdout.write(
      `\nspeed: dyad ${(mine.pagesPerSecond / base.pagesPerSecond).toFixed(2)}x readability-linkedom\n`,
    );
  }
  if (Object.keys(crashes).length)
    process.stdout.write(`pages on which a system threw (scored empty): ${JSON.stringify(crashes)}\n`);
  const path = writeResults("eval", tuneOnly ? "extraction-tune" : "extraction", {
    rows,
    snippets,
    crashes,
    perPage,
  });
  process.stdout.write(`results: ${path}\n`);
}
