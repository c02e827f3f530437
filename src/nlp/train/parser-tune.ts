// `tsx src/nlp/train/parser-tune.ts --cache /tmp/pa [--beam 8] [--epochs 10] [--seed 1]`: parser
// experiments on the --tune split only (the last 1,000 EWT train sentences), never on dev. The expensive
// inputs are cached under --cache so that a run costs only the parser's own training:
//  - jack-knifed tags of the other train sentences (as `npm run train -- --tune` computes them),
//  - the tune sentences' tags from a tagger trained on the other train sentences,
//  - the greedy model (its labeller also labels the beam's arcs).
// Prints tune UAS/LAS (punctuation included, relations without subtypes) and parsing speed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { readText, repoRoot } from "../../util/shared.js";
import { type ConlluSentence, parseConllu } from "../conllu.js";
import { lexicalise, parseClusters } from "../features.js";
import { parse } from "../parser.js";
import { parseBeam } from "../parser-beam.js";
import { FrozenPerceptron } from "../perceptron.js";
import { tagClasses } from "../tagger.js";
import { needCorpus, trainLog } from "./cli.js";
import { type ParseExample, parseExample, relationLabels, tagIds, trainParser } from "./parser.js";
import { trainBeamParser } from "./parser-beam.js";
import { jackknifeTags, trainTagger } from "./tagger.js";

const program = new Command("parser-tune")
  .requiredOption("--cache <dir>", "folder for cached tags and models")
  .option("--seed <n>", "random seed", "1")
  .option("--epochs <n>", "greedy parser epochs", "10")
  .option("--beam <k>", "beam width (0: greedy only)", "0")
  .option("--beam-epochs <n>", "beam training epochs", "10")
  .option("--warm", "start the beam model from the greedy model's weights", false)
  .option("--beam-decode <list>", "comma-separated widths to decode the beam model with (default: --beam)")
  .option("--prep-only", "only compute and cache the tags", false);
program.parse(process.argv);
const o = program.opts<{
  cache: string;
  seed: string;
  epochs: string;
  beam: string;
  beamEpochs: string;
  beamDecode?: string;
  warm: boolean;
  prepOnly: boolean;
}>();
const seed = Number(o.seed);
const log = trainLog;
mkdirSync(o.cache, { recursive: true });
const cached = (f: string) => join(o.cache, f);
const need = (rel: string) => needCorpus(rel, "parser-tune");

const clusters = parseClusters(readText(join(repoRoot, "models", "clusters.tsv.gz")));
const ewt = parseConllu(readText(need("ud/en_ewt-ud-train.conllu.gz")));
const tune = ewt.slice(ewt.length - 1000);
const train = ewt.slice(0, ewt.length - 1000);

/** Reads a JSON cache file, or computes and writes it. */
function cachedJson<T>(file: string, make: () => T): T {
  const p = cached(file);
  if (existsSync(p)) return JSON.parse(readFileSync(p, "utf8")) as T;
  const v = make();
  writeFileSync(p, JSON.stringify(v));
  return v;
}

const taggerEpochs = 8;
const jack = cachedJson(`jack-${seed}.json`, () =>
  jackknifeTags(train, clusters, 10, taggerEpochs, seed, log),
);
const tuneTags = cachedJson(`tune-tags-${seed}.json`, () => {
  const r = trainTagger(train, clusters, taggerEpochs, seed, log);
  const lexicon = { amb: new Map(r.lexicon.amb), fixed: new Map(r.lexicon.fixed) };
  return tune.map((s) => {
    const lx = lexicalise(
      s.words.map((w) => w.form),
      clusters,
    );
    return Array.from(tagClasses(r.model, lx, s.words.length, lexicon), (c) => r.tags[c]);
  });
});
if (o.prepOnly) process.exit(0);

const labels = relationLabels(train);
const labelIndex = new Map(labels.map((l, i) => [l, i]));
const rootLabel = labels.indexOf("root");

function examples(sents: ConlluSentence[], tags: string[][]): ParseExample[] {
  return sents.map((s, i) =>
    parseExample(
      s,
      lexicalise(
        s.words.map((w) => w.form),
        clusters,
      ),
      tagIds(tags[i]),
      labelIndex,
    ),
  );
}
const data = examples(train, jack);
const tuneData = examples(tune, tuneTags);

function cachedModel(file: string, make: () => FrozenPerceptron): FrozenPerceptron {
  const p = cached(file);
  if (existsSync(p)) return FrozenPerceptron.fromBuffer(readFileSync(p));
  const m = make();
  writeFileSync(p, m.toBuffer());
  return m;
}

const greedyName = `greedy-${seed}-${o.epochs}`;
let greedy: { actions: FrozenPerceptron; labeller: FrozenPerceptron } | null = null;
const trainGreedy = () => {
  greedy ??= trainParser(data, labels.length, Number(o.epochs), seed, log);
  return greedy;
};
const actions = cachedModel(`${greedyName}-actions.bin`, () => trainGreedy().actions);
const labeller = cachedModel(`${greedyName}-labels.bin`, () => trainGreedy().labeller);

/** Scores a decoder on the tune split; returns UAS, LAS and parsed tokens per CPU second. */
function score(decode: (ex: ParseExample) => { head: Int32Array; label: Int32Array }): string {
  let n = 0;
  let uas = 0;
  let las = 0;
  const t0 = process.cpuUsage();
  const trees = tuneData.map(decode);
  const cpu = process.cpuUsage(t0);
  for (let s = 0; s < tune.length; s++) {
    const words = tune[s].words;
    for (let i = 0; i < words.length; i++) {
      n++;
      if (trees[s].head[i] !== words[i].head) continue;
      uas++;
      if (labels[trees[s].label[i]].split(":")[0] === words[i].deprel.split(":")[0]) las++;
    }
  }
  const secs = (cpu.user + cpu.system) / 1e6;
  return `UAS ${((100 * uas) / n).toFixed(2)} LAS ${((100 * las) / n).toFixed(2)} (${Math.round(n / secs)} tokens/s CPU)`;
}

log(`greedy ${greedyName} tune: ${score((ex) => parse(actions, labeller, ex.lx, ex.tags, { rootLabel }))}`);

const k = Number(o.beam);
if (k > 0) {
  const beamName = `beam-${seed}-${k}-${o.beamEpochs}${o.warm ? "-warm" : ""}`;
  const beamActions = cachedModel(`${beamName}-actions.bin`, () =>
    trainBeamParser(data, labeller, {
      width: k,
      epochs: Number(o.beamEpochs),
      seed,
      rootLabel,
      init: o.warm ? actions : undefined,
      log,
      onEpoch: (e, m) =>
        log(
          `  after beam epoch ${e}, width ${k} tune: ${score((ex) => parseBeam(m, labeller, ex.lx, ex.tags, { rootLabel, width: k }))}`,
        ),
    }),
  );
  const widths = (o.beamDecode ?? String(k)).split(",").map(Number);
  for (const w of widths)
    log(
      `${beamName} decoded with width ${w} tune: ${score((ex) => parseBeam(beamActions, labeller, ex.lx, ex.tags, { rootLabel, width: w }))}`,
    );
}
