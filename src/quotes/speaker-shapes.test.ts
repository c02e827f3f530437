import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "./test-helpers.js";

// Speaker spans in shapes the attributor used to cut short or hand to the wrong phrase. Sentences
// written for these tests.

test("two titles joined by 'and' before a name are one inverted speaker", () => {
  const list = analysed(
    "The firm lobbied for the port on taxes, said lobbyist and strategist Tom Baker, the mayor's former partner.",
  );
  const said = byCue(list, "said");
  assert.equal(
    said?.source,
    "lobbyist and strategist Tom Baker, the mayor's former partner",
    "the speaker holds both titles, the name and its description",
  );
  assert.equal(
    said?.content,
    "The firm lobbied for the port on taxes",
    "the words are the clause before the cue",
  );
  const object = analysed(
    "In April, Tom Band, who led the trust, emailed Ms. Ruiz and Ann Bell, another adviser, for help.",
  );
  assert.equal(
    byCue(object, "emailed")?.source,
    "Tom Band, who led the trust",
    "a name before 'and' after the cue may be its object, not a speaker",
  );
});

test("a relative aside closed by a comma inside a quote mark leaves the speaker before it", () => {
  const list = analysed('Ruiz, who calls the plan a "disaster," said she does not believe it will pass.');
  assert.equal(
    byCue(list, "said")?.source,
    "Ruiz",
    "the cue after the aside is the name's, not the relative 'who'",
  );
  assert.equal(byCue(list, "calls")?.source, "who", "the aside's own cue keeps its relative pronoun");
});

test("an -ing act after a possessive's noun report is the main clause's subject", () => {
  const paper = analysed(
    "The weekly paper has been outspoken in its opposition to Mayor Ann Ruiz, arguing she is a danger to the port.",
  );
  assert.equal(
    byCue(paper, "arguing")?.source,
    "The weekly paper",
    "the paper argues; 'its' only owns the opposition",
  );
  const ruiz = analysed(
    "Ruiz also struck a chord with her attacks on the toll, railing against the cost of the bridge.",
  );
  assert.equal(byCue(ruiz, "railing against")?.source, "Ruiz", "the subject rails, not the possessive 'her'");
});

test("a relative clause closing an inverted report describes its speaker", () => {
  const list = analysed("The port will close in May, said several officials who asked not to be named.");
  const said = byCue(list, "said");
  assert.equal(
    said?.source,
    "several officials who asked not to be named",
    "the relative clause is part of the speaker",
  );
  assert.equal(said?.content, "The port will close in May", "the words are the clause before the cue");
  assert.equal(
    byCue(list, "asked"),
    undefined,
    "a cue inside the speaker's description is no act of its own",
  );
  const clerk = analysed('"It was not news at all," said the former clerk who logged the missing files.');
  assert.equal(
    byCue(clerk, "said")?.source,
    "the former clerk who logged the missing files",
    "after a quote too",
  );
  const clause = analysed(
    "On Friday, the port authority, while releasing another batch of letters, said the ones that were withheld were not labeled as secret.",
  );
  assert.equal(
    byCue(clause, "said")?.content,
    "the ones that were withheld were not labeled as secret",
    "a clause the cue governs is its words, not a speaker",
  );
});

test("a linking adverb set off after the speaker is no part of the name", () => {
  const cases: Array<[string, string, string]> = [
    ["The harbor pilots, however, said the ferry was late.", "said", "The harbor pilots"],
    ["Mayor Ann Ruiz, meanwhile, argued that the levy was fair.", "argued", "Mayor Ann Ruiz"],
    ["The dock union, by contrast, praised the new crews.", "praised", "The dock union"],
    ["Tom Baker, too, said the bridge would close.", "said", "Tom Baker"],
    ["The council, at the same time, criticized the budget.", "criticized", "The council"],
  ];
  for (const [text, cue, source] of cases)
    assert.equal(
      byCue(analysed(text), cue)?.source,
      source,
      `in "${text}" the speaker ends before its comma`,
    );
  assert.equal(
    byCue(analysed("Ann Ruiz, a harbor pilot, said the ferry was late."), "said")?.source,
    "Ann Ruiz, a harbor pilot",
    "an appositive describing the speaker stays with the name",
  );
});
