// Names that look like a person's or a body's but are laws, storms or another body's name; on sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analysedDoc } from "./test-analysed.js";

const DATE = "2019-06-07";

/** The actor name of the first mention whose text is `word`, null when it has none, "(no mention)" when absent. */
function actorOf(body: string, word: string): string | null {
  const d = analysedDoc(body, DATE);
  const m = d.mentions.find((x) => x.text === word);
  if (!m) return "(no mention)";
  return d.actors.find((a) => a.id === m.actorId)?.name ?? null;
}

test("a law named after someone is no actor and no antecedent of 'he'", () => {
  const body = "Governor Ann Ruiz signed the Pellham Amendment in May. Critics said he had gone too far.";
  assert.equal(
    actorOf(body, "Pellham Amendment"),
    "(no mention)",
    "'the Pellham Amendment' is a law, not a person",
  );
  assert.notEqual(actorOf(body, "he"), "Pellham Amendment", "'he' cannot be a law");
});

test("a storm's given name is no actor", () => {
  const body = "Hurricane Odessa flooded the coast, and the mayor said he would ask for help.";
  assert.equal(actorOf(body, "Hurricane Odessa"), "(no mention)", "'Hurricane Odessa' is a storm");
  assert.equal(actorOf(body, "Odessa"), "(no mention)", "the storm's name alone is no actor either");
});

test("a capitalised title word that starts a body's name names no person", () => {
  const body =
    "Meg Dunn, executive director of the National Crime Victim Law Institute, spoke. The victim has a right to be heard, she said.";
  const d = analysedDoc(body, DATE);
  const people = d.actors.filter((a) => a.type === "person").map((a) => a.name);
  assert.ok(!people.includes("Law Institute"), `the institute is no person: ${JSON.stringify(people)}`);
  assert.notEqual(actorOf(body, "The victim"), "Law Institute", "'the victim' is not the institute");
});

test("a person's title with no one named is never 'it'", () => {
  const body =
    "Officials in Ohio praised the victim. As the program grows, its director hopes it will spread.";
  assert.equal(actorOf(body, "its"), null, "'its' is the program, not the victim");
});

test("a party adjective or a weekday alone is no one's short name", () => {
  const body =
    "The Republican National Committee met in Ohio. Republican lawmakers left early, before Super Tuesday.";
  assert.notEqual(
    actorOf(body, "Republican"),
    "Republican National Committee",
    "'Republican lawmakers' is not the committee named before",
  );
  assert.equal(actorOf(body, "Tuesday"), "(no mention)", "'Super Tuesday' is a day, not a person");
});

test("a link's tooltip kept in the text (full name glued to headlines, up to MORE) names no one", () => {
  const body =
    "Senator Ann Ruiz Ann Maria RuizSenate passes farm bill Budget talks stall in Ohio MORE and her staff met on Monday.";
  const d = analysedDoc(body, DATE);
  const names = d.actors.map((a) => a.name);
  assert.ok(
    !names.some((n) => /RuizSenate/.test(n)),
    `no fake person from the tooltip: ${JSON.stringify(names)}`,
  );
  assert.equal(
    actorOf(body, "Senator Ann Ruiz"),
    "Ann Ruiz",
    "the story's own mention before the tooltip stays",
  );
  assert.equal(actorOf(body, "her"), "Ann Ruiz", "'her' is the senator, not the tooltip's glued name");
});
