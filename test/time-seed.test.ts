// The canonical example page: its weekdays and dates resolve against the article's date, and the
// photo caption's date alone gives that date when the metadata is missing. The page is read from
// ../shared at run time and never copied here.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { type Document, DocumentSchema } from "../src/model/index.js";
import { textDocument } from "../src/pipeline/document.js";
import { createTimeStage } from "../src/time/stage.js";
import { sharedPath } from "../src/util/shared.js";

const seed = sharedPath("seed/article-2022-03-07.txt");
const skip = seed ? false : "seed page absent";

/** Paragraphs of the page: breadcrumbs, headline, caption, body... */
function paragraphs(): string[] {
  return readFileSync(seed as string, "utf8")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

function makeDoc(body: string, published: string | null, captions: string[] = []): Document {
  return DocumentSchema.parse({
    ...textDocument("seed", body, published),
    publishedSource: published ? "metadata" : "none",
    captions: captions.map((text) => ({ text, credit: null })),
  });
}

/** The headline is the first paragraph long enough to be one (after the one-word breadcrumbs). */
function afterHeadline(ps: string[]): string[] {
  const h = ps.findIndex((p) => p.split(/\s+/).length > 4);
  return ps.slice(h + 1);
}

test("seed page: weekdays and dates resolve against 2022-03-07", { skip }, async () => {
  const stage = await createTimeStage({});
  const doc = stage.run(makeDoc(afterHeadline(paragraphs()).join("\n\n"), "2022-03-07"));
  const values = (word: string) => doc.timexes.filter((t) => t.text === word).map((t) => t.value);
  assert.equal(doc.published, "2022-03-07");
  assert.ok(values("Monday").length >= 2);
  for (const v of values("Monday")) assert.equal(v, "2022-03-07");
  assert.deepEqual(values("February 25"), ["2022-02-25"]);
  assert.ok(values("Saturday").length >= 1);
  for (const v of values("Saturday")) assert.equal(v, "2022-03-05");
  assert.deepEqual(values("Sunday"), ["2022-03-06"]);
});

test("seed page: the caption's date gives the article date when metadata is missing", { skip }, async () => {
  const stage = await createTimeStage({});
  const [caption, ...body] = afterHeadline(paragraphs());
  assert.match(caption, /\(.*\/.*\)\s*$/, "the first paragraph after the headline is the credited caption");
  const doc = stage.run(makeDoc(body.join("\n\n"), null, [caption]));
  assert.equal(doc.published, "2022-03-07");
  assert.equal(doc.publishedSource, "caption");
  assert.ok((doc.publishedConfidence ?? 0) > 0 && (doc.publishedConfidence ?? 1) < 0.95);
  // Resolved against the date it found, the body's weekdays come out the same.
  assert.equal(doc.timexes.find((t) => t.text === "Saturday")?.value, "2022-03-05");
});
