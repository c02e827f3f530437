// Place resolution on the hand-annotated news mentions (eval/data/places.jsonl, stand-off into
// ../shared/corpus/news). Runs analyse + resolve (for LOC entities and capitals used as agents) and
// the place stage over each annotated article; reports per split the recall of the annotated spans,
// country accuracy, kind accuracy and the share within 50 km. `--gazetteer-only` skips the NLP stages;
// `--errors` lists dev misses and wrong resolutions (the test split is never listed); `--split dev`
// runs one split only.
import { createResolveStage } from "../src/actors/stage.js";
import { createPlaceStage } from "../src/geo/stage.js";
import type { Document, Place } from "../src/model/index.js";
import { createAnalyseStage } from "../src/nlp/stage.js";
import { textDocument } from "../src/pipeline/document.js";
import type { Stage } from "../src/pipeline/stage.js";
import { printTable } from "../src/util/table.js";
import { type Loaded, loadAnnotations, type PlaceAnnotation, type Split } from "./lib-annotations.js";
import { writeResults } from "./lib-results.js";

/** Great-circle distance in kilometres. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

interface Row {
  split: string;
  kind: string;
  gold: number;
  found: number;
  recall: number;
  countryAcc: number;
  kindAcc: number;
  within50km: number;
  systemInDocs?: number;
}

function summarise(
  split: string,
  kind: string,
  hits: Array<{ gold: PlaceAnnotation; sys: Place | null }>,
): Row {
  const found = hits.filter((h) => h.sys);
  const ok = (f: (h: { gold: PlaceAnnotation; sys: Place }) => boolean) =>
    found.length === 0
      ? 0
      : found.filter((h) => f(h as { gold: PlaceAnnotation; sys: Place })).length / found.length;
  return {
    split,
    kind,
    gold: hits.length,
    found: found.length,
    recall: hits.length === 0 ? 0 : found.length / hits.length,
    countryAcc: ok((h) => h.sys.country === h.gold.country),
    kindAcc: ok((h) => h.sys.kind === h.gold.kind),
    within50km: ok(
      (h) =>
        h.sys.lat !== null &&
        h.sys.lon !== null &&
        haversineKm(h.sys.lat, h.sys.lon, h.gold.lat, h.gold.lon) <= 50,
    ),
  };
}

async function buildStages(nlp: boolean): Promise<Stage[]> {
  const stages: Stage[] = [];
  if (nlp) {
    try {
      stages.push(await createAnalyseStage({}));
      stages.push(await createResolveStage({}));
    } catch (err) {
      process.stderr.write(`places: NLP stages unavailable (${(err as Error).message}); gazetteer only\n`);
      stages.length = 0;
    }
  }
  stages.push(await createPlaceStage({}));
  return stages;
}

function runDoc(stages: Stage[], id: string, text: string, date: string | null): Document {
  let doc = textDocument(id, text, date);
  for (const s of stages) doc = s.run(doc);
  return doc;
}

export async function run(args: string[]): Promise<void> {
  const nlp = !args.includes("--gazetteer-only");
  const showErrors = args.includes("--errors");
  // "--split dev" keeps tuning runs off the held-out split.
  const only = args.includes("--split") ? args[args.indexOf("--split") + 1] : null;
  if (only !== null && only !== "dev" && only !== "test") {
    process.stderr.write(`eval places: --split takes dev or test, not "${only ?? ""}"\n`);
    process.exitCode = 2;
    return;
  }
  const stages = await buildStages(nlp);
  const rows: Row[] = [];
  for (const split of (only ? [only] : ["dev", "test"]) as Split[]) {
    let gold: Loaded<PlaceAnnotation>[] | null;
    try {
      gold = await loadAnnotations("places", split);
    } catch (err) {
      process.stdout.write(`skipped places: ${(err as Error).message}\n`);
      return;
    }
    if (!gold) {
      process.stdout.write("skipped places: ../shared/corpus/news not found\n");
      return;
    }
    const byDoc = new Map<string, Loaded<PlaceAnnotation>[]>();
    for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
    const hits: Array<{ gold: PlaceAnnotation; sys: Place | null }> = [];
    let systemPlaces = 0;
    for (const [id, list] of byDoc) {
      const article = list[0].article;
      const doc = runDoc(stages, id, article.text, article.date);
      systemPlaces += doc.places.length;
      for (const g of list) {
        const sys = doc.places.find((p) => p.start < g.end && g.start < p.end) ?? null;
        hits.push({ gold: g, sys });
        if (showErrors && split === "dev") {
          const km =
            sys?.lat != null && sys.lon != null
              ? Math.round(haversineKm(sys.lat, sys.lon, g.lat, g.lon))
              : null;
          if (!sys) process.stderr.write(`MISS\t${id}\t${g.text}\t${g.kind}\t${g.country}\n`);
          else if (sys.country !== g.country || (km ?? 9999) > 50)
            process.stderr.write(
              `WRONG\t${id}\t${g.text}\t${g.kind}/${sys.kind}\t${g.country}/${sys.country}\t${sys.name}\t${km}km\n`,
            );
        }
      }
    }
    // The annotators marked a sample of mentions, not every one, so this count is context, not precision.
    rows.push({ ...summarise(split, "all", hits), systemInDocs: systemPlaces });
    for (const kind of ["city", "region", "country", "other"]) {
      const sub = hits.filter((h) => h.gold.kind === kind);
      if (sub.length > 0) rows.push(summarise(split, kind, sub));
    }
  }
  printTable(rows as unknown as Record<string, unknown>[]);
  const path = writeResults("eval", "places", {
    annotations: "eval/data/places.jsonl",
    pipeline: stages.map((s) => s.name),
    results: rows,
  });
  process.stdout.write(`wrote ${path}\n`);
}
