// Titles and the countries they name: a post's destination before a name, a country after it; on sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analysedCodeAt } from "./test-analysed.js";

const codeAt = (body: string, word: string) => analysedCodeAt(body, word, "2019-05-01");

test("an ambassador named after the country of the post takes the title's country", () => {
  const body =
    "The mayor of Boston met students on Monday. The Peruvian ambassador to the United States, Tomas Vidal, said Lima would answer.";
  assert.equal(codeAt(body, "Tomas"), "PERGOV", "the ambassador is Peru's, not the story's country's");
  const un = "Chile's ambassador to the UN, Ines Paredo, asked for a vote in New York.";
  assert.equal(codeAt(un, "Ines"), "CHLGOV", "a post at the UN leaves the ambassador her country's");
});

test("a title after a comma describes the name before it, not the next one", () => {
  const body =
    "The mayor of Boston met students on Monday. Guests included Bo Lee, former Peruvian ambassador to Chile, Ann Ruiz and Cy Park.";
  assert.notEqual(codeAt(body, "Ann Ruiz"), "PERELI", "the name after the described one is another person");
});

test("a titled name followed by 'of' and a country is of that country", () => {
  const body =
    "The mayor of Boston met students on Monday. King Tomas Alvar of Norway and President Omar Velo of Peru also came.";
  assert.equal(codeAt(body, "Tomas"), "NORGOV", "the king is Norway's, not the story's country's");
  assert.equal(codeAt(body, "Omar"), "PERGOV", "the president is Peru's");
});
