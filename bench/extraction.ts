// `npm run bench -- extraction`: how fast ingest goes. Article extraction pages/s (Dyad vs
// Readability on linkedom, same pages, extraction only, best of 2 rounds), and read+extract
// documents/s end to end through readInputs on a JSONL export and on WARC files.

import { dyad, loadPages, readabilityLinkedom, runSystem } from "../eval/lib-extraction.js";
import { writeResults } from "../eval/lib-results.js";
import { ExtractError, extractArticle } from "../src/ingest/extract.js";
import { readInputs } from "../src/ingest/read.js";
import { isReject } from "../src/ingest/types.js";
import { corpusPath } from "../src/util/shared.js";
import { printTable } from "../src/util/table.js";

async function endToEnd(
  inputs: string[],
  limit: number,
): Promise<{ docs: number; rejects: number; seconds: number }> {
  let docs = 0;
  let rejects = 0;
  const t0 = process.hrtime.bigint();
  for await (const item of readInputs(inputs)) {
    if (isReject(item)) rejects++;
    else {
      try {
        extractArticle(item);
        docs++;
      } catch (err) {
        if (!(err instanceof ExtractError)) throw err;
        rejects++;
      }
    }
    if (docs + rejects >= limit) break;
  }
  return { docs, rejects, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

export async function run(_args: string[]): Promise<void> {
  // The benchmark's own pages (88): enough for a stable rate, short enough to run often.
  const pages = loadPages().filter((p) => p.set === "extraction-dev");
  const rows: Record<string, unknown>[] = [];
  if (pages.length) {
    const mb = pages.reduce((a, p) => a + p.bytes.length, 0) / 1e6;
    for (const [name, system] of [
      ["dyad", dyad],
      ["readability-linkedom", readabilityLinkedom],
    ] as const) {
      let best = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 2; round++) best = Math.min(best, runSystem(system, pages).seconds);
      rows.push({
        task: `extract HTML (${name})`,
        items: pages.length,
        seconds: best,
        perSecond: pages.length / best,
        mbPerSecond: mb / best,
      });
    }
  }
  const reuters = corpusPath("news/reuters21578.jsonl.gz");
  if (reuters) {
    const r = await endToEnd([reuters], 10_000);
    rows.push({
      task: "read+extract JSONL.gz (reuters)",
      items: r.docs + r.rejects,
      seconds: r.seconds,
      perSecond: (r.docs + r.rejects) / r.seconds,
    });
  }
  const cc = corpusPath("warc/cc-main-2020-34-sample.warc.gz");
  const wiki = corpusPath("warc/ukwa-sopa-wikipedia-homepage-2012.warc.gz");
  if (cc && wiki) {
    const r = await endToEnd([cc, wiki], 1_000_000);
    rows.push({
      task: "read+extract WARC.gz (2 files)",
      items: r.docs + r.rejects,
      seconds: r.seconds,
      perSecond: (r.docs + r.rejects) / r.seconds,
    });
  }
  printTable(rows);
  writeResults("bench", "extraction", { rows });
}
