// `npm run train -- [--seed N] [--only clusters,tagger,parser,shortcuts,ner] [--tune]`: trains the models from
// ../shared/corpus and writes them under models/. With --tune the last 1000 EWT train sentences are
// held out and scored (the numbers to tune on); the EWT and UNER dev sets are scored either way.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Command } from "commander";
import { readText, repoRoot } from "../../util/shared.js";
import { annotateConllu, annotateIob } from "../annotate.js";
import { type ConlluSentence, parseConllu, parseIob } from "../conllu.js";
import { scoreEntities, scoreSyntax } from "../evaluate.js";
import { lexicalise, parseClusters } from "../features.js";
import { learnLemmas } from "../lemma.js";
import { loadPipeline, NlpPipeline } from "../models.js";
import { NER_CLASSES, Ner } from "../ner.js";
import type { SubtreeTable } from "../subtrees.js";
import { needCorpus, trainLog } from "./cli.js";
import { learnClusters } from "./clusters.js";
import { buildGazetteer } from "./gazetteer.js";
import { buildNer } from "./ner.js";
import { newsTexts } from "./ner-lexicon.js";
import {
  averageParsers,
  PARSER_MEAN_MIN,
  PARSER_SEEDS,
  type ParseExample,
  parseExample,
  relationLabels,
  tagIds,
  trainParser,
} from "./parser.js";
import { trainBeamParser } from "./parser-beam.js";
import { countSubtrees, pipelineParser, SUBTREES_FILE, subtreeTable } from "./parser-subtrees.js";
import { writeShortcuts } from "./shortcuts.js";
import { jackknifeTags, TAGGER_SEEDS, trainTagger } from "./tagger.js";

const program = new Command("train")
  .option("--seed <n>", "random seed", "1")
  .option("--only <list>", "comma-separated subset: clusters,tagger,parser,shortcuts,ner")
  .option("--tune", "hold out the last 1000 EWT train sentences and train on the rest", false)
  .option("--tagger-epochs <n>", "tagger epochs", "8")
  .option(
    "--tagger-seeds <k>",
    "taggers trained with seeds seed, seed+1, ... and averaged",
    String(TAGGER_SEEDS),
  )
  .option(
    "--tagger-reverse",
    "also train a right-to-left tagger; the loader sums the two passes' scores where they disagree (~2.7x tagging time)",
    false,
  )
  .option("--parser-epochs <n>", "parser epochs", "10")
  .option(
    "--parser-seeds <k>",
    "parsers trained with seeds seed, seed+1, ... and averaged",
    String(PARSER_SEEDS),
  )
  .option(
    "--parser-mean-min <w>",
    "averaged weights below this are dropped from the parsers' mean",
    String(PARSER_MEAN_MIN),
  )
  .option(
    "--parser-subtrees <tokens>",
    "subtree features from this many news tokens parsed by a first parser (0: off)",
    "0",
  )
  .option(
    "--jackknife <k>",
    "train the parser on tags from k taggers each blind to its fold (0: final tagger)",
    "10",
  )
  .option(
    "--parser-beam <k>",
    "beam width of the parser, trained globally after the greedy one (0: greedy)",
    "0",
  )
  .option("--parser-beam-epochs <n>", "epochs of the beam parser's global training", "10")
  .option(
    "--parser-beam-decode <k>",
    "beam width parser.json tells the loader to decode with (default: --parser-beam)",
  )
  .option(
    "--parser-tags-cache <file>",
    "read the parser's jack-knifed training tags from this file, or write them there",
  )
  .option("--ner-epochs <n>", "NER epochs", "10")
  .option(
    "--ner-skip-min <n>",
    "lower-case words seen this often and never in an entity skip NER scoring (0: off)",
    "5",
  )
  .option(
    "--ner-jackknife <k>",
    "train the NER on POS tags from k taggers each blind to its fold (0: off)",
    "4",
  )
  .option(
    "--ner-news <n>",
    "news articles a first NER model tags for the self-training lexicon (0: off)",
    "6000",
  )
  .option("--ner-seeds <k>", "NER models trained with k seeds and averaged", "3")
  .option("--cluster-tokens <n>", "news tokens read to learn clusters", "30000000")
  .option("--out <dir>", "output folder", join(repoRoot, "models"));
program.parse(process.argv);
const opts = program.opts<{
  seed: string;
  only?: string;
  tune: boolean;
  taggerEpochs: string;
  taggerSeeds: string;
  taggerReverse: boolean;
  parserEpochs: string;
  parserSeeds: string;
  parserMeanMin: string;
  parserSubtrees: string;
  jackknife: string;
  parserBeam: string;
  parserBeamEpochs: string;
  parserBeamDecode?: string;
  parserTagsCache?: string;
  nerEpochs: string;
  nerSkipMin: string;
  nerJackknife: string;
  nerNews: string;
  nerSeeds: string;
  clusterTokens: string;
  out: string;
}>();
const seed = Number(opts.seed);
const only = new Set((opts.only ?? "clusters,tagger,parser,shortcuts,ner").split(","));
const log = trainLog;
const out = (f: string) => join(opts.out, f);
mkdirSync(opts.out, { recursive: true });
const need = (rel: string) => needCorpus(rel, "train");

