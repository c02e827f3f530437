import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "./test-helpers.js";

// An inverted speaker ('"...," said X, a Y.') keeps the description that closes the sentence, as a
// preposed one ("X, a Y, said") does: PolNeAR's sources hold it, and so should a reader's. Sentences
// written for these tests.

test("the description after an inverted speaker belongs to the speaker, and to the quote that continues", () => {
  const list = analysed(
    '"The tide is late," said Ann Ruiz, a harbour pilot who has sailed the strait for years. "We will wait."',
  );
  const said = list.filter((q) => q.cue === "said");
  assert.equal(said.length, 2, "both quotes are one act of saying");
  for (const q of said)
    assert.equal(
      q.source,
      "Ann Ruiz, a harbour pilot who has sailed the strait for years",
      "the appositive and its relative clause describe the speaker",
    );
  const aged = analysed('"We will wait," said Tom Baker, 61, of Dover, Del., a retired pilot.');
  assert.equal(
    aged[0]?.source,
    "Tom Baker, 61, of Dover, Del., a retired pilot",
    "an age and a home town are part of the description",
  );
});

test("adjuncts, times and acts after an inverted speaker are not part of it", () => {
  assert.equal(
    analysed('"The tide is late," said Ann Ruiz, in a statement.')[0]?.source,
    "Ann Ruiz",
    "'in a statement' says how, not who",
  );
  assert.equal(
    analysed('"The tide is late," said Ann Ruiz, a day before the storm reached the coast.')[0]?.source,
    "Ann Ruiz",
    "'a day before ...' is a time, not a description",
  );
  const adding = analysed('"The tide is late," said Ann Ruiz, adding that the boats would wait.');
  assert.equal(byCue(adding, "said")?.source, "Ann Ruiz", "a participle after the name is an act of its own");
  assert.equal(byCue(adding, "adding")?.content, "that the boats would wait");
  const referring = analysed('"The tide is late," said Ann Ruiz, a harbour pilot, referring to the storm.');
  assert.equal(
    byCue(referring, "said")?.source,
    "Ann Ruiz, a harbour pilot",
    "the description ends at the comma before the participle",
  );
  assert.equal(
    analysed('"The tide is late," said Ann Ruiz, just after the ferry left.')[0]?.source,
    "Ann Ruiz",
    "an adverb and a clause of time are no description",
  );
});

test("a noun phrase opening the sentence and joined by 'and' to the subject speaks too, names or not", () => {
  assert.equal(
    byCue(analysed("Fishermen and harbour pilots say the new pier blocks the channel."), "say")?.source,
    "Fishermen and harbour pilots",
    "both groups are the subject of 'say'",
  );
  assert.equal(
    byCue(analysed("But the mayor and her aides argue that the levy is fair."), "argue")?.source,
    "the mayor and her aides",
    "a conjunction opening the sentence does not stop the subject",
  );
  // After a comma the first phrase may end a list or an object, and a pronoun after "and" opens a
  // clause of its own.
  const list = analysed("The council faced a stormy winter, empty coffers and a majority opposing the levy.");
  assert.ok(
    !list.some((q) => q.source?.includes("empty coffers")),
    "an object list before the comma is no part of a subject",
  );
  assert.equal(
    byCue(analysed("The pier was closed for the winter and he said it would reopen."), "said")?.source,
    "he",
    "'... and he said' starts a new clause",
  );
});
