import assert from "node:assert/strict";
import { test } from "node:test";
import { analyseText } from "../src/nlp/stage.js";
import { segment, tokenize } from "../src/nlp/tokenize.js";
import { textDocument } from "../src/pipeline/document.js";

const words = (text: string) => tokenize(text).map((t) => t.text);
const sentences = (text: string) => segment(text).map((s) => s.tokens.map((t) => t.text).join(" "));

test("tokens are substrings at their offsets", () => {
  const text = "The \u201cplan\u201d isn\u2019t new \u2014 officials said so on Jan. 3, 2024.";
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
});

test("abbreviations, initials and titles keep their period", () => {
  assert.deepEqual(words("Gen. A. B. Carter met U.S. and E.U. envoys on Jan. 9."), [
    "Gen.",
    "A.",
    "B.",
    "Carter",
    "met",
    "U.S.",
    "and",
    "E.U.",
    "envoys",
    "on",
    "Jan.",
    "9",
    ".",
  ]);
});

test("clitics are split as in the UD treebanks", () => {
  assert.deepEqual(words("They can't say it's the minister's call, and we won't."), [
    "They",
    "ca",
    "n't",
    "say",
    "it",
    "'s",
    "the",
    "minister",
    "'s",
    "call",
    ",",
    "and",
    "we",
    "wo",
    "n't",
    ".",
  ]);
  assert.deepEqual(words("She doesn\u2019t know"), ["She", "does", "n\u2019t", "know"]);
});

test("straight and curly quotes, em-dashes and hyphens", () => {
  assert.deepEqual(words('"Go," he said\u2014then left.'), [
    '"',
    "Go",
    ",",
    '"',
    "he",
    "said",
    "\u2014",
    "then",
    "left",
    ".",
  ]);
  assert.deepEqual(words("\u2018fine\u2019 -- a long-range co-op plan"), [
    "\u2018",
    "fine",
    "\u2019",
    "--",
    "a",
    "long",
    "-",
    "range",
    "co-op",
    "plan",
  ]);
  assert.deepEqual(words("3.5% of $1,200 at 10:30"), ["3.5", "%", "of", "$", "1,200", "at", "10:30"]);
});

test("sentence splitting around abbreviations", () => {
  assert.deepEqual(sentences("Mr. Lee arrived. The talks began at 9 a.m. in Geneva. Did they end? Yes."), [
    "Mr. Lee arrived .",
    "The talks began at 9 a.m. in Geneva .",
    "Did they end ?",
    "Yes .",
  ]);
  assert.deepEqual(sentences("Troops left the U.S. The base closed."), [
    "Troops left the U.S.",
    "The base closed .",
  ]);
  assert.deepEqual(sentences("The U.S. Navy sailed."), ["The U.S. Navy sailed ."]);
});

test("closing quotes stay with their sentence; paragraphs split", () => {
  assert.deepEqual(
    sentences("\u201cWe will win.\u201d She smiled.\n\nA headline without a stop\nNext line."),
    ["\u201c We will win . \u201d", "She smiled .", "A headline without a stop", "Next line ."],
  );
});

test("a lower-case word after a closing quote goes on the quote's sentence", () => {
  assert.deepEqual(sentences("He paused. \"Is it over?\" asked the clerk. ''Why?'' wondered Ana."), [
    "He paused .",
    '" Is it over ? " asked the clerk .',
    "' ' Why ? ' ' wondered Ana .",
  ]);
  // a capital after the quote still opens a sentence, and a line break still ends one
  assert.deepEqual(sentences('"Stop!" Then it rained.\n"Go!"\nthey cried'), [
    '" Stop ! "',
    "Then it rained .",
    '" Go ! "',
    "they cried",
  ]);
});

test("datelines become their own sentence", () => {
  assert.deepEqual(sentences("KANDAHAR, Afghanistan (Reuters) - Officials met on Monday."), [
    "KANDAHAR , Afghanistan ( Reuters ) -",
    "Officials met on Monday .",
  ]);
  assert.deepEqual(sentences("NEW YORK, March 3 - Shares rose."), ["NEW YORK , March 3 -", "Shares rose ."]);
});