const fixed = (x: number) => x.toFixed(2);

if (only.has("clusters")) {
  const lines = learnClusters({
    newsDir: join(need("news/MANIFEST.json"), ".."),
    seed,
    vocab: 60000,
    contexts: 600,
    coarse: 256,
    fine: 8,
    maxTokens: Number(opts.clusterTokens),
    log,
  });
  writeFileSync(out("clusters.tsv.gz"), gzipSync(lines.join("\n") + "\n", { level: 9 }));
  log(`wrote clusters for ${lines.length} words`);
}

const clusters = existsSync(out("clusters.tsv.gz")) ? parseClusters(readText(out("clusters.tsv.gz"))) : null;
const ewt = parseConllu(readText(need("ud/en_ewt-ud-train.conllu.gz")));
const tune = ewt.slice(ewt.length - 1000);
const train = opts.tune ? ewt.slice(0, ewt.length - 1000) : ewt;
const dev = parseConllu(readText(need("ud/en_ewt-ud-dev.conllu.gz")));

function reportSyntax(what: string): void {
  const p = loadPipeline(opts.out);
  for (const [name, data] of [
    ["tune", tune],
    ["dev", dev],
  ] as [string, ConlluSentence[]][]) {
    if (name === "tune" && !opts.tune) continue;
    const s = scoreSyntax(data, annotateConllu(p, data));
    log(
      `${what} ${name}: UPOS ${fixed(s.upos)} XPOS ${fixed(s.xpos)} lemma ${fixed(s.lemma)} UAS ${fixed(s.uas)} LAS ${fixed(s.las)}`,
    );
  }
}

if (only.has("tagger")) {
  const r = trainTagger(train, clusters, Number(opts.taggerEpochs), seed, log, Number(opts.taggerSeeds));
  const lemmas = learnLemmas(
    train.flatMap((s) => s.words.map((w) => ({ form: w.form, xpos: w.xpos, lemma: w.lemma }))),
  );
  writeFileSync(out("tagger.bin.gz"), gzipSync(r.model.toBuffer(), { level: 9 }));
  const reverseFile = "tagger-r2l.bin.gz";
  if (opts.taggerReverse) {
    const r2l = trainTagger(
      train,
      clusters,
      Number(opts.taggerEpochs),
      seed,
      (s) => log(`right-to-left ${s}`),
      Number(opts.taggerSeeds),
      true,
    );
    // the same sentences give the same tag list and lexicon
    if (r2l.tags.join() !== r.tags.join()) throw new Error("the two taggers number the tags differently");
    writeFileSync(out(reverseFile), gzipSync(r2l.model.toBuffer(), { level: 9 }));
    log(`wrote right-to-left tagger (${r2l.model.keys.length} features)`);
  }
  writeFileSync(
    out("tagger.json"),
    JSON.stringify({
      tags: r.tags,
      lemmas,
      amb: r.lexicon.amb,
      fixed: r.lexicon.fixed,
      ...(opts.taggerReverse ? { reverse: reverseFile } : {}),
    }) + "\n",
  );
  log(`wrote tagger (${r.tags.length} tags, ${r.model.keys.length} features)`);
  reportSyntax("tagger");
}

