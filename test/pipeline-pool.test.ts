import assert from "node:assert/strict";
import { test } from "node:test";
import type { RawDocument } from "../src/model/index.js";
import { PipelinePool } from "../src/pipeline/pool.js";

const raw = (uri: string, text: string): RawDocument => ({
  uri,
  bytes: new TextEncoder().encode(text),
  hints: { contentType: "text/plain" },
});

const STORY = `Peru and Bolivia agree on lake cleanup

LA PAZ, June 3 (Dyad Wire) - Peru and Bolivia agreed on Monday to clean up Lake Titicaca together, their environment ministers said after a meeting in La Paz.
`;

test("a document over its time budget is rejected and its worker replaced; the next document still goes through", async () => {
  const pool = new PipelinePool({ workers: 1, budgetMs: 1, config: {} });
  try {
    await pool.ready();
    const slow = await pool.run(raw("slow.txt", STORY));
    assert.equal(slow.ok, false);
    assert.match(slow.ok ? "" : slow.reason, /time budget of 1 ms exceeded/);
    // The abandoned worker was replaced: a second document gets an answer instead of waiting forever.
    const next = await pool.run(raw("next.txt", STORY));
    assert.equal(next.ok, false);
  } finally {
    await pool.close();
  }
  const roomy = new PipelinePool({ workers: 1, budgetMs: 120_000, config: {} });
  try {
    const [a, b] = await Promise.all([roomy.run(raw("a.txt", STORY)), roomy.run(raw("b.txt", ""))]);
    assert.equal(a.ok, true);
    assert.ok(a.ok && a.doc.sentences.length > 0);
    assert.equal(b.ok, false, "an empty document is refused by extraction");
    assert.equal(b.ok ? "" : b.stage, "extract");
  } finally {
    await roomy.close();
  }
});
