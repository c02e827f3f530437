import assert from "node:assert/strict";
import { test } from "node:test";
import { quotesForText } from "./jsonl.js";
import { findQuotes } from "./marks.js";
import { splitSentences } from "./text.js";

// Example sentences written for these tests.

function show(text: string) {
  return quotesForText(text).map((q) => ({
    kind: q.kind,
    content: text.slice(q.content.start, q.content.end),
    source: q.source ? text.slice(q.source.start, q.source.end) : null,
    actor: q.source?.actor ?? null,
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
  }));
}

test("curly direct quote with a post-posed cue", () => {
  const text = "\u201CThe harbour will reopen next week,\u201D the mayor said on Friday.";
  const [q] = show(text);
  assert.deepEqual(q, {
    kind: "direct",
    content: "The harbour will reopen next week,",
    source: "the mayor",
    actor: null,
    cue: "said",
  });
});

test("straight marks and an inverted cue", () => {
  const text = 'Talks collapsed overnight. "We walked away because nothing was offered," said Lena Moravec.';
  const q = show(text).find((x) => x.kind === "direct");
  assert.equal(q?.content, "We walked away because nothing was offered,");
  assert.equal(q?.source, "Lena Moravec");
  assert.equal(q?.cue, "said");
});

test("split quote: both halves carry the same speaker and cue", () => {
  const text =
    "\u201CThe bridge is safe,\u201D the engineer said, \u201Cbut the road behind it is not.\u201D";
  const qs = show(text).filter((x) => x.kind === "direct");
  assert.equal(qs.length, 2);
  assert.deepEqual(
    qs.map((q) => [q.content, q.source, q.cue]),
    [
      ["The bridge is safe,", "the engineer", "said"],
      ["but the road behind it is not.", "the engineer", "said"],
    ],
  );
});

test("quote over several paragraphs, reopened at each paragraph", () => {
  const text =
    "The governor spoke at length. She said:\n\n\u201CFirst we rebuild the schools.\n\n\u201CThen we rebuild the clinics. Nothing else comes first.\u201D\n\nThe hall applauded.";
  const q = show(text).find((x) => x.kind === "direct");
  assert.ok(q);
  assert.equal(q.source, "She");
  assert.match(
    q.content,
    /^First we rebuild the schools\.\n\n\u201CThen we rebuild the clinics\. Nothing else comes first\.$/,
  );
});

test("partial quote inside paraphrase", () => {
  const text = "The minister said the agreement was \u201Cbroadly acceptable\u201D to both parties.";
  const qs = show(text);
  const partial = qs.find((x) => x.kind === "partial");
  assert.equal(partial?.content, "broadly acceptable");
  assert.equal(partial?.source, "The minister");
  const indirect = qs.find((x) => x.kind === "indirect");
  assert.equal(indirect?.content, "the agreement was \u201Cbroadly acceptable\u201D to both parties");
});

test("indirect speech with that, and according to", () => {
  const text =
    "The central bank warned on Tuesday that inflation would stay high. Exports fell by a tenth last year, according to the statistics office.";
  const qs = show(text);
  const warn = qs.find((x) => x.cue === "warned");
  assert.equal(warn?.source, "The central bank");
  assert.equal(warn?.content, "that inflation would stay high");
  const acc = qs.find((x) => x.cue === "according to");
  assert.equal(acc?.source, "the statistics office");
  assert.equal(acc?.content, "Exports fell by a tenth last year");
});

test("told X that: the hearer is not the content", () => {
  const text = "Colonel Adebayo told reporters that the convoy had turned back.";
  const [q] = show(text);
  assert.equal(q.source, "Colonel Adebayo");
  assert.equal(q.cue, "told");
  assert.equal(q.content, "that the convoy had turned back");
});

test("pronoun speaker resolves to the last named speaker", () => {
  const text =
    "Finance Minister Ines Valdera said the budget was balanced. \u201CWe will not raise taxes this year,\u201D she said.";
  const q = show(text).find((x) => x.kind === "direct");
  assert.equal(q?.source, "she");
  assert.equal(q?.actor, "Ines Valdera");
});

test("surname resolves to the full name seen earlier", () => {
  const text =
    "Senator Paulo Greaves opened the hearing. \u201CThis committee wants answers,\u201D Greaves said.";
  const q = show(text).find((x) => x.kind === "direct");
  assert.equal(q?.actor, "Paulo Greaves");
});

test("a report found / when asked are not cues", () => {
  const text = "A police report found no damage, when asked about the fire.";
  assert.ok(!show(text).some((q) => q.cue === "report" || q.cue === "asked"));
});

