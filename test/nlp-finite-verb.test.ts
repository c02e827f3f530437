// A news sentence that the web-text tagger leaves without a finite verb gets one (repairFiniteVerb),
// and the parse hangs subject and object on it; sentences that have a verb, and fragments with no
// plausible one, keep their tags.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { DEFAULT_MODEL_DIR } from "../src/nlp/models.js";
import { analyseText } from "../src/nlp/stage.js";

const noModels =
  !existsSync(join(DEFAULT_MODEL_DIR, "tagger.bin.gz")) ||
  !existsSync(join(DEFAULT_MODEL_DIR, "parser.json"));

function tokens(text: string) {
  const toks = analyseText(text).sentences[0].tokens;
  return (w: string) => {
    const t = toks.find((x) => x.text === w);
    assert.ok(t, `token ${w}`);
    return t;
  };
}

test("a participle after its subject, in a sentence with no other verb, is the past tense", {
  skip: noModels,
}, () => {
  for (const [text, verb, lemma, subject, after] of [
    ["Iraqi troops fired on protesters near the bridge.", "fired", "fire", "troops", "protesters"],
    ["Police arrested 14 people after the march.", "arrested", "arrest", "Police", "people"],
    ["Israeli jets struck targets in southern Lebanon.", "struck", "strike", "jets", "targets"],
    ["The ministry fired two senior officials.", "fired", "fire", "ministry", "officials"],
    // a bare verb after "to" is no finite verb of the clause
    ["The army used drones to attack the camp.", "used", "use", "army", "drones"],
    // a gerund subject
    ["Fighting intensified near the dam on Sunday.", "intensified", "intensify", "Fighting", "dam"],
    // a finite verb in a relative clause, or in a closing attribution, is not the main clause's
    ["Police arrested the driver who had fled the scene.", "arrested", "arrest", "Police", "driver"],
    [
      "Riot police fired tear gas at the crowd as it marched on the palace, witnesses said.",
      "fired",
      "fire",
      "police",
      "gas",
    ],
  ]) {
    const tok = tokens(text);
    assert.equal(tok(verb).xpos, "VBD", text);
    assert.equal(tok(verb).lemma, lemma, text);
    assert.equal(tok(verb).deprel, "root", text);
    assert.equal(tok(subject).head, tok(verb).id, `${text}: the subject hangs on the verb`);
    assert.equal(tok(after).head, tok(verb).id, `${text}: what follows hangs on the verb`);
  }
});

test("a participle that modifies a noun or is passive stays a participle", { skip: noModels }, () => {
  let tok = tokens("Most of the voters surveyed by the institute backed the mayor.");
  assert.equal(tok("surveyed").xpos, "VBN");
  assert.equal(tok("backed").xpos, "VBD");
  tok = tokens("The fishermen were arrested by the coast guard.");
  assert.equal(tok("arrested").xpos, "VBN");
});

test("a fragment without a verb keeps its nouns", { skip: noModels }, () => {
  const tok = tokens("Photo gallery: the harbour at dawn.");
  assert.equal(tok("gallery").upos, "NOUN");
  assert.equal(tok("harbour").upos, "NOUN");
});