if (only.has("parser")) {
  const labels = relationLabels(train);
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  // the parser trains on predicted tags, as it will see at run time
  const pipe = loadPipeline(opts.out);
  const folds = Number(opts.jackknife);
  const cache = opts.parserTagsCache;
  const jack =
    folds <= 1
      ? null
      : cache && existsSync(cache)
        ? (JSON.parse(readFileSync(cache, "utf8")) as string[][])
        : jackknifeTags(train, clusters, folds, Number(opts.taggerEpochs), seed, log);
  if (jack && cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(jack));
  if (jack && jack.length !== train.length) throw new Error(`${cache} holds tags of another training set`);
  const data: ParseExample[] = train.map((s, i) => {
    const words = s.words.map((w) => w.form);
    const lx = lexicalise(words, clusters);
    const t = !jack && pipe.tagger ? pipe.tag(words, lx) : null;
    const tags = jack
      ? tagIds(jack[i])
      : t
        ? pipe.tagIdsOf(t.upos, t.xpos)
        : tagIds(s.words.map((w) => `${w.upos}|${w.xpos}`));
    return parseExample(s, lx, tags, labelIndex);
  });
  const epochs = Number(opts.parserEpochs);
  const subTokens = Number(opts.parserSubtrees);
  let subtrees: SubtreeTable | undefined;
  if (subTokens > 0 && Number(opts.parserBeam) > 0)
    throw new Error("the beam parser has no subtree features");
  if (subTokens > 0) {
    // a first parser (no subtree features) with the tagger in --out parses the news; its arcs are counted
    const first = trainParser(data, labels.length, epochs, seed, log);
    const firstPipe = new NlpPipeline(pipe.clusters, pipe.tagger, { ...first, labels }, null);
    const c = countSubtrees(
      newsTexts(join(need("news/MANIFEST.json"), "..")),
      pipelineParser(firstPipe),
      subTokens,
    );
    subtrees = subtreeTable(c);
    writeFileSync(out(SUBTREES_FILE), gzipSync(subtrees.toBuffer(), { level: 9 }));
    log(`wrote subtrees: ${c.tokens} news tokens in ${c.sentences} sentences, ${subtrees.size} pairs listed`);
  }
  const runs = Array.from({ length: Math.max(1, Number(opts.parserSeeds)) }, (_, k) =>
    trainParser(data, labels.length, epochs, seed + k, (s) => log(`seed ${seed + k}: ${s}`), { subtrees }),
  );
  const r = averageParsers(runs, Number(opts.parserMeanMin));
  const beam = Number(opts.parserBeam);
  if (beam > 0) {
    // the beam model replaces the greedy action model; the greedy labeller labels its arcs
    r.actions = trainBeamParser(data, r.labeller, {
      width: beam,
      epochs: Number(opts.parserBeamEpochs),
      seed,
      rootLabel: labels.indexOf("root"),
      log,
    });
  }
  writeFileSync(out("parser-actions.bin.gz"), gzipSync(r.actions.toBuffer(), { level: 9 }));
  writeFileSync(out("parser-labels.bin.gz"), gzipSync(r.labeller.toBuffer(), { level: 9 }));
  // a model trained with a wide beam can be decoded with a narrower one, faster at nearly the same accuracy
  const decodeWidth = Number(opts.parserBeamDecode ?? beam);
  writeFileSync(
    out("parser.json"),
    JSON.stringify({
      labels,
      ...(beam > 0 ? { beam: decodeWidth } : {}),
      ...(subtrees ? { subtrees: SUBTREES_FILE } : {}),
    }) + "\n",
  );
  log(`wrote parser (${r.actions.keys.length} action features, ${r.labeller.keys.length} label features)`);
  reportSyntax("parser");
}

if (only.has("shortcuts")) {
  // after the tagger and parser, since it adds to their JSON files
  const r = writeShortcuts(train, out("tagger.json"), out("parser.json"));
  log(
    `wrote short-cuts (${r.loose} loose fixed tags, ${r.arcs} arc-label triples, ${r.moves} move signatures)`,
  );
  reportSyntax("shortcuts");
}

if (only.has("ner")) {
  const gazLines = buildGazetteer();
  writeFileSync(out("gazetteer.tsv.gz"), gzipSync(gazLines.join("\n") + "\n", { level: 9 }));
  const uner = parseIob(readText(need("ner/en_ewt-ud-train.approx.iob2.gz")));
  const unerTrain = opts.tune ? uner.slice(0, uner.length - 1000) : uner;
  const unerTune = uner.slice(uner.length - 1000);
  const r = buildNer({
    sentences: unerTrain,
    ewt: train,
    clusters,
    pipe: loadPipeline(opts.out),
    gazetteer: Ner.parseGazetteer(gazLines.join("\n")),
    newsDir: join(need("news/MANIFEST.json"), ".."),
    epochs: Number(opts.nerEpochs),
    skipMin: Number(opts.nerSkipMin),
    jackknife: Number(opts.nerJackknife),
    taggerEpochs: Number(opts.taggerEpochs),
    newsArticles: Number(opts.nerNews),
    seeds: Number(opts.nerSeeds),
    seed,
    log,
  });
  writeFileSync(out("ner.bin.gz"), gzipSync(r.model.toBuffer(), { level: 9 }));
  writeFileSync(
    out("ner.json"),
    JSON.stringify({ classes: NER_CLASSES, alwaysO: r.alwaysO, companies: r.companies }) + "\n",
  );
  writeFileSync(out("ner.lexicon.tsv.gz"), gzipSync(r.lexiconLines.join("\n") + "\n", { level: 9 }));
  log(
    `wrote NER (${r.model.keys.length} features, gazetteer ${gazLines.length} names, news lexicon ${r.lexiconLines.length} entries)`,
  );
  const p = loadPipeline(opts.out);
  const unerDev = parseIob(readText(need("ner/en_ewt-ud-dev.iob2.gz")));
  for (const [name, set] of [
    ["tune", unerTune],
    ["dev", unerDev],
  ] as const) {
    if (name === "tune" && !opts.tune) continue;
    const e = scoreEntities(
      set.map((s) => s.tags),
      annotateIob(
        p,
        set.map((s) => s.tokens),
      ),
    );
    log(`ner ${name}: P ${fixed(e.precision)} R ${fixed(e.recall)} F1 ${fixed(e.f1)}`);
  }
}
