// `tsx src/nlp/train/ner-cv.ts [--folds 5] [--seeds 1] [--errors FILE]`: k-fold cross-validation of the
// NER over UNER EWT train (documents split by index mod k; never the dev set), the way NER choices are
// made. Each fold's model is trained on the other folds and scored, with the decoding rules, on its own
// documents; POS tags are jack-knifed (cached under --cache) on both sides, as at run time the tagger has
// not seen the text. The news lexicon is the shipped one (its self-training codes come from a model that
// saw all of train, so absolute figures are a little optimistic; comparisons between variants are fair).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { readText, repoRoot } from "../../util/shared.js";
import { type IobSentence, parseConllu, parseIob } from "../conllu.js";
import { iobSpans, scoreEntities } from "../evaluate.js";
import { lexicalise, parseClusters } from "../features.js";
import {
  classesOf,
  fromIob2,
  learnAlwaysO,
  NER_CLASSES,
  Ner,
  type NerData,
  nerInput,
  parseNerLexicon,
  posIds,
  spansOf,
  toIob2,
} from "../ner.js";
import { applyNerRules, harmoniseByDocument, type NerHints, type Span } from "../ner-rules.js";
import { averageModels } from "../perceptron.js";
import { needCorpus, trainLog } from "./cli.js";
import { type NerExample, trainNer } from "./ner.js";
import { jackknifeTags } from "./tagger.js";

const o = new Command("ner-cv")
  .option("--folds <k>", "folds", "5")
  .option("--seeds <k>", "models per fold, averaged as the shipped NER is", "1")
  .option("--epochs <n>", "epochs", "10")
  .option("--seed <n>", "first seed", "1")
  .option("--only-fold <f>", "train and score one fold only")
  .option("--errors <file>", "write the held-out errors (train data only) to this file")
  .option("--by-sentence", "score each sentence alone, without the document-level pass")
  .option(
    "--pred-out <file>",
    "write each held-out sentence's tokens, document, gold tags, the spans before the document pass and the model's own spans (raw, rules off) (JSONL)",
  )
  .option(
    "--rescore <file>",
    "no training: re-apply the decoding rules and the document pass to the model's spans kept by --pred-out",
  )
  .option("--companies", "with --rescore: the shipped company list (models/ner.json) as the NER has it")
  .option("--cache <dir>", "where jack-knifed tags are kept", "/tmp/ner-cv")
  .option("--models <dir>", "clusters, gazetteer and news lexicon", join(repoRoot, "models"))
  .parse(process.argv)
  .opts<{
    folds: string;
    seeds: string;
    epochs: string;
    seed: string;
    onlyFold?: string;
    errors?: string;
    bySentence?: boolean;
    predOut?: string;
    rescore?: string;
    companies?: boolean;
    cache: string;
    models: string;
  }>();

const log = trainLog;
if (o.rescore) {
  rescore(o.rescore);
  process.exit(0);
}
const unerText = readText(needCorpus("ner/en_ewt-ud-train.approx.iob2.gz", "ner-cv"));
const uner: IobSentence[] = parseIob(unerText);
const docs = uner.map((s) => Math.max(s.doc, 0));
const clusters = parseClusters(readText(join(o.models, "clusters.tsv.gz")));
const gazetteer = Ner.parseGazetteer(readText(join(o.models, "gazetteer.tsv.gz")));
const lexicon = parseNerLexicon(readText(join(o.models, "ner.lexicon.tsv.gz")));

mkdirSync(o.cache, { recursive: true });
const jackFile = join(o.cache, "jack4.json");
let jack: string[][];
if (existsSync(jackFile)) jack = JSON.parse(readFileSync(jackFile, "utf8")) as string[][];
else {
  const ewt = parseConllu(readText(needCorpus("ud/en_ewt-ud-train.conllu.gz", "ner-cv")));
  jack = jackknifeTags(ewt, clusters, 4, 8, 1, log);
  writeFileSync(jackFile, JSON.stringify(jack));
}
const upos = uner.map((s, i) => {
  const j = jack[i];
  return j && j.length === s.tokens.length
    ? j.map((t) => t.slice(0, t.indexOf("|")))
    : s.tokens.map(() => "X");
});
const lxs = uner.map((s) => lexicalise(s.tokens, clusters));
const examples: NerExample[] = uner.map((s, i) => ({
  lx: lxs[i],
  input: nerInput(s.tokens, lxs[i], posIds(upos[i]), gazetteer, lexicon),
  gold: fromIob2(s.tags),
}));

const K = Number(o.folds);
const gold: string[][] = [];
const pred: string[][] = [];
const errors: string[] = [];
const predLines: string[] = [];

