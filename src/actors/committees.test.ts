// Committees of the House and the Senate under their names are the legislature (LEG), whatever words
// their names hold; national Olympic committees are sports bodies (NGO). Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DocumentSchema } from "../model/index.js";
import { textDocument } from "../pipeline/document.js";
import { stage } from "./test-helpers.js";

/** The text and code of the mention covering the first `word` of `body`. */
function mentionAt(body: string, word: string): [string, string | null] | null {
  const d = stage.run(DocumentSchema.parse(textDocument("t", body, "2019-10-02")));
  const at = body.indexOf(word);
  const m = d.mentions.find((x) => x.start <= at && x.end > at);
  if (!m) return null;
  return [body.slice(m.start, m.end), d.actors.find((a) => a.id === m.actorId)?.code ?? null];
}

const US = "U.S. lawmakers returned to Washington. ";

test("a chamber's committee named by its subject is one LEG mention", () => {
  const t = `${US}The House Judiciary Committee asked for the report, and the Senate Intelligence Committee agreed.`;
  assert.deepEqual(
    mentionAt(t, "Judiciary"),
    ["The House Judiciary Committee", "USALEG"],
    "no court in its name",
  );
  assert.deepEqual(
    mentionAt(t, "Intelligence"),
    ["the Senate Intelligence Committee", "USALEG"],
    "no spies in its name",
  );
});

test("'Committee on X' after the chamber, and select committees, are one LEG mention", () => {
  const t = `${US}The House Committee on Oversight and Government Reform met, and the Permanent Select Committee on Intelligence wrote to the agency.`;
  assert.deepEqual(
    mentionAt(t, "Government"),
    ["The House Committee on Oversight and Government Reform", "USALEG"],
    "'Government Reform' is part of the name",
  );
  assert.deepEqual(
    mentionAt(t, "Permanent"),
    ["the Permanent Select Committee on Intelligence", "USALEG"],
    "a select committee",
  );
});

test("a date or the Hill after 'on' is not part of the name", () => {
  const t = `${US}He will testify before the House Rules Committee on Tuesday.`;
  assert.deepEqual(mentionAt(t, "Rules"), ["the House Rules Committee", "USALEG"], "'on Tuesday' is a date");
});

test("a name that runs into a titled person is left to the title", () => {
  const t = `${US}House Appropriations Committee Chairman Tom Bell said no.`;
  const m = mentionAt(t, "Tom Bell");
  assert.equal(m?.[1], "USALEG", "the chairman is a lawmaker");
});

test("an Olympic committee is a sports body (NGO), not the government", () => {
  const t = `${US}The Hungarian Olympic Committee received the letter.`;
  assert.match(mentionAt(t, "Olympic")?.[1] ?? "", /NGO$/, "Olympic committees are NGO");
});

test("two committees joined by 'and' are two names", () => {
  const t = `${US}The two senators chair the Senate Committee on Finance and Committee on Homeland Security.`;
  assert.deepEqual(
    mentionAt(t, "Finance"),
    ["the Senate Committee on Finance", "USALEG"],
    "the first committee ends before 'and Committee'",
  );
});

test("a chamber's committee in a story naming the US and a country with no Senate is Congress's", () => {
  const t =
    "Japan deployed missile defences. U.S. officials watched, and the House Intelligence Committee met.";
  assert.deepEqual(
    mentionAt(t, "Intelligence"),
    ["the House Intelligence Committee", "USALEG"],
    "not Japan's parliament, the country named last",
  );
});
