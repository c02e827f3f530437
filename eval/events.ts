// `npm run eval -- events [--split dev|test|both] [--errors N] [--verbs CAMEO.2.0.txt]`: the event coder against the
// hand-coded sentences of eval/data/events.jsonl (stand-off offsets into ../shared/corpus/news).
// Each annotated article runs through the whole pipeline once; the events whose verb lies inside an
// annotated sentence are compared with that sentence's gold events. Per gold event: is there a
// predicted event with the same CAMEO root (root accuracy), the same PLOVER type (PLOVER accuracy),
// the same root and dyad (full codes, and countries only)? Precision counts predicted events in
// annotated sentences that match no gold event by root. Tune on dev (`--split dev`, which writes no
// results file); report test without looking.
// missSilent / missWrongRoot: gold events missed because the sentence got no event, or only other roots.
// silentNoLexWord: of missSilent, those whose sentence holds no word that heads a lexicon entry.
// silentNoActor: of missSilent, those whose sentence has no mention resolved to an actor.
// missNoRootWord: root misses whose sentence has no word the lexicon codes with the gold root.
// silentRootWord: of missSilent, those whose sentence has a word the lexicon codes with the gold root.
// codingShare: time in the events stage over the time of the stages before it, on the same articles.

import { existsSync } from "node:fs";
import { loadLexicon } from "../src/events/lexicon.js";
import { nounLemma, verbLemmas } from "../src/events/morph.js";
import { DocumentSchema, type DyadEvent, type Mention, type Sentence } from "../src/model/index.js";
import { createPipeline } from "../src/pipeline/pipeline.js";
import { printTable } from "../src/util/table.js";
import { type EventAnnotation, loadAnnotations, type NewsArticle } from "./lib-annotations.js";
import { writeResults } from "./lib-results.js";

type Split = "dev" | "test";
/**
 * All records of a split, those of the first two batches, each running-text batch (labelled blind) and
 * the running text of both together; a part's row name after the split's.
 */
const PARTS = {
  all: "",
  earlier: "batches 1-2",
  batch3: "batch 3",
  batch4: "batch 4",
  running: "running (3+4)",
} as const;
type Part = keyof typeof PARTS;

/** The parts a record counts in besides "all". */
const partsOf = (batch: number | undefined): Part[] =>
  batch === 3 ? ["batch3", "running"] : batch === 4 ? ["batch4", "running"] : ["earlier"];

interface Scores {
  sentences: number;
  goldEvents: number;
  predicted: number;
  rootHit: number;
  ploverGold: number;
  ploverHit: number;
  dyadHit: number;
  dyadCountryHit: number;
  predictedMatched: number;
  emptySentences: number;
  emptyWithPrediction: number;
  /** Gold events whose sentence got no coded event at all (coverage), vs. some event of another root. */
  goldInSilentSentence: number;
  goldWrongRoot: number;
  /** Of goldInSilentSentence: the sentence has no word the lexicon knows (a coverage gap, not a coder miss). */
  silentNoLexiconWord: number;
  /** Of goldInSilentSentence: the sentence has no mention resolved to an actor (nothing to be a source). */
  silentNoActor: number;
  /** Gold events missed (no predicted event of their root) whose sentence has no word the lexicon codes with that root. */
  missNoRootWord: number;
  /** Of goldInSilentSentence: the sentence has a word the lexicon codes with the gold root (the coder passed it over). */
  silentWithRootWord: number;
  /** Root hits whose dyad is wrong, by how each side differs (see dyadMiss). */
  dyadMisses: Record<string, number>;
  /** Time in the stages before events (analyse, resolve, time, places, quotes), and in events. */
  analysisMs: number;
  eventsMs: number;
}

const lexicon = loadLexicon();

// frames embed an event; the root they give it when it has none of its own
const FRAME_ROOT: Record<string, string> = {
  appeal: "02",
  intend: "03",
  demand: "10",
  refuse: "12",
  threaten: "13",
  deny: "01",
  allege: "11",
};
const entryRoots = (lemma: string): string[] =>
  (lexicon.byHead.get(lemma) ?? []).map((e) =>
    e.kind === "frame" ? (FRAME_ROOT[e.code] ?? "") : e.kind === "light" ? "" : e.code.slice(0, 2),
  );

