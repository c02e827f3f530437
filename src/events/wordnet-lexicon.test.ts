import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { repoRoot } from "../util/shared.js";
import { entriesFor, loadLexicon, parseLexicon, underlay } from "./lexicon.js";
import { codeDocument } from "./stage.js";
import { handDocument, type Row } from "./test-helpers.js";

const DERIVED = join(repoRoot, "data", "events", "lexicon-wordnet.tsv");

test("underlay: the main lexicon wins; the derived one fills only words it lacks, and names its source", () => {
  const hand = parseLexicon("190\tverb\tattack\t-\t-\n111\tverb\tcriticize\t-\t-\n", "hand.tsv");
  const derived = parseLexicon(
    "182\tverb\tattack\t-\t-\tassault:syn\n111\tverb\treprehend\t-\t-\tcriticize:hyper\n",
    "derived.tsv",
  );
  const lex = underlay(hand, derived);
  assert.deepEqual(
    entriesFor(lex, "attack", "verb").map((e) => e.code),
    ["190"],
  );
  const r = entriesFor(lex, "reprehend", "verb");
  assert.equal(r[0].code, "111");
  assert.equal(r[0].rule, "derived.tsv:2(criticize:hyper)");
  assert.equal(lex.size, 3);
});

test("the built-in lexicon carries the WordNet lines under the hand ones; wordnet:false leaves them out", () => {
  const withWn = loadLexicon();
  const without = loadLexicon(undefined, { wordnet: false });
  assert.ok(withWn.size > without.size);
  for (const [head, list] of withWn.byHead) {
    const own = without.byHead.get(head) ?? [];
    for (const e of list) {
      if (!e.rule.startsWith("lexicon-wordnet.tsv")) continue;
      assert.ok(!own.some((o) => o.kind === e.kind), `${head}: a derived ${e.kind} line beside a hand one`);
    }
  }
});

test("every derived line copies a plain line (no object constraint) of the hand word it names", () => {
  const hand = loadLexicon(undefined, { wordnet: false });
  for (const line of readFileSync(DERIVED, "utf8").split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const [code, kind, head, obj, prep, from] = line.split("\t");
    assert.equal(obj, "-", head);
    const [src, route] = from.split(":");
    assert.match(route, /^(syn|hyper|deriv)$/);
    // a derived noun comes from a hand verb, and takes nouns' usual prepositions
    const srcKind = route === "deriv" ? "verb" : kind;
    if (route === "deriv") assert.equal(kind, "noun", head);
    const words = src.split(" ");
    const key = srcKind === "noun" ? words[words.length - 1] : words[0];
    const srcLines = (hand.byHead.get(key) ?? []).filter(
      (e) => e.kind === srcKind && e.objects.length === 0 && e.code === code,
    );
    assert.ok(srcLines.length > 0, `${head} <- ${src}: no plain ${srcKind} line coded ${code}`);
    if (route === "deriv") continue;
    const preps = srcLines.map((e) =>
      e.preps.length ? `${e.prepRequired ? "+" : ""}${e.preps.join("|")}` : "-",
    );
    assert.ok(preps.includes(prep), `${head}: prep ${prep} not the source's`);
  }
});

test("a verb only WordNet knows codes an event, and the event names the derived line", () => {
  // Invented: "Arland waylaid Borvia ."
  const rows: Row[] = [
    ["Arland", "PROPN", 2, "nsubj"],
    ["waylaid", "VERB", 0, "root", "waylay"],
    ["Borvia", "PROPN", 2, "obj"],
    [".", "PUNCT", 2, "punct"],
  ];
  const actors = [
    { tokens: [1, 1] as [number, number], code: "ARL" },
    { tokens: [3, 3] as [number, number], code: "BRV" },
  ];
  const on = codeDocument(handDocument(rows, actors), { lex: loadLexicon() }).events;
  assert.deepEqual(
    on.map((e) => `${e.source?.code} ${e.cameo} ${e.target?.code}`),
    ["ARL 190 BRV"],
  );
  assert.match(on[0].rule, /^lexicon-wordnet\.tsv:\d+\(ambush:syn\)/);
  const off = codeDocument(handDocument(rows, actors), {
    lex: loadLexicon(undefined, { wordnet: false }),
  }).events;
  assert.equal(off.length, 0);
});

test("words whose WordNet sense misreads news code nothing (session 25: 'pays interns', 'derailed the process')", () => {
  const lex = loadLexicon();
  for (const head of ["intern", "derail", "buffet", "excruciate", "infest", "police", "blitz", "destruct"])
    assert.deepEqual(
      entriesFor(lex, head, "verb").map((e) => e.rule),
      [],
      `${head}: no verb line, derived or hand`,
    );
});