test("hostile input: no spaces, control characters, emoji, mixed scripts", () => {
  const long = "x".repeat(100_000);
  const a = analyseText(long + ".");
  assert.equal(a.sentences.length, 1);
  assert.equal(a.sentences[0].tokens[0].text.length, 100_000);
  const ctl =
    "a\u0000b\u0007c \u202e\ud83d\ude00\ud83d\ude00 \u4e2d\u6587 \u0645\u0631\u062d\u0628\u0627 end.";
  const toks = tokenize(ctl);
  for (const t of toks) assert.equal(ctl.slice(t.start, t.end), t.text);
  assert.ok(
    toks.some((t) => t.text === "\ud83d\ude00"),
    "emoji stays one token, surrogates unsplit",
  );
  const words100k = Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? "," : "word")).join(" ");
  const b = analyseText(words100k);
  assert.equal(
    b.sentences.reduce((n, s) => n + s.tokens.length, 0),
    20_000,
  );
  const lone = "\ud800 \udc00 x";
  assert.equal(tokenize(lone).length, 3);
});

test("the analyse stage fills sentences for English and skips other languages with a note", async () => {
  const { createAnalyseStage } = await import("../src/nlp/stage.js");
  const { DocumentSchema } = await import("../src/model/index.js");
  const stage = await createAnalyseStage({});
  const base = DocumentSchema.parse({
    ...textDocument("t", "Officials met. They left.", null),
    title: "t",
  });
  const en = stage.run(base);
  assert.equal(en.sentences.length, 2);
  assert.equal(en.sentences[1].tokens[0].text, "They");
  assert.equal(en.sentences[1].tokens[0].start, 15);
  const de = stage.run({ ...base, language: "de" });
  assert.equal(de.sentences.length, 0);
  assert.match(de.notes.join("\n"), /skipped/);
});

test("'no.' is an abbreviation before a number only: 'she said no.' ends its sentence", () => {
  assert.deepEqual(sentences("The council said no. The ferry will stop."), [
    "The council said no .",
    "The ferry will stop .",
  ]);
  assert.deepEqual(sentences("The office at No. 10 opened. Nos. 3 and 4 closed."), [
    "The office at No. 10 opened .",
    "Nos. 3 and 4 closed .",
  ]);
});

test("state abbreviations keep their period and end no sentence before a comma", () => {
  assert.deepEqual(
    sentences("The storm hit Mobile, Ala., on Monday and moved east."),
    ["The storm hit Mobile , Ala. , on Monday and moved east ."],
    "'Ala.,' inside a sentence does not split it",
  );
  assert.deepEqual(
    sentences("Crews reached Dothan, Ala. The roads were shut."),
    ["Crews reached Dothan , Ala.", "The roads were shut ."],
    "'Ala.' before a sentence starter still ends the sentence",
  );
  for (const state of [
    "Ariz.",
    "Calif.",
    "Conn.",
    "Fla.",
    "Ga.",
    "Ky.",
    "Md.",
    "Tenn.",
    "Wyo.",
    "N.J.",
    "S.C.",
  ])
    assert.equal(
      sentences(`The firm moved to Springfield, ${state}, last year.`).length,
      1,
      `'${state},' inside a sentence does not split it`,
    );
});

test("'Ark.' and the dotted 'W.Va.' keep their period like the other state abbreviations", () => {
  assert.deepEqual(
    sentences("The plant in Pine Bluff, Ark., shut on Friday."),
    ["The plant in Pine Bluff , Ark. , shut on Friday ."],
    "'Ark.,' inside a sentence does not split it",
  );
  assert.deepEqual(
    sentences("A senator, D-W.Va., voted no. The bill failed."),
    ["A senator , D - W.Va. , voted no .", "The bill failed ."],
    "'W.Va.,' inside a sentence does not split it",
  );
  assert.deepEqual(
    sentences("Crews reached Huntington, W.Va. The roads were shut."),
    ["Crews reached Huntington , W.Va.", "The roads were shut ."],
    "'W.Va.' before a sentence starter still ends the sentence",
  );
});
