import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { MAX_PARSE_TOKENS } from "../src/nlp/analyse.js";
import { formatConllu, parseConllu } from "../src/nlp/conllu.js";
import { lexicalise } from "../src/nlp/features.js";
import { defaultPipeline } from "../src/nlp/models.js";
import { analyseText } from "../src/nlp/stage.js";
import { repoRoot } from "../src/util/shared.js";

const pipeline = defaultPipeline();
const haveTagger = pipeline.tagger ? false : "no committed tagger in models/";
const haveParser = pipeline.tagger && pipeline.parser ? false : "no committed parser in models/";
const haveNer = pipeline.ner ? false : "no committed NER in models/";

test("the pipeline's memoised lexical features equal lexicalise, wherever a word recurs", () => {
  const words = ["Paris", "said", "paris", "Paris", "U.S.", "2024", "re-elected", "Paris", "x".repeat(60)];
  assert.deepEqual(pipeline.lex(words), lexicalise(words, pipeline.clusters));
  const again = ["said", "Paris", "said"];
  assert.deepEqual(pipeline.lex(again), lexicalise(again, pipeline.clusters));
  assert.deepEqual(pipeline.lex([]), lexicalise([], pipeline.clusters));
});

test("the committed tagger tags and lemmatizes a sentence", { skip: haveTagger }, () => {
  const a = analyseText("The ministers were meeting in a small village.");
  const toks = a.sentences[0].tokens;
  const by = (w: string) => toks.find((t) => t.text === w)!;
  assert.equal(by("The").upos, "DET");
  assert.equal(by("ministers").upos, "NOUN");
  assert.equal(by("ministers").lemma, "minister");
  assert.equal(by("were").lemma, "be");
  assert.equal(by("meeting").upos, "VERB");
  assert.equal(by("meeting").lemma, "meet");
  assert.equal(by(".").upos, "PUNCT");
});

test("the committed parser attaches the subject and the object to the verb", { skip: haveParser }, () => {
  const a = analyseText("The spokeswoman said the army had closed the border.");
  const toks = a.sentences[0].tokens;
  const id = (w: string) => toks.find((t) => t.text === w)!;
  const said = id("said");
  assert.equal(said.head, 0, "said is the root");
  assert.equal(said.deprel, "root");
  assert.equal(id("spokeswoman").head, said.id);
  assert.equal(id("spokeswoman").deprel, "nsubj");
  assert.equal(id("closed").head, said.id, "the reported clause hangs on said");
  assert.equal(id("border").head, id("closed").id);
  assert.equal(id("border").deprel, "obj");
  // every head is in range and exactly one root
  assert.equal(toks.filter((t) => t.head === 0).length, 1);
  for (const t of toks) assert.ok(t.head! >= 0 && t.head! <= toks.length);
});

test("the committed NER finds people, organisations and places", { skip: haveNer }, () => {
  const text = "Angela Merkel met officials of the World Bank in Nairobi, Kenya, on Tuesday.";
  const a = analyseText(text);
  const labels = new Map(a.entities.map((e) => [e.text, e.label]));
  assert.equal(labels.get("Angela Merkel"), "PER");
  assert.equal(labels.get("Kenya"), "LOC");
  assert.equal(labels.get("Nairobi"), "LOC");
  for (const e of a.entities) assert.equal(text.slice(e.start, e.end), e.text);
});

test("over-long sentences are tagged but not parsed, and a note says so", { skip: haveParser }, () => {
  const long = Array.from({ length: MAX_PARSE_TOKENS + 50 }, () => "word").join(" ");
  const a = analyseText(long + ".");
  assert.equal(a.sentences[0].unparsed, true);
  assert.equal(a.sentences[0].tokens[0].head, undefined);
  assert.ok(a.sentences[0].tokens[0].upos);
  assert.match(a.notes.join("\n"), /not parsed/);
});

test("hostile input through the full pipeline completes", { skip: haveTagger }, () => {
  const nospace = "a".repeat(100_000);
  const mixed =
    "\u0000\u0001\u202e \ud83d\ude00\u4e2d\u6587\u0645\u0631\u062d\u0628\u0627 \ud800 " + "x,".repeat(5000);
  for (const t of [nospace, mixed]) {
    const a = analyseText(t);
    for (const s of a.sentences)
      for (const tok of s.tokens) assert.equal(t.slice(tok.start, tok.end), tok.text);
  }
});

const dyad = (args: string[], input?: string) =>
  execFileSync(process.execPath, [join(repoRoot, "bin", "dyad.js"), ...args], {
    input,
    encoding: "utf8",
    cwd: repoRoot,
    stdio: ["pipe", "pipe", "pipe"],
  });

test("dyad nlp --from conllu keeps the tokens and fills the columns", { skip: haveParser }, () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-nlp-"));
  const file = join(dir, "in.conllu");
  const gold =
    "# sent_id = t1\n# text = Rebels seized the town.\n" +
    ["Rebels", "seized", "the", "town", "."]
      .map((w, i) => `${i + 1}\t${w}\t_\t_\t_\t_\t_\t_\t_\t_`)
      .join("\n") +
    "\n\n";
  writeFileSync(file, gold);
  const out = parseConllu(dyad(["nlp", "--from", "conllu", "--to", "conllu", file]));
  assert.equal(out.length, 1);
  assert.deepEqual(
    out[0].words.map((w) => w.form),
    ["Rebels", "seized", "the", "town", "."],
  );
  assert.equal(out[0].comments[0], "# sent_id = t1");
  const seized = out[0].words[1];
  assert.equal(seized.head, 0);
  assert.equal(out[0].words[0].head, 2);
  assert.equal(out[0].words[0].deprel, "nsubj");
  assert.equal(out[0].words[3].deprel, "obj");
  assert.equal(seized.lemma, "seize");
  // round trip through the writer keeps the format
  assert.equal(parseConllu(formatConllu(out)).length, 1);
});

test("dyad nlp --from text writes CoNLL-U sentences", { skip: haveParser }, () => {
  const out = parseConllu(
    dyad(["nlp", "--from", "text", "--to", "conllu", "-"], "Troops left. Talks resumed on Friday."),
  );
  assert.equal(out.length, 2);
  assert.equal(out[0].words[0].form, "Troops");
  assert.ok(out[1].words.every((w) => w.head >= 0 && w.upos !== "_"));
});

test("dyad ner --from conll writes token<TAB>tag with the same sentences", { skip: haveNer }, () => {
  const input = "Vladimir\nPutin\nvisited\nParis\n.\n\nThey\nleft\n";
  const lines = dyad(["ner", "--from", "conll", "-"], input).split("\n");
  assert.deepEqual(lines.slice(0, 6), [
    "Vladimir\tB-PER",
    "Putin\tI-PER",
    "visited\tO",
    "Paris\tB-LOC",
    ".\tO",
    "",
  ]);
  assert.deepEqual(lines.slice(6, 8), ["They\tO", "left\tO"]);
});

test("dyad nlp rejects a malformed CoNLL-U file with one line on stderr", { skip: haveTagger }, () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-nlp-"));
  const file = join(dir, "bad.conllu");
  writeFileSync(file, "x\ty\nnot-a-number\tfoo\n");
  assert.throws(
    () => dyad(["nlp", "--from", "conllu", file]),
    (e: Error & { status?: number; stderr?: string }) =>
      e.status !== 0 && /bad word id/.test(String(e.stderr)),
  );
});
