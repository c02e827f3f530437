// Two country names sharing their last words, the first written without them ("North and South
// Korea"): chunk.ts sharedHeadCountries. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analysedCodeAt } from "./test-analysed.js";
import { codeAt } from "./test-helpers.js";

test("the bare first half of 'North and South Korea' is North Korea", () => {
  assert.equal(codeAt("Talks between North and South Korea stalled again this spring.", "North"), "PRK");
  assert.equal(codeAt("Talks between North and South Korea stalled again this spring.", "South"), "KOR");
});

test("a capitalised word before 'and' and a country whose whole is no country stays unresolved", () => {
  assert.equal(codeAt("Officials from Harmon and South Korea met on Friday.", "Harmon"), null);
});

// Country adjectives joined before one noun ("Iraqi and Kurdish forces"): resolve.ts (the first of
// coordinated countries shares the second's head) and chunk.ts sharesNoun. Invented sentences, analysed.
const analysedCode = (body: string, word: string) => analysedCodeAt(body, word, "2017-03-01");

test("an adjective joined to a stateless people's before a group shares the group's head", () => {
  const body = "Iraqi and Kurdish forces retook the village near Mosul on Monday.";
  assert.equal(
    analysedCode(body, "Iraqi"),
    "IRQMIL",
    "'Iraqi ... forces' are Iraq's military, not Iraq itself",
  );
});

test("a list of three country adjectives before one group gives each country that group", () => {
  const body = "Russian, Turkish and Iranian diplomats gathered in Astana on Tuesday.";
  assert.equal(
    analysedCode(body, "Russian"),
    "RUSGOV",
    "the first of three adjectives is a Russian diplomat too",
  );
  assert.equal(analysedCode(body, "Turkish"), "TURGOV", "the middle adjective shares the head as before");
});

test("'Palestinian delegations' is a group noun, so 'Israeli and Palestinian delegations' gives two", () => {
  const body = "Egyptian mediators shuttled between Israeli and Palestinian delegations in Cairo.";
  assert.equal(
    analysedCode(body, "Israeli"),
    "ISRGOV",
    "an Israeli delegation is sent by Israel's government",
  );
});

test("adjectives joined before a noun that names no actor stay adjectives", () => {
  const body = "The gap between American and Hungarian debates on migration is narrow, they wrote.";
  assert.equal(
    analysedCode(body, "American"),
    null,
    "'American ... debates' are no actor, nor is 'American' alone",
  );
  const steel = "Trump lifted the tariffs on Mexican and Canadian steel last month.";
  assert.equal(analysedCode(steel, "Mexican"), null, "Mexican steel is a good, not Mexico acting");
});
