import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "./test-helpers.js";

// Reported clauses interrupted by a concessive aside, and -ing reports whose parse subject sits in
// their own words. Sentences written for these tests.

test("a concessive aside between the reported subject and its verb does not end the words", () => {
  assert.equal(
    byCue(analysed("Ruiz said the levy, while costly, was fair."), "said")?.content,
    "the levy, while costly, was fair",
    "the clause goes on past ', while costly,' to its verb",
  );
  assert.equal(
    byCue(analysed("The ministry said the strikes, though limited, had hit three depots."), "said")?.content,
    "the strikes, though limited, had hit three depots",
    "'though' opens the same kind of aside",
  );
  assert.equal(
    byCue(analysed("Ruiz said the levy was fair, while critics disagreed."), "said")?.content,
    "the levy was fair",
    "after the clause's verb ', while' is a contrast of its own and still ends the words",
  );
});

test("an -ing report after a comma is the main subject's, not its own clause's subject", () => {
  const list = analysed(
    "Fiorina was blunt about her distaste for the front-runner, saying conservatives need to band together.",
  );
  const saying = byCue(list, "saying");
  assert.equal(saying?.source, "Fiorina", "the main clause's subject says it");
  assert.equal(
    saying?.content,
    "conservatives need to band together",
    "the reported clause keeps its subject",
  );
  assert.equal(
    byCue(analysed("Citing the delays, the mayor said the port would close."), "said")?.source,
    "the mayor",
    "a fronted participle is untouched",
  );
});

test("a stance's 'that' clause inside a fronted subordinate clause ends at its comma", () => {
  const list = analysed("When the host pointed out that Ruiz calls it a tax, Kaya seized on the phrase.");
  assert.equal(
    byCue(list, "pointed out")?.content,
    "that Ruiz calls it a tax",
    "the main clause after the comma is no part of the host's words",
  );
});

test("after an expletive subject the reported clause starts at 'it', not at the later 'that'", () => {
  const list = analysed("Insiders in the next two states said it is important that she close the gap.");
  assert.equal(
    byCue(list, "said")?.content,
    "it is important that she close the gap",
    "'it is important' is part of what was said",
  );
});

test("an -ing report after a trailing clause of time is its subject's when the main subject names no one", () => {
  const appointment = analysed(
    "His appointment came after Ruiz had fired the police chief, saying the audit forced his hand.",
  );
  assert.equal(byCue(appointment, "saying")?.source, "Ruiz", "an appointment says nothing; Ruiz does");
  const criticism = analysed(
    "The criticism comes as Kaya is relying on her husband, mentioning him in every speech.",
  );
  assert.equal(
    byCue(criticism, "mentioning")?.source,
    "Kaya",
    "the clause's subject, even where 'as' is misparsed",
  );
  const named = analysed(
    "Hannity said on his show after the senator won his primary, remarking that the party was united.",
  );
  assert.equal(byCue(named, "remarking")?.source, "Hannity", "a named main subject keeps the act");
});

test("a title after 'of' closing a speaker's appositive is part of the description, not quoted words", () => {
  const list = analysed(
    'Ann Ruiz, author of "The Long Harbor," first pointed out that the fees had doubled.',
  );
  assert.equal(list.length, 1, "one report: the title is no partial quote of it");
  assert.equal(list[0].source, "Ann Ruiz", "the author speaks");
  assert.equal(list[0].content, "that the fees had doubled", "the words are the clause, not the title");
  const chant = analysed('The crowd chanted "Vote Them Out," and the mayor left.');
  assert.ok(
    chant.some((q) => q.content.includes("Vote Them Out")),
    "a quote not after 'of' stays a quote",
  );
});
