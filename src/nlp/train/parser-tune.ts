// `tsx src/nlp/train/parser-tune.ts --cache /tmp/pa [--beam 8] [--epochs 10] [--seed 1] [--seeds 3]
// [--explore 0.9] [--subtrees 5000000]`: parser
// experiments on the --tune split only (the last 1,000 EWT train sentences), never on dev. The expensive
// inputs are cached under --cache so that a run costs only the parser's own training:
//  - jack-knifed tags of the other train sentences (as `npm run train -- --tune` computes them),
//  - the tune sentences' tags from a tagger trained on the other train sentences,
//  - the greedy models, one per seed (its labeller also labels the beam's arcs),
//  - with --subtrees, the news pair counts of the subtree features (news parsed by the models in models/).
// With --seeds k the greedy models of seeds seed..seed+k-1 are scored alone and as the mean of their weights.
// Prints tune UAS/LAS (punctuation included, relations without subtypes) and parsing speed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { readText, repoRoot } from "../../util/shared.js";
import { type ConlluSentence, parseConllu } from "../conllu.js";
import { lexicalise, parseClusters } from "../features.js";
import { loadPipeline } from "../models.js";
import {
  ACTION_TEMPLATES,
  argmax,
  LABEL_TEMPLATES,
  LEFT,
  labelFeatures,
  MAX_LABEL_FEATURES,
  MAX_PARSE_FEATURES,
  onlyMove,
  ParseFeatures,
  ParseState,
  parse,
  parseFeatures,
  SHIFT,
  setDroppedTemplates,
} from "../parser.js";
import { parseBeam } from "../parser-beam.js";
import { FrozenPerceptron } from "../perceptron.js";
import { SubtreeTable } from "../subtrees.js";
import { tagClasses } from "../tagger.js";
import { needCorpus, trainLog } from "./cli.js";
import { newsTexts } from "./ner-lexicon.js";
import {
  averageParsers,
  PARSER_EXPLORE,
  PARSER_MEAN_MIN,
  type ParseExample,
  parseExample,
  relationLabels,
  tagIds,
  trainParser,
} from "./parser.js";
import { trainBeamParser } from "./parser-beam.js";
import { countSubtrees, pipelineParser, subtreeTable } from "./parser-subtrees.js";
import { jackknifeTags, trainTagger } from "./tagger.js";

const program = new Command("parser-tune")
  .requiredOption("--cache <dir>", "folder for cached tags and models")
  .option("--seed <n>", "random seed", "1")
  .option("--tag-seed <n>", "seed of the cached jack-knifed tags (default: --seed)")
  .option("--seeds <k>", "greedy models of seeds seed..seed+k-1, scored alone and averaged", "1")
  .option(
    "--avg-min <w>",
    "averaged weights below this are dropped from the mean of seeds",
    String(PARSER_MEAN_MIN),
  )
  .option("--explore <p>", "dynamic-oracle exploration rate after the first epoch", String(PARSER_EXPLORE))
  .option("--subtrees <tokens>", "subtree features from this many parsed news tokens (0: off)", "0")
  .option("--sub-min <n>", "pairs seen fewer times in the news are not listed", "2")
  .option("--epochs <n>", "greedy parser epochs", "10")
  .option("--beam <k>", "beam width (0: greedy only)", "0")
  .option("--beam-epochs <n>", "beam training epochs", "10")
  .option("--warm", "start the beam model from the greedy model's weights", false)
  .option("--beam-decode <list>", "comma-separated widths to decode the beam model with (default: --beam)")
  .option("--drop <ids>", "template ids to leave out, e.g. 115-120,159,211 (experiments)", "")
  .option("--template-keys", "count, per template, the first model's keys reached on the train split", false)
  .option("--prep-only", "only compute and cache the tags", false);
program.parse(process.argv);
const o = program.opts<{
  cache: string;
  seed: string;
  tagSeed?: string;
  seeds: string;
  avgMin: string;
  explore: string;
  subtrees: string;
  subMin: string;
  epochs: string;
  beam: string;
  beamEpochs: string;
  beamDecode?: string;
  warm: boolean;
  drop: string;
  templateKeys: boolean;
  prepOnly: boolean;
}>();
const dropped = o.drop
  .split(",")
  .filter((x) => x !== "")
  .flatMap((r) => {
    const [a, b] = r.split("-").map(Number);
    return Array.from({ length: (b ?? a) - a + 1 }, (_, i) => a + i);
  });