/** Does any token of [start, end) have a lemma or form that heads a lexicon entry (of the given root)? */
function knowsAWord(sentences: Sentence[], start: number, end: number, root?: string): boolean {
  for (const sn of sentences) {
    if (sn.end <= start || sn.start >= end) continue;
    for (const t of sn.tokens) {
      if (t.start < start || t.end > end) continue;
      const forms = [
        t.lemma,
        t.text.toLowerCase(),
        ...verbLemmas(t.text.toLowerCase()),
        nounLemma(t.text.toLowerCase()),
      ];
      if (forms.some((f) => f && lexicon.byHead.has(f) && (!root || entryRoots(f).includes(root))))
        return true;
    }
  }
  return false;
}

const country = (c: string | null | undefined) => (c ? c.slice(0, 3) : null);

/**
 * How one side of a predicted dyad differs from gold: "ok", "missing" (no code or "---"), "extra" (gold
 * has no target, a target was given), "sector" (same country, another role or none: USA vs USAGOV,
 * USAGOV vs USAMIL) or "country" (another country or organisation).
 */
function sideMiss(gold: string | null, got: string | null | undefined): string {
  const g = gold ?? null;
  const p = got && got !== "---" ? got : null;
  if (g === p) return "ok";
  if (!p) return "missing";
  if (!g) return "extra";
  return country(g) === country(p) ? "sector" : "country";
}

/** The side-by-side classification of the same-root prediction closest to a gold event's dyad. */
function dyadMiss(g: { source: string; target: string | null }, sameRoot: DyadEvent[]): string {
  let best = "";
  let bestOk = -1;
  for (const p of sameRoot) {
    const src = sideMiss(g.source, p.source?.code);
    const tgt = sideMiss(g.target, p.target?.code);
    const ok = (src === "ok" ? 1 : 0) + (tgt === "ok" ? 1 : 0);
    if (ok > bestOk) {
      bestOk = ok;
      best = `source:${src} target:${tgt}`;
    }
  }
  return best;
}

function articleDocument(id: string, article: NewsArticle) {
  return DocumentSchema.parse({
    source: id,
    title: article.title ?? "",
    body: article.text,
    published: article.date,
    byline: null,
    publisher: article.publisher,
    section: null,
    language: "en",
    captions: [],
    contentHash: id,
  });
}

async function score(
  split: Split,
  errors: number,
  verbs: string | null,
  dyadErrors = 0,
): Promise<Record<Part, Scores> | null> {
  const anns = await loadAnnotations("events", split);
  if (!anns) return null;
  const pipeline = await createPipeline(verbs ? { verbDictionary: verbs } : {});
  const byDoc = new Map<string, { article: NewsArticle; recs: EventAnnotation[] }>();
  for (const a of anns) {
    const e = byDoc.get(a.doc) ?? { article: a.article, recs: [] };
    e.recs.push(a);
    byDoc.set(a.doc, e);
  }
  const parts = Object.fromEntries(Object.keys(PARTS).map((p) => [p, newScores()])) as Record<Part, Scores>;
  const s = parts.all;
  // warm the JIT and the stages' lazy tables first, as the events bench does, so the coding share is
  // steady-state work and not the first article's start-up
  for (const { article } of [...byDoc.values()].slice(0, 10))
    pipeline.analyse(articleDocument("warm-up", article));
  let shown = 0;
  let dyadShown = 0;
  for (const [id, { article, recs }] of byDoc) {
    const doc = articleDocument(id, article);
    let events: DyadEvent[] = [];
    let sentences: Sentence[] = [];
    let mentions: Mention[] = [];
    try {
      // stage by stage, so the coder's share of the time can be reported
      let d = doc;
      for (const stage of pipeline.stages) {
        // CPU time, as the bench counts it, so other jobs on the machine do not land on one stage
        const t0 = process.cpuUsage();
        d = stage.run(d);
        const used = process.cpuUsage(t0);
        const ms = (used.user + used.system) / 1000;
        if (stage.name === "events") s.eventsMs += ms;
        else s.analysisMs += ms;
      }
      events = d.events;
      sentences = d.sentences;
      mentions = d.mentions;
    } catch (err) {
      process.stderr.write(`events eval: ${id}: ${(err as Error).message}\n`);
    }
    for (const r of recs) {
      const j = judge(r, events, sentences, mentions);
      for (const part of ["all", ...partsOf(r.batch)] as Part[]) addScores(parts[part], j.score);
      for (const { g, sameRoot, why } of j.dyadMisses) {
        if (dyadShown >= dyadErrors) break;
        dyadShown++;
        const got = sameRoot.map(
          (p) => `${p.source?.code}-${p.cameo}-${p.target?.code ?? "∅"}(${p.verb.text})`,
        );
        process.stdout.write(
          `DYAD ${why} ${r.doc}:${r.start} ${article.text.slice(r.start, r.end).replace(/\s+/g, " ")}\n   gold: ${g.source}-${g.cameo}-${g.target ?? "∅"}\n   got:  ${got.join(" ")}\n`,
        );
      }
      const wrong =
        r.events.some((g) => !j.pred.some((p) => p.root === g.root)) || j.pred.some((p) => !j.matched.has(p));
      if (wrong && shown < errors) {
        shown++;
        const gold = r.events.map((g) => `${g.source}-${g.cameo}-${g.target ?? "∅"}`).join(" ");
        const got = j.pred
          .map((p) => `${p.source?.code}-${p.cameo}-${p.target?.code ?? "∅"}(${p.verb.text})`)
          .join(" ");
        process.stdout.write(
          `${r.doc}:${r.start} ${article.text.slice(r.start, r.end).replace(/\s+/g, " ")}\n   gold: ${gold}\n   got:  ${got}\n`,
        );
      }
    }
  }
  return parts;
}

