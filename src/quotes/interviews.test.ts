import assert from "node:assert/strict";
import { test } from "node:test";
import { DocumentSchema } from "../model/index.js";
import { createAnalyseStage } from "../nlp/stage.js";
import { findDocumentQuotes } from "./stage.js";

// Sentences written for these tests.

const analyse = await createAnalyseStage({});

/** The quotes of `text`, analysed, in a story published by "Harbour Gazette". */
function quotesOf(text: string) {
  const doc = analyse.run(
    DocumentSchema.parse({
      source: "test://interviews",
      title: "",
      body: text,
      published: null,
      byline: null,
      publisher: "Harbour Gazette",
      section: null,
      language: "en",
      captions: [],
      contentHash: "test",
    }),
  );
  return findDocumentQuotes(doc);
}

function outlets(text: string): Array<[string | null, string | null, string | null]> {
  return quotesOf(text).map((q) => {
    const last = q.chain[q.chain.length - 1];
    return [last?.speaker ?? null, last?.outlet ?? null, last?.relation ?? null];
  });
}

test("an interview with an outlet, fronted or after the cue, is the 'to' link of the chain", () => {
  assert.deepEqual(outlets("In an interview with CNN, the harbour master said the port would reopen."), [
    ["the harbour master", "CNN", "to"],
  ]);
  assert.deepEqual(outlets("Ruiz said in an interview with the Financial Times that fares would fall."), [
    ["Ruiz", "the Financial Times", "to"],
  ]);
  assert.deepEqual(outlets("Speaking to the BBC on Sunday, Ruiz said she would stay."), [
    ["Ruiz", "the BBC", "to"],
  ]);
});

test("a hearer who is no outlet adds no link", () => {
  assert.deepEqual(outlets("The mayor, speaking to aides, said the fee was fair."), [
    ["The mayor", null, null],
  ]);
});

test("'X said, according to Y, that ...': Y is the outlet of X's report, not a report of its own", () => {
  const quotes = quotesOf(
    "The harbour master said, according to the Island Courier, that no ferry had been damaged.",
  );
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].content.text, "that no ferry had been damaged");
  const last = quotes[0].chain[quotes[0].chain.length - 1];
  assert.deepEqual(
    [last.speaker, last.outlet, last.relation],
    ["The harbour master", "the Island Courier", "via"],
  );
});

test("a roundup's quote signed with its writer and outlet comes through that outlet, with no cue", () => {
  const text =
    "Opinion writers were split on the ferry plan.\n\n" +
    "\u201cThe harbour cannot afford another delay.\u201d\n\nAnn Ruiz and Leo Park, The Coastal Ledger\n\n" +
    "\u201cThe plan is a gift to the shipyards.\u201d Dana Ortiz, Bay Review  \u201cVoters will remember this.\u201d\n\n" +
    "In Backgrounds, Sharp Contrasts";
  const list = quotesOf(text);
  const ruiz = list.find((q) => q.content.text.startsWith("The harbour"));
  assert.equal(ruiz?.source?.text, "Ann Ruiz and Leo Park");
  assert.equal(ruiz?.cue, null);
  assert.deepEqual(
    ruiz?.chain.slice(1).map((c) => [c.outlet, c.relation]),
    [["The Coastal Ledger", "via"]],
  );
  assert.equal(list.find((q) => q.content.text.startsWith("The plan"))?.source?.text, "Dana Ortiz");
  // the next quote has its own byline or none: it continues no one's words
  assert.ok(!list.some((q) => q.content.text.startsWith("Voters") && q.source));
});

test("a speaker who works for someone is not that someone: 'His campaign manager', 'A lawyer for X'", () => {
  const list = quotesOf(
    "Donald Trump held a rally on Tuesday.\n\nHis campaign manager said the candidate would accept the result. " +
      "A lawyer for Trump said the rally was peaceful. Trump's lawyer, Ann Ruiz, said the suit was baseless. " +
      "The Trump campaign said it raised $10 million.",
  );
  const by = (start: string) => list.find((q) => q.source?.text.startsWith(start));
  assert.equal(by("His campaign manager")?.source?.actorId, null);
  assert.equal(by("A lawyer for Trump")?.chain.at(-1)?.speaker, "A lawyer for Trump");
  assert.equal(by("Trump's lawyer")?.chain.at(-1)?.speaker, "Ann Ruiz");
  // the campaign speaks for the candidate: no staff phrase
  assert.notEqual(by("The Trump campaign")?.chain.at(-1)?.speaker, undefined);
});
