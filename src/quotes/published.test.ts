import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "./test-helpers.js";

// A document named with the participle that made it public ("a report published Monday said") is
// the speaker of the clause's own verb; the participle is no act of the document. Sentences
// written for these tests.

test("a participle of publishing after a document is no cue; the document's own verb is", () => {
  const list = analysed("A harbour report published Wednesday said the ferry had run late all winter.");
  assert.equal(byCue(list, "published"), undefined, "the report did not publish anything");
  const said = byCue(list, "said");
  assert.ok(said, "the report's saying is found");
  assert.match(said.source ?? "", /^A harbour report/, "the report is the speaker of 'said'");
  assert.equal(said.content, "the ferry had run late all winter");
});

test("a document published somewhere speaks with its whole phrase, not the place", () => {
  const list = analysed("A statement posted on the trust website said the ferry would resume on Monday.");
  assert.equal(byCue(list, "posted"), undefined, "the statement posted nothing");
  assert.equal(
    byCue(list, "said")?.source,
    "A statement posted on the trust website",
    "the statement says it, not the website it was posted on",
  );
});

test("a finite verb of publishing keeps its subject as the source", () => {
  const list = analysed("The harbour trust released a statement saying the ferry would resume on Monday.");
  const saying = byCue(list, "saying");
  assert.ok(saying, "the statement's words are found");
  assert.match(saying.source ?? "", /harbour trust|statement/, "the trust or its statement speaks");
});

test("pledged delegates and 'according to press reports' are no acts of pledging or pressing", () => {
  assert.equal(
    byCue(
      analysed("The mayor has a large pledged delegate lead and 300 regular, pledged delegates."),
      "pledged",
    ),
    undefined,
    "a pledged delegate is a kind of delegate",
  );
  const list = analysed("According to press reports, the mayor sold the ferry last spring.");
  assert.equal(byCue(list, "press"), undefined, "'press' after 'according to' is a noun");
  assert.equal(byCue(list, "According to")?.source, "press reports", "the reports are the source");
});

test("the agent of a participle after the speaker's noun is no speaker", () => {
  const list = analysed("A survey conducted by the harbour trust found that most pilots want a new pier.");
  assert.match(byCue(list, "found")?.source ?? "", /^A survey/, "the survey found it, not the trust");
  const memo = analysed("A copy of the memo seen by reporters said the ferry was late.");
  assert.equal(
    byCue(memo, "said")?.source,
    "A copy of the memo seen by reporters",
    "the copy says it, the reporters only saw it",
  );
  assert.equal(byCue(memo, "seen"), undefined, "seeing a memo is no impression");
});

test("backing down or off is a retreat, not support; backing away from a position is still a stance", () => {
  assert.equal(
    analysed("The harbour board eventually backed down, and the pilots went home.").length,
    0,
    "'backed down' backs no one",
  );
  assert.equal(
    byCue(analysed("Ruiz backed the pier plan."), "backed")?.content,
    "the pier plan",
    "plain 'backed'",
  );
  assert.ok(
    byCue(analysed("Ruiz backed away from a suggestion that the pier would close."), "backed"),
    "a retreat from a suggestion keeps its cue",
  );
});
