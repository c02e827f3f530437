import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Document, Quote } from "../src/model/index.js";
import type { PipelineConfig, Stage } from "../src/pipeline/stage.js";
import { createQuoteStage } from "../src/quotes/stage.js";
import { repoRoot } from "../src/util/shared.js";
import { SEED_PATH as seed, seedDocument } from "./helpers/seed.js";

/** Loads a sibling stage when its module exists, so this test runs before and after it lands. */
async function optionalStage(rel: string, factory: string): Promise<Stage | null> {
  const path = join(repoRoot, rel);
  if (!existsSync(path)) return null;
  try {
    const mod = (await import(path)) as Record<string, (c: PipelineConfig) => Stage | Promise<Stage>>;
    return mod[factory] ? await mod[factory]({}) : null;
  } catch {
    return null;
  }
}

async function seedQuotes(): Promise<{ doc: Document; quotes: Quote[] }> {
  let doc: Document = seedDocument();
  for (const [rel, factory] of [
    ["src/nlp/stage.ts", "createAnalyseStage"],
    ["src/actors/stage.ts", "createResolveStage"],
  ]) {
    const stage = await optionalStage(rel, factory);
    if (stage) doc = stage.run(doc);
  }
  doc = (await createQuoteStage({})).run(doc);
  return { doc, quotes: doc.quotes };
}

function speakerOf(q: Quote): string {
  return q.chain[q.chain.length - 1]?.speaker ?? "";
}

test("seed: Wang's direct quote, told reporters, via the Washington Post", {
  skip: seed ? false : "seed page absent",
}, async () => {
  const { quotes } = await seedQuotes();
  const q = quotes.find((x) => x.kind === "direct" && x.content.text.startsWith("China is willing"));
  assert.ok(q, "Wang's quote found");
  assert.equal(q.cue?.text, "told");
  assert.equal(q.source?.text, "Wang");
  assert.match(speakerOf(q), /^Wang( Yi)?$/);
  const link = q.chain[q.chain.length - 1];
  assert.equal(link.relation, "via");
  assert.match(link.outlet ?? "", /Washington Post/);
  assert.equal(q.chain[0].relation, "publisher");
});

test("seed: Wang resolves to Wang Yi", { skip: seed ? false : "seed page absent" }, async () => {
  const { quotes } = await seedQuotes();
  const q = quotes.find((x) => x.kind === "direct" && x.content.text.startsWith("China is willing"));
  assert.equal(q && speakerOf(q), "Wang Yi");
  // "he said" two paragraphs later is Wang too.
  const he = quotes.find((x) => x.kind === "direct" && x.source?.text === "he");
  assert.ok(he);
  assert.equal(speakerOf(he), "Wang Yi");
});

test("seed: Borrell's quote was said to El Mundo", { skip: seed ? false : "seed page absent" }, async () => {
  const { quotes } = await seedQuotes();
  const q = quotes.find((x) => x.kind === "direct" && x.source?.text === "Borrell");
  assert.ok(q, "Borrell's quote found");
  assert.equal(q.cue?.text, "told");
  assert.match(speakerOf(q), /Borrell/);
  const link = q.chain[q.chain.length - 1];
  assert.equal(link.relation, "to");
  assert.equal(link.outlet, "El Mundo");
});

test("seed: Kuleba's partial quote", { skip: seed ? false : "seed page absent" }, async () => {
  const { quotes } = await seedQuotes();
  const q = quotes.find((x) => x.kind === "partial" && /Kuleba/.test(speakerOf(x)));
  assert.ok(q, "Kuleba's partial quote found");
  assert.equal(q.cue?.text, "said");
  assert.match(q.content.text, /^sufficient tools/);
  assert.equal(speakerOf(q), "Dmytro Kuleba");
});

test("seed: the partial quote about the relationship is Wang's, cued by calling", {
  skip: seed ? false : "seed page absent",
}, async () => {
  const { quotes } = await seedQuotes();
  const q = quotes.find((x) => x.kind === "partial" && x.content.text.startsWith("rock solid"));
  assert.ok(q);
  assert.equal(q.cue?.text, "calling");
  assert.equal(speakerOf(q), "Wang Yi");
});

test("seed: every span points into the body", { skip: seed ? false : "seed page absent" }, async () => {
  const { doc, quotes } = await seedQuotes();
  assert.ok(quotes.length >= 10);
  for (const q of quotes) {
    assert.equal(doc.body.slice(q.content.start, q.content.end), q.content.text);
    if (q.source) assert.equal(doc.body.slice(q.source.start, q.source.end), q.source.text);
    if (q.cue) assert.equal(doc.body.slice(q.cue.start, q.cue.end), q.cue.text);
  }
});