const perFold: string[] = [];
for (let f = 0; f < K; f++) {
  if (o.onlyFold !== undefined && Number(o.onlyFold) !== f) continue;
  const trainIdx = uner.map((_, i) => i).filter((i) => docs[i] % K !== f);
  const testIdx = uner.map((_, i) => i).filter((i) => docs[i] % K === f);
  const alwaysO = learnAlwaysO(trainIdx.map((i) => ({ words: lxs[i].words, gold: examples[i].gold })));
  const skip = new Set(alwaysO);
  const models = [];
  for (let k = 0; k < Number(o.seeds); k++)
    models.push(
      trainNer(
        trainIdx.map((i) => examples[i]),
        skip,
        Number(o.epochs),
        Number(o.seed) + k,
        () => {},
      ),
    );
  const ner = new Ner(
    models.length > 1 ? averageModels(models) : models[0],
    { classes: NER_CLASSES, alwaysO },
    gazetteer,
    lexicon,
  );
  const g: string[][] = [];
  const p: string[][] = [];
  // testIdx is in file order, so a document's sentences are consecutive
  // the model's own spans (rules off), then the sentence rules over them as Ner.classes applies them
  ner.rules = false;
  const raw = testIdx.map((i) => ner.entities(uner[i].tokens, lxs[i], upos[i]));
  const spans = testIdx.map((i, k) =>
    spansOf(
      classesOf(
        applyNerRules(uner[i].tokens, raw[k], undefined, { gazetteer, lexicon }),
        uner[i].tokens.length,
      ),
    ),
  );
  if (o.predOut)
    testIdx.forEach((i, k) => {
      predLines.push(
        JSON.stringify({
          doc: docs[i],
          tokens: uner[i].tokens,
          gold: uner[i].tags,
          spans: spans[k],
          raw: raw[k],
        }),
      );
    });
  const final = o.bySentence
    ? spans
    : harmoniseByDocument(
        testIdx.map((i, k) => ({ words: uner[i].tokens, spans: spans[k] })),
        testIdx.map((i) => docs[i]),
      );
  testIdx.forEach((i, k) => {
    const tags = toIob2(classesOf(final[k], uner[i].tokens.length));
    g.push(uner[i].tags);
    p.push(tags);
    if (o.errors) errors.push(...sentenceErrors(uner[i].tokens, uner[i].tags, tags));
  });
  const e = scoreEntities(g, p);
  perFold.push(e.f1.toFixed(2));
  log(`fold ${f}: F1 ${e.f1.toFixed(2)} (${testIdx.length} sentences, ${e.gold} entities)`);
  gold.push(...g);
  pred.push(...p);
}
summary(gold, pred, `folds ${perFold.join(" ")}`);
if (o.errors) writeFileSync(o.errors, errors.join("\n") + "\n");
if (o.predOut) writeFileSync(o.predOut, predLines.join("\n") + "\n");

/** "FN ORG Acme Bank" / "FP PER Acme" / "BOUNDS" lines for one sentence, with the sentence after them. */
function sentenceErrors(tokens: string[], g: string[], p: string[]): string[] {
  const gs = iobSpans(g);
  const ps = iobSpans(p);
  const key = (x: { start: number; end: number; label: string }) => `${x.start}:${x.end}:${x.label}`;
  const gk = new Set(gs.map(key));
  const pk = new Set(ps.map(key));
  const out: string[] = [];
  for (const x of gs) {
    if (pk.has(key(x))) continue;
    const other = ps.find((y) => y.start < x.end && x.start < y.end);
    const as = other ? `${other.label}:${tokens.slice(other.start, other.end).join(" ")}` : "-";
    out.push(`FN\t${x.label}\t${tokens.slice(x.start, x.end).join(" ")}\t${as}\t${tokens.join(" ")}`);
  }
  for (const x of ps) {
    if (gk.has(key(x))) continue;
    if (gs.some((y) => y.start < x.end && x.start < y.end)) continue; // counted with its FN
    out.push(`FP\t${x.label}\t${tokens.slice(x.start, x.end).join(" ")}\t-\t${tokens.join(" ")}`);
  }
  return out;
}

function summary(gold: string[][], pred: string[][], tail: string): void {
  const e = scoreEntities(gold, pred);
  const by = (l: string) => {
    const x = e.byLabel[l];
    return x ? `${l} ${x.precision.toFixed(1)}/${x.recall.toFixed(1)}/${x.f1.toFixed(2)}` : `${l} -`;
  };
  process.stdout.write(
    `CV F1 ${e.f1.toFixed(2)} P ${e.precision.toFixed(2)} R ${e.recall.toFixed(2)} | ${by("PER")} ${by("ORG")} ${by("LOC")} | ${tail}\n`,
  );
}

/**
 * --rescore: the sentence rules and the document pass over the model's spans of a --pred-out file,
 * so that rule variants are compared without retraining.
 */
function rescore(file: string): void {
  const rows = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l)
    .map((l) => JSON.parse(l) as { doc: number; tokens: string[]; gold: string[]; raw: Span[] });
  const hints: NerHints = {
    gazetteer: Ner.parseGazetteer(readText(join(o.models, "gazetteer.tsv.gz"))),
    lexicon: parseNerLexicon(readText(join(o.models, "ner.lexicon.tsv.gz"))),
  };
  const companies = o.companies
    ? new Set((JSON.parse(readFileSync(join(o.models, "ner.json"), "utf8")) as NerData).companies ?? [])
    : undefined;
  const spans = rows.map((r) =>
    spansOf(classesOf(applyNerRules(r.tokens, r.raw, companies, hints), r.tokens.length)),
  );
  const final = o.bySentence
    ? spans
    : harmoniseByDocument(
        rows.map((r, k) => ({ words: r.tokens, spans: spans[k] })),
        rows.map((r) => r.doc),
      );
  const gold = rows.map((r) => r.gold);
  const pred = rows.map((r, k) => toIob2(classesOf(final[k], r.tokens.length)));
  const errs = rows.flatMap((r, k) => (o.errors ? sentenceErrors(r.tokens, r.gold, pred[k]) : []));
  summary(gold, pred, `rescored ${rows.length} sentences`);
  if (o.errors) writeFileSync(o.errors, errs.join("\n") + "\n");
}