setDroppedTemplates(dropped);
const seed = Number(o.seed);
const tagSeed = Number(o.tagSeed ?? o.seed);
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
const jack = cachedJson(`jack-${tagSeed}.json`, () =>
  jackknifeTags(train, clusters, 10, taggerEpochs, tagSeed, log),
);
const tuneTags = cachedJson(`tune-tags-${tagSeed}.json`, () => {
  const r = trainTagger(train, clusters, taggerEpochs, tagSeed, log);
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

const subTokens = Number(o.subtrees);
let subtrees: SubtreeTable | undefined;
if (subTokens > 0) {
  const file = cached(`subtrees-${subTokens}-${o.subMin}.bin`);
  if (existsSync(file)) subtrees = SubtreeTable.fromBuffer(readFileSync(file));
  else {
    const pipe = loadPipeline();
    const c = countSubtrees(
      newsTexts(join(need("news/MANIFEST.json"), "..")),
      pipelineParser(pipe),
      subTokens,
    );
    subtrees = subtreeTable(c, Number(o.subMin));
    writeFileSync(file, subtrees.toBuffer());
    log(`subtrees: ${c.tokens} news tokens in ${c.sentences} sentences, ${subtrees.size} pairs listed`);
  }
}
const explore = Number(o.explore);
const variant = `${o.drop ? `-d${o.drop}` : ""}${explore !== PARSER_EXPLORE ? `-x${explore}` : ""}${subTokens > 0 ? `-sub${subTokens}m${o.subMin}` : ""}`;

/** The greedy model of one seed, cached. */
function greedyModel(s: number): { actions: FrozenPerceptron; labeller: FrozenPerceptron; name: string } {
  const name = `greedy-${s}${tagSeed !== s ? `t${tagSeed}` : ""}-${o.epochs}${variant}`;
  let m: { actions: FrozenPerceptron; labeller: FrozenPerceptron } | null = null;
  const train = () => {
    m ??= trainParser(data, labels.length, Number(o.epochs), s, log, { explore, subtrees });
    return m;
  };
  const actions = cachedModel(`${name}-actions.bin`, () => train().actions);
  const labeller = cachedModel(`${name}-labels.bin`, () => train().labeller);
  return { actions, labeller, name };
}

/** Scores a decoder on the tune split; returns UAS, LAS and parsed tokens per CPU second. */
function score(decode: (ex: ParseExample) => { head: Int32Array; label: Int32Array }): string {
  let n = 0;
  let uas = 0;
  let las = 0;
  // the first pass warms the JIT and the caches; the best of the next three is timed
  let trees = tuneData.map(decode);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 3; r++) {
    const t0 = process.cpuUsage();
    trees = tuneData.map(decode);
    const c = process.cpuUsage(t0);
    best = Math.min(best, c.user + c.system);
  }
  for (let s = 0; s < tune.length; s++) {
    const words = tune[s].words;
    for (let i = 0; i < words.length; i++) {
      n++;
      if (trees[s].head[i] !== words[i].head) continue;
      uas++;
      if (labels[trees[s].label[i]].split(":")[0] === words[i].deprel.split(":")[0]) las++;
    }
  }
  const secs = best / 1e6;
  return `UAS ${((100 * uas) / n).toFixed(2)} LAS ${((100 * las) / n).toFixed(2)} (${Math.round(n / secs)} tokens/s CPU)`;
}

const singles = Array.from({ length: Math.max(1, Number(o.seeds)) }, (_, i) => greedyModel(seed + i));
for (const g of singles)
  log(
    `greedy ${g.name} tune: ${score((ex) => parse(g.actions, g.labeller, ex.lx, ex.tags, { rootLabel, subtrees }))} ` +
      `(${g.actions.keys.length} action keys, ${g.actions.values.length} weights)`,
  );
const { actions, labeller } = singles[0];
if (o.templateKeys) {
  // greedy parses of the train split with the first model; each feature's template is its position
  const seen = [new Map<number, Set<number>>(), new Map<number, Set<number>>()];
  const inModel = [new Set(actions.keys), new Set(labeller.keys)];
  const feats = new Int32Array(MAX_PARSE_FEATURES);
  const lfeats = new Int32Array(MAX_LABEL_FEATURES);
  const scores = new Float32Array(3);
  const lscores = new Float32Array(labeller.nClasses);
  const note = (which: number, f: Int32Array, nf: number, ids: readonly number[]) => {
    const kept = ids.filter((id) => !dropped.includes(id));
    for (let i = 0; i < nf; i++) {
      if (!inModel[which].has(f[i])) continue;
      const set = seen[which].get(kept[i]) ?? new Set<number>();
      seen[which].set(kept[i], set);
      set.add(f[i]);
    }
  };
  for (const ex of data) {
    const st = new ParseState(ex.tags.length);
    const pf = new ParseFeatures(ex.lx, ex.tags, subtrees ?? null);
    while (!st.done) {
      let move = onlyMove(st);
      if (move < 0) {
        const nf = parseFeatures(st, pf, feats);
        note(0, feats, nf, ACTION_TEMPLATES);
        scores.fill(0);
        actions.score(feats, nf, scores);
        for (let m = 0; m < 3; m++) if (st.valid(m) && (move < 0 || scores[m] > scores[move])) move = m;
      }
      if (move !== SHIFT) {
        const dep = st.s(0);
        const h = move === LEFT ? st.b0 : st.s(1);
        const nlf = labelFeatures(st, pf, h, dep, lfeats);
        note(1, lfeats, nlf, LABEL_TEMPLATES);
        lscores.fill(0);
        labeller.score(lfeats, nlf, lscores);
        st.label[dep] = argmax(lscores, labeller.nClasses);
      }
      st.apply(move);
    }
  }
  for (const w of [0, 1]) {
    const rows = [...seen[w].entries()].sort((a, b) => a[0] - b[0]);
    const total = inModel[w].size;
    log(
      `${w === 0 ? "action" : "label"} model: ${total} keys; reached per template: ` +
        rows.map(([id, set]) => `${id}:${set.size}`).join(" "),
    );
  }
}
if (singles.length > 1) {
  const avgMin = Number(o.avgMin);
  const mean = averageParsers(singles, avgMin);
  log(
    `mean of ${singles.map((g) => g.name).join(", ")} (pruned at ${avgMin}) tune: ` +
      `${score((ex) => parse(mean.actions, mean.labeller, ex.lx, ex.tags, { rootLabel, subtrees }))} ` +
      `(${mean.actions.keys.length} action keys, ${mean.actions.values.length} weights)`,
  );
}

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
