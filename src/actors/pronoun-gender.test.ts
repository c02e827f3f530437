// Who "he" and "she" can be among people no list knows: a given name news gives almost only to one sex
// (data/actors/given-names.tsv, refs.ts givenNameGender), an honorific before a surname (coref.ts
// HONORIFIC), and photographers named in a picture's credit, who are no one in the story (resolve.ts
// photoCredit). Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analysedDoc } from "./test-analysed.js";

/** The resolved mentions of `body` (after the NLP analysis) as [text, actor name or null]. */
function mentions(body: string): [string, string | null][] {
  const d = analysedDoc(body, "2019-03-04");
  return d.mentions.map((m) => [m.text, d.actors.find((a) => a.id === m.actorId)?.name ?? null]);
}

/** The actor name of the `nth` (0-based) mention whose text is `word`. */
function nameOf(body: string, word: string, nth = 0): string | null {
  const hits = mentions(body).filter(([t]) => t === word);
  assert.ok(hits.length > nth, `"${word}" is mention ${nth} in: ${JSON.stringify(mentions(body))}`);
  return hits[nth][1];
}

test("'he' skips a nearer woman whose given name is a woman's", () => {
  const body =
    "Gordon Pryce met the auditor on Monday. He said that Margaret Oyelaran had asked for the files, and he refused.";
  assert.equal(
    nameOf(body, "he"),
    "Gordon Pryce",
    "Margaret is a woman's name, so the second 'he' is Gordon Pryce, named before her",
  );
});

test("'she' skips a nearer man whose given name is a man's", () => {
  const body = "Helen Vasquez runs the clinic. After Robert Tamm left the board, she closed it.";
  assert.equal(nameOf(body, "she"), "Helen Vasquez", "Robert is a man's name; 'she' is Helen Vasquez");
});

test("a given name given to both sexes says nothing", () => {
  const body = "Jordan Ellery spoke first. She said the plan would fail.";
  assert.equal(
    nameOf(body, "She"),
    "Jordan Ellery",
    "Jordan is not in the list, so she may still be Jordan Ellery",
  );
});

test("'Ms.' before a surname makes that person a woman for the pronouns after it", () => {
  const body =
    "Councillor Pat Okafor met Alex Dunn on Monday. Ms. Okafor left early, and Dunn said he would call her.";
  assert.equal(
    nameOf(body, "he"),
    "Alex Dunn",
    "Ms. Okafor is a woman, so 'he' is the only other person, Alex Dunn",
  );
});

test("a photographer in a picture's credit is no mention and no one 'he' can be", () => {
  const body =
    "Senator Tom Ruiz spoke in Des Moines on Friday.\n\nThe crowd cheered. Photograph: Dave Brill/Getty Images\n\n" +
    '"We will win this state," he said.';
  assert.ok(
    !mentions(body).some(([t]) => t.includes("Brill")),
    "the name before '/Getty Images' is the photographer's credit, not an actor",
  );
  assert.equal(nameOf(body, "he"), "Tom Ruiz", "'he' is the senator, not the photographer named after him");
});

test("'Photo by' and '(Photo: X)' are credits; a gallery link or a caption is not", () => {
  assert.ok(
    !mentions("Voters lined up early. (Photo: Lee Marsh, The Courier)").some(([t]) => t.includes("Marsh")),
    "the name after 'Photo:' is a photographer",
  );
  const caption = "Buy Photo Ann Ruiz greets voters in Ames.";
  assert.ok(
    mentions(caption).some(([t]) => t.includes("Ruiz")),
    "'Buy Photo' opens a caption: Ann Ruiz is the one pictured, an actor",
  );
  const gallery = "( PHOTOS: Ann Ruiz's career and life)";
  assert.ok(
    mentions(gallery).some(([t]) => t.includes("Ruiz")),
    "a gallery's link names the person it shows",
  );
});

test("an earlier 'he' is no antecedent of 'her', even when the man's name says nothing of his sex", () => {
  const body =
    "Dana Whitlock interviewed Jordan Peller on Tuesday. Ms. Whitlock pressed him hard. He turned her own argument against her.";
  assert.equal(
    nameOf(body, "her"),
    "Dana Whitlock",
    "'her' skips the nearer 'He' (Jordan Peller) and finds the woman, Ms. Whitlock",
  );
});

test("a possessive in a sentence-opening participle clause is the main clause's subject", () => {
  const body =
    "Senator Ann Ruiz spoke on Friday. Standing before a crowd of farmers in his home county, Tom Barlow defended the bill.";
  assert.equal(
    nameOf(body, "his"),
    "Tom Barlow",
    "'Standing before ... his home county, Tom Barlow': his is Barlow's",
  );
});

test("a 'FILE PHOTO:' caption names who is pictured, not a photographer", () => {
  const body = "FILE PHOTO: Senator Ann Ruiz speaks during a rally in Ames, Iowa, May 3, 2019.";
  assert.ok(
    mentions(body).some(([t]) => t.includes("Ann Ruiz")),
    "a wire's 'FILE PHOTO:' caption is about the person, who stays an actor",
  );
});

test("a noun that says the sex of someone unnamed is the antecedent of a pronoun of that sex", () => {
  const body =
    "Officer Dana Whitlock of the Ohio state police took the call. A woman was arrested, but the charge could not disqualify her from a permit.";
  assert.equal(
    nameOf(body, "her"),
    "United States civilians",
    "'her' is the woman arrested, not the officer named in the sentence before",
  );
});

test("a sexed noun beside a name, or after 'named', leaves the pronoun to the name", () => {
  const body = "Gordon Pryce, a businessman from Ohio, spoke first. He said the plan would fail.";
  assert.equal(nameOf(body, "He"), "Gordon Pryce", "'a businessman' restates Gordon Pryce, who is 'he'");
  const named = "Once there was a man named Gordon Pryce in Ohio. He ran the mill.";
  assert.equal(nameOf(named, "He"), "Gordon Pryce", "'a man named Gordon Pryce' is Gordon Pryce");
});

test("the subject of a verb of saying skips a possessor for the clause's subject", () => {
  const body = "Gordon Pryce praised Martin Oyelaran's budget but said he would vote against it.";
  assert.equal(nameOf(body, "he"), "Gordon Pryce", "he who said it is Pryce, not the budget's owner");
  const spoke = "Helen Vasquez ran Maria Tamm's bakery in Ohio for years, she said.";
  assert.equal(
    nameOf(spoke, "she"),
    "Helen Vasquez",
    "'she said' is Vasquez, the subject, not the bakery's owner",
  );
  const own = "Martin Oyelaran's mother said he was ill.";
  assert.equal(nameOf(own, "he"), "Martin Oyelaran", "with no one else, the possessor is still 'he'");
});

test("an epithet with 'the' ('the billionaire businessman') leaves 'he' to the man it describes", () => {
  const body =
    "Gordon Pryce won the Ohio primary on Tuesday. The billionaire businessman's victory surprised pollsters, after he had trailed for weeks.";
  assert.equal(nameOf(body, "he"), "Gordon Pryce", "'he' is Pryce, whom the epithet describes");
});

test("a party's members named as a body ('Senate Republicans') are 'they'", () => {
  const body =
    "Ohio officials met on Monday. Senate Republicans are signaling they want a deal before they vote.";
  assert.equal(nameOf(body, "they"), "United States legislature", "'they' is Senate Republicans");
});
