// `npm run eval -- nlp [--conllu FILE] [--iob FILE] [--models DIR] [--reuters N]`: UPOS, XPOS, lemma,
// UAS and LAS on a CoNLL-U file with its gold tokens (default: UD English EWT dev), entity F1 on an IOB
// file (default: UniversalNER English EWT dev), and a weak newswire proxy: how many of the people and
// places Reuters-21578 tags on a story (document-level labels) the NER finds in its text.
import { Command } from "commander";
import { annotateConllu, annotateIob } from "../src/nlp/annotate.js";
import { parseConllu, parseIob } from "../src/nlp/conllu.js";
import { scoreEntities, scoreSyntax } from "../src/nlp/evaluate.js";
import { loadPipeline } from "../src/nlp/models.js";
import { segment } from "../src/nlp/tokenize.js";
import { corpusPath, readJsonl, readText } from "../src/util/shared.js";
import { printTable } from "../src/util/table.js";
import { writeResults } from "./lib-results.js";

interface ReutersMeta {
  id: string;
  people: string[];
  places: string[];
}

/** Reuters place tags that differ from how stories name the place. */
const PLACE_NAMES: Record<string, string[]> = {
  usa: ["u.s.", "united states", "america", "u.s.a."],
  uk: ["britain", "united kingdom", "u.k.", "england", "london"],
  ussr: ["soviet union", "soviet", "moscow", "u.s.s.r."],
  "west-germany": ["west germany", "germany", "bonn"],
  "east-germany": ["east germany"],
  "hong-kong": ["hong kong"],
  "south-korea": ["south korea", "korea", "seoul"],
};

export async function run(args: string[]): Promise<void> {
  const o = new Command("nlp")
    .option("--conllu <file>")
    .option("--iob <file>")
    .option("--models <dir>")
    .option("--reuters <n>", "stories for the Reuters proxy (0 to skip)", "1000")
    .parse(["node", "nlp", ...args])
    .opts<{ conllu?: string; iob?: string; models?: string; reuters: string }>();
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
    const e = scoreEntities(
      gold.map((s) => s.tags),
      annotateIob(
        p,
        gold.map((s) => s.tokens),
      ),
    );
    results.ner = { file: iob, ...e };
    const name = iob.split("/").pop();
    rows.push({ data: name, metric: "entity F1", score: e.f1.toFixed(2), n: e.gold });
    rows.push({ data: name, metric: "entity P", score: e.precision.toFixed(2), n: e.predicted });
    rows.push({ data: name, metric: "entity R", score: e.recall.toFixed(2), n: e.gold });
    for (const [label, v] of Object.entries(e.byLabel)) {
      rows.push({ data: name, metric: `${label} F1`, score: v.f1.toFixed(2), n: v.gold });
    }
  }
  const nReuters = Number(o.reuters);
  const reutersText = corpusPath("news/reuters21578.jsonl.gz");
  const reutersMeta = corpusPath("news/reuters21578.meta.jsonl.gz");
  if (p.ner && nReuters > 0 && reutersText && reutersMeta) {
    const meta = new Map(readJsonl<ReutersMeta>(reutersMeta).map((m) => [m.id, m]));
    const stories = readJsonl<{ id: string; text: string }>(reutersText)
      .filter((s) => {
        const m = meta.get(s.id);
        return m && (m.people.length > 0 || m.places.length > 0);
      })
      .slice(0, nReuters);
    const found = { PER: 0, LOC: 0 };
    const total = { PER: 0, LOC: 0 };
    for (const s of stories) {
      const m = meta.get(s.id)!;
      const sents = segment(s.text).map((x) => x.tokens.map((t) => t.text));
      const tags = annotateIob(p, sents);
      const ents: Record<"PER" | "LOC", string[]> = { PER: [], LOC: [] };
      sents.forEach((toks, si) => {
        let cur: { label: string; words: string[] } | null = null;
        const flush = () => {
          if (cur && (cur.label === "PER" || cur.label === "LOC"))
            ents[cur.label as "PER" | "LOC"].push(cur.words.join(" ").toLowerCase());
          cur = null;
        };
        toks.forEach((w, i) => {
          const t = tags[si][i];
          if (t.startsWith("B-")) {
            flush();
            cur = { label: t.slice(2), words: [w] };
          } else if (t.startsWith("I-") && cur) cur.words.push(w);
          else flush();
        });
        flush();
      });
      for (const person of m.people) {
        total.PER++;
        if (ents.PER.some((e) => e.split(" ").includes(person.replace(/-/g, " ").split(" ").pop()!)))
          found.PER++;
      }
      for (const place of m.places) {
        total.LOC++;
        const names = PLACE_NAMES[place] ?? [place.replace(/-/g, " ")];
        if (ents.LOC.some((e) => names.includes(e))) found.LOC++;
      }
    }
    results.reutersProxy = { stories: stories.length, found, total };
    for (const l of ["PER", "LOC"] as const) {
      rows.push({
        data: `reuters21578 (${stories.length} stories, weak)`,
        metric: `${l} doc-level recall`,
        score: total[l] ? ((100 * found[l]) / total[l]).toFixed(2) : "",
        n: total[l],
      });
    }
  }
  printTable(rows, ["data", "metric", "score", "n"]);
  const path = writeResults("eval", "nlp", results);
  process.stdout.write(`wrote ${path}\n`);
}