test("unbalanced quote marks end at the paragraph", () => {
  const text = "He said \u201Cthe deal is off.\n\nNext paragraph here.";
  const qs = findQuotes(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].close, -1);
  assert.equal(text.slice(qs[0].start, qs[0].end), "the deal is off.");
});

test("100 KB paragraph of quote marks: no crash, bounded output", () => {
  const text = '"\u201C\u201D'.repeat(35000);
  const qs = findQuotes(text);
  assert.ok(qs.length <= text.length);
  const out = quotesForText(text + " said the man.");
  assert.ok(Array.isArray(out));
  const mixed = 'he said "x" and \u201C'.repeat(6000).slice(0, 100000);
  assert.ok(Array.isArray(quotesForText(mixed)));
  // One unsplittable "sentence" full of cues: every cue is tried, none scans the whole text.
  const cues = "Smith said on on on on on on ".repeat(1800);
  const found = quotesForText(cues);
  assert.ok(found.length <= 1800);
  for (const q of found) assert.ok(q.content.end - q.content.start < 5000);
});

test("sentence splitter keeps abbreviations and initials", () => {
  const s = splitSentences("Mr. Lee met Gen. Okafor in the U.S. capital. They spoke.");
  assert.equal(s.length, 2);
});

test("typewriter double apostrophes pair as quote marks", () => {
  const text = "''We will appeal the ruling,'' Ms. Okoro said. She didn't elaborate.";
  const qs = findQuotes(text);
  assert.equal(qs.length, 1);
  assert.equal(text.slice(qs[0].start, qs[0].end), "We will appeal the ruling,");
  const q = show(text).find((x) => x.kind === "direct");
  assert.equal(q?.source, "Ms. Okoro");
  assert.equal(q?.cue, "said");
});

test("JSONL interface: offsets into text, bad lines reported, run goes on", async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { PassThrough } = await import("node:stream");
  const { runQuotesJsonl } = await import("./jsonl.js");
  const dir = mkdtempSync(join(tmpdir(), "dyad-quotes-"));
  try {
    const text = "\u201CWe are ready,\u201D the coach told reporters.";
    const file = join(dir, "in.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "a", text, published: "2024-05-01" }),
        "{not json",
        JSON.stringify({ id: "c" }),
      ].join("\n"),
    );
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on("data", (c) => chunks.push(String(c)));
    await runQuotesJsonl(file, out);
    const lines = chunks
      .join("")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.equal(lines[0].id, "a");
    const q = lines[0].quotes[0];
    assert.equal(q.kind, "direct");
    assert.equal(text.slice(q.content.start, q.content.end), "We are ready,");
    assert.equal(q.source.text, "the coach");
    assert.equal(text.slice(q.cue.start, q.cue.end), "told");
    assert.match(lines[1].error, /JSON/);
    assert.equal(lines[2].id, "c");
    assert.match(lines[2].error, /text/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("mixed marks: a curly opener closed by a straight mark, and the reverse", () => {
  const text = '\u201CWe will build it," she said. "They will pay for it,\u201D he said.';
  const spans = findQuotes(text).map((q) => text.slice(q.start, q.end));
  assert.deepEqual(spans, ["We will build it,", "They will pay for it,"]);
});

test("a speaker after a question mark closing a quote stays in the quote's sentence", () => {
  const text =
    "\u201CIs the mistake of using the server akin to that?\u201D asked a former lawyer at the agency.";
  const q = show(text).find((x) => x.kind === "direct");
  assert.equal(q?.source, "a former lawyer");
});

test("an impression ('appeared to') names no source and keeps its subject in the content", () => {
  const text = "The senator appeared to lose interest in the ferry dispute in May.";
  const [q] = show(text);
  assert.equal(q?.source, null);
  assert.equal(q?.cue, "appeared");
  assert.equal(q?.content, "The senator appeared to lose interest in the ferry dispute in May");
  // Before a cue verb ("appeared to dismiss") it is the subject's own act.
  const act = show("The senator appeared to dismiss the ferry dispute in May.");
  assert.equal(act[0]?.source, "The senator");
});

test("'according to' in mid-sentence reports the whole sentence", () => {
  const text = "Fundraising, according to the campaign, has surged in the past three weeks.";
  const [q] = show(text);
  assert.equal(q?.source, "the campaign");
  assert.match(q?.content ?? "", /^Fundraising.*surged in the past three weeks$/);
});

test("'when asked' reports the question, with no source", () => {
  const text = "When asked whether he would endorse the nominee, the governor laughed.";
  const [q] = show(text);
  assert.equal(q?.source, null);
  assert.equal(q?.content, "whether he would endorse the nominee");
});
