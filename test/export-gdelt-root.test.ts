// GDELT's IsRootEvent marks events in the article's lead. The tokenizer splits a wire dateline and a
// headline line off as sentences of their own, so the lead is the first sentence that is neither,
// with the rest of its paragraph, not sentence 0.
import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { test } from "node:test";
import { exportEvents } from "../src/export/export.js";
import { isDateline, leadSentences } from "../src/export/lead.js";
import { segment } from "../src/nlp/tokenize.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { makeDocument, makeEvent } from "./helpers/documents.js";

function lead(body: string): number[] {
  return [...leadSentences(body, segment(body))].sort((a, b) => a - b);
}

test("isDateline: wire datelines, not sentences", () => {
  assert.ok(isDateline("BAKU, Dec 7 (Dyad Wire) -"));
  assert.ok(isDateline("PORT VILA, Vanuatu (Tidewire) \u2014"));
  assert.ok(isDateline("OSLO --"));
  assert.ok(!isDateline("Azerbaijan and Georgia signed a ferry accord on Monday."));
  assert.ok(!isDateline("NATO said the drill would go on - for now -"), "a long sentence ending in a dash");
});

test("leadSentences: a dateline and a headline line are skipped; the lead paragraph counts", () => {
  const body =
    "Ferry accord signed in Baku\n\nBAKU, Dec 7 (Dyad Wire) - Azerbaijan and Georgia signed a ferry accord on Monday. Officials on both sides praised it.\n\nThe accord follows two years of talks.";
  // 0 headline, 1 dateline, 2-3 the lead paragraph, 4 the next paragraph
  assert.deepEqual(lead(body), [2, 3]);
});

test("leadSentences: a byline line after the headline is skipped too", () => {
  const body =
    "Quarry strike ends\n\nBy Ilse Marrow\n\nWorkers at the Tellby quarry returned on Tuesday.\n\nTalks had lasted a week.";
  assert.deepEqual(lead(body), [2]);
});

test("leadSentences: a body that starts with its story has sentence 0 as lead", () => {
  const body = "Vellmark's council approved the budget on Friday. It passed 7-2.\n\nCritics objected.";
  assert.deepEqual(lead(body), [0, 1]);
});

test("leadSentences: one paragraph with no break gives the lead sentence alone", () => {
  const body =
    "OSLO, May 3 (Dyad Wire) - Norway fined a trawler on Friday. The owner will appeal. Lawyers agreed.";
  assert.deepEqual(lead(body), [1]);
});

test("leadSentences: bodies whose lines are paragraphs (no blank lines) use line breaks", () => {
  const body = "Rail link reopens\nTRIESTE - The coastal line reopened on Sunday.\nRepairs cost 4 million.";
  assert.deepEqual(lead(body), [2]);
});

test("leadSentences: no sentences, or only a headline, falls back to sentence 0", () => {
  assert.deepEqual([...leadSentences("", [])], [0]);
  assert.deepEqual(lead("Just a headline"), [0]);
});

test("dyad export --format gdelt: IsRootEvent is 1 for the lead's events, 0 for the rest", async () => {
  const body =
    "Ferry accord signed in Baku\n\nBAKU, Dec 7 (Dyad Wire) - Azerbaijan and Georgia signed a ferry accord on Monday.\n\nGeorgia later criticised the port fees.";
  const sentences = segment(body).map((s) => ({ start: s.start, end: s.end, tokens: [] }));
  const store = new SqliteStore(":memory:");
  try {
    await store.saveDocument(
      makeDocument(body, {
        title: "Ferry accord signed in Baku",
        sentences,
        events: [
          makeEvent({
            id: "e2",
            sentence: 2,
            evidence: { start: sentences[2].start, end: sentences[2].end },
          }),
          makeEvent({
            id: "e3",
            sentence: 3,
            cameo: "111",
            root: "11",
            quad: 3,
            evidence: { start: sentences[3].start, end: sentences[3].end },
          }),
        ],
      }),
    );
    const out = new PassThrough();
    let text = "";
    out.on("data", (b) => {
      text += b;
    });
    const n = await exportEvents(store, "gdelt", out);
    assert.equal(n, 2);
    const rows = text
      .trim()
      .split("\n")
      .map((l) => l.split("\t"));
    const isRoot = 25; // 0-based column of IsRootEvent in GDELT 2.0's event table
    assert.deepEqual(
      rows.map((r) => [r[26], r[isRoot]]),
      [
        ["051", "1"],
        ["111", "0"],
      ],
    );

    let merged = "";
    const out2 = new PassThrough();
    out2.on("data", (b) => {
      merged += b;
    });
    await exportEvents(store, "gdelt", out2, { merge: true });
    const mergedRows = merged
      .trim()
      .split("\n")
      .map((l) => l.split("\t"));
    assert.deepEqual(mergedRows.map((r) => [r[26], r[isRoot]]).sort(), [
      ["051", "1"],
      ["111", "0"],
    ]);
  } finally {
    await store.close();
  }
});
