// The canonical example of ../shared/DESIGN.md: the events the seed page must yield, run through every
// stage that exists. Reads the page from ../shared at run time (the project never holds its text).
import assert from "node:assert/strict";
import { before, test } from "node:test";
import type { Document, DyadEvent } from "../src/model/index.js";
import { createPipeline } from "../src/pipeline/pipeline.js";
import { SEED_PATH as seed, seedDocument, SEED_SKIP as skip } from "./helpers/seed.js";

let doc: Document;

before(async () => {
  if (!seed) return;
  doc = (await createPipeline({})).analyse(seedDocument());
});

const find = (pred: (e: DyadEvent) => boolean) => doc.events.find(pred);
const src = (e: DyadEvent, prefix: string) => e.source?.code.startsWith(prefix) ?? false;
const tgt = (e: DyadEvent, prefix: string) => e.target?.code.startsWith(prefix) ?? false;

test("China expresses intent to mediate between Russia and Ukraine (intended)", { skip }, () => {
  const e = find(
    (x) => src(x, "CHN") && (tgt(x, "RUS") || tgt(x, "UKR")) && (x.cameo === "039" || x.cameo === "045"),
  );
  assert.ok(e, "no mediation event from China");
  assert.equal(e.modality, "intended");
  assert.equal(e.plover?.type, e.cameo === "039" ? "AGREE" : "CONSULT");
});

test("Xi and Putin talk by phone on 2022-02-25", { skip }, () => {
  const e = find((x) => x.cameo === "041" && src(x, "CHN") && tgt(x, "RUS"));
  assert.ok(e, "no phone call between China and Russia");
  assert.match(e.source?.text ?? "", /Xi/);
  assert.match(e.target?.text ?? "", /Putin/);
  assert.equal(e.date, "2022-02-25");
  assert.equal(e.dateSource, "clause");
});

test("China's foreign ministry rejects US requests", { skip }, () => {
  const e = find((x) => x.root === "12" && src(x, "CHNGOV") && tgt(x, "USA"));
  assert.ok(e, "no rejection by the Chinese government of the US");
  assert.equal(e.status, "asserted");
});

test("Russia invades Ukraine", { skip }, () => {
  const e = find((x) => x.cameo === "192" && src(x, "RUS") && tgt(x, "UKR"));
  assert.ok(e, "no invasion of Ukraine by Russia");
  assert.equal(e.quad, 4);
});

test("Visa and MasterCard withdraw from Russia: one event per company", { skip }, () => {
  const evs = doc.events.filter((x) => x.root === "16" && tgt(x, "RUS"));
  const names = evs.map((x) => x.source?.text ?? "");
  assert.ok(names.includes("Visa"), `sources: ${names.join(", ")}`);
  assert.ok(names.includes("MasterCard"), `sources: ${names.join(", ")}`);
});

test("US officials visit Venezuela on 2022-03-05", { skip }, () => {
  const e = find((x) => x.cameo === "042" && src(x, "USA") && tgt(x, "VEN"));
  assert.ok(e, "no visit to Venezuela");
  assert.equal(e.date, "2022-03-05");
  assert.equal(e.dateSource, "clause");
});

test("the intelligence report's claim is alleged; the ministry's denial is denied and linked to it", {
  skip,
}, () => {
  const alleged = find((x) => x.status === "alleged" && src(x, "CHN") && tgt(x, "RUS"));
  assert.ok(alleged, "no alleged event of Chinese officials and Russia");
  assert.ok(alleged.attribution.length > 0, "the alleged event carries its attribution");
  const denial = find((x) => x.status === "denied" && src(x, "CHNGOV"));
  assert.ok(denial, "no denial by the Chinese foreign ministry");
  assert.equal(denial.denies, alleged.id);
});

test("every event carries its evidence and the rule that fired", { skip }, () => {
  assert.ok(doc.events.length > 0);
  for (const e of doc.events) {
    assert.ok(e.evidence.end > e.evidence.start);
    assert.equal(doc.body.slice(e.verb.start, e.verb.end), e.verb.text);
    if (e.source) assert.equal(doc.body.slice(e.source.start, e.source.end), e.source.text);
    assert.ok(e.rule.length > 0);
    assert.match(e.id, /^e\d+-\d+$/);
  }
});