/** Sums one record's scores into a part's. */
function addScores(into: Scores, add: Scores): void {
  for (const k of Object.keys(add) as (keyof Scores)[]) {
    if (k === "dyadMisses") {
      for (const [why, n] of Object.entries(add.dyadMisses))
        into.dyadMisses[why] = (into.dyadMisses[why] ?? 0) + n;
    } else into[k] += add[k];
  }
}

function newScores(): Scores {
  return {
    sentences: 0,
    goldEvents: 0,
    predicted: 0,
    rootHit: 0,
    ploverGold: 0,
    ploverHit: 0,
    dyadHit: 0,
    dyadCountryHit: 0,
    predictedMatched: 0,
    emptySentences: 0,
    emptyWithPrediction: 0,
    goldInSilentSentence: 0,
    goldWrongRoot: 0,
    silentNoLexiconWord: 0,
    silentNoActor: 0,
    missNoRootWord: 0,
    silentWithRootWord: 0,
    dyadMisses: {},
    analysisMs: 0,
    eventsMs: 0,
  };
}

/** One annotated sentence's gold events against the events predicted inside it. */
function judge(
  r: EventAnnotation,
  events: DyadEvent[],
  sentences: Sentence[],
  mentions: Mention[],
): {
  score: Scores;
  pred: DyadEvent[];
  matched: Set<DyadEvent>;
  dyadMisses: Array<{ g: EventAnnotation["events"][number]; sameRoot: DyadEvent[]; why: string }>;
} {
  const s = newScores();
  const dyadMisses: Array<{ g: EventAnnotation["events"][number]; sameRoot: DyadEvent[]; why: string }> = [];
  s.sentences++;
  const pred = events.filter((e) => e.verb.start >= r.start && e.verb.end <= r.end);
  s.predicted += pred.length;
  if (r.events.length === 0) {
    s.emptySentences++;
    if (pred.length) s.emptyWithPrediction++;
  }
  const matched = new Set<DyadEvent>();
  for (const g of r.events) {
    s.goldEvents++;
    const sameRoot = pred.filter((p) => p.root === g.root);
    if (!sameRoot.length && !knowsAWord(sentences, r.start, r.end, g.root)) s.missNoRootWord++;
    if (sameRoot.length) s.rootHit++;
    else if (pred.length === 0) {
      s.goldInSilentSentence++;
      if (!knowsAWord(sentences, r.start, r.end)) s.silentNoLexiconWord++;
      if (knowsAWord(sentences, r.start, r.end, g.root)) s.silentWithRootWord++;
      if (!mentions.some((m) => m.actorId && m.start >= r.start && m.end <= r.end)) s.silentNoActor++;
    } else s.goldWrongRoot++;
    for (const p of sameRoot) matched.add(p);
    if (g.plover) {
      s.ploverGold++;
      if (pred.some((p) => p.plover?.type === g.plover)) s.ploverHit++;
    }
    if (sameRoot.some((p) => p.source?.code === g.source && (p.target?.code ?? null) === g.target))
      s.dyadHit++;
    else if (sameRoot.length) {
      const why = dyadMiss(g, sameRoot);
      s.dyadMisses[why] = (s.dyadMisses[why] ?? 0) + 1;
      dyadMisses.push({ g, sameRoot, why });
    }
    if (
      sameRoot.some(
        (p) => country(p.source?.code) === country(g.source) && country(p.target?.code) === country(g.target),
      )
    )
      s.dyadCountryHit++;
  }
  s.predictedMatched += matched.size;
  return { score: s, pred, matched, dyadMisses };
}

export async function run(args: string[]): Promise<void> {
  const i = args.indexOf("--split");
  const which = i >= 0 ? args[i + 1] : "both";
  const e = args.indexOf("--errors");
  const errors = e >= 0 ? Number(args[e + 1]) : 0;
  // --dyad-errors N: dev sentences whose root was found with a wrong source or target code
  const de = args.indexOf("--dyad-errors");
  const dyadErrors = de >= 0 ? Number(args[de + 1]) : 0;
  // --verbs PATH: code with a PETRARCH/TABARI verb dictionary instead of the built-in lexicon
  const v = args.indexOf("--verbs");
  const verbs = v >= 0 ? args[v + 1] : null;
  if (verbs !== null && !existsSync(verbs)) {
    process.stderr.write(`events eval: verb dictionary ${verbs} does not exist\n`);
    process.exitCode = 1;
    return;
  }
  const splits: Split[] = which === "dev" ? ["dev"] : which === "test" ? ["test"] : ["dev", "test"];
  const rows: Record<string, unknown>[] = [];
  const results: Record<string, unknown> = {};
  for (const split of splits) {
    // error listings are for tuning: never print test-split errors
    const scored = await score(split, split === "dev" ? errors : 0, verbs, split === "dev" ? dyadErrors : 0);
    if (!scored) {
      process.stdout.write("events: ../shared/corpus/news absent; skipped\n");
      return;
    }
    for (const part of Object.keys(PARTS) as Part[]) {
      const sc = scored[part];
      if (part !== "all" && (sc.sentences === 0 || sc.sentences === scored.all.sentences)) continue;
      const name = part === "all" ? split : `${split}:${PARTS[part]}`;
      const row = {
        split: name,
        sentences: sc.sentences,
        gold: sc.goldEvents,
        predicted: sc.predicted,
        rootAcc: sc.rootHit / sc.goldEvents,
        ploverAcc: sc.ploverHit / sc.ploverGold,
        dyadAcc: sc.dyadHit / sc.goldEvents,
        dyadCountryAcc: sc.dyadCountryHit / sc.goldEvents,
        precision: sc.predicted ? sc.predictedMatched / sc.predicted : 0,
        emptyFalseAlarm: sc.emptySentences ? sc.emptyWithPrediction / sc.emptySentences : 0,
        // totals only (safe to read for test): misses with no event in the sentence vs. a wrong root
        missSilent: sc.goldInSilentSentence,
        missWrongRoot: sc.goldWrongRoot,
        silentNoLexWord: sc.silentNoLexiconWord,
        silentNoActor: sc.silentNoActor,
        missNoRootWord: sc.missNoRootWord,
        silentRootWord: sc.silentWithRootWord,
        codingShare: part === "all" ? sc.eventsMs / sc.analysisMs : null,
      };
      rows.push(row);
      results[name] = { ...row, counts: sc };
    }
  }
  printTable(rows);
  // why dyads miss, for the tuning split only
  const dev = results.dev as { counts: Scores } | undefined;
  if (dev) {
    const misses = Object.entries(dev.counts.dyadMisses).sort((a, b) => b[1] - a[1]);
    printTable(misses.map(([why, n]) => ({ devDyadMiss: why, events: n })));
  }
  if (verbs) return; // figures of an alternative dictionary do not replace the built-in ones
  // a tuning run on dev alone must not overwrite the recorded figures of both splits
  if (splits.length < 2) return;
  process.stdout.write(`written ${writeResults("eval", "events", results)}\n`);
}
