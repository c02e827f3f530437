// A person's title used to qualify another noun names no one; on sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analysedCodeAt } from "./test-analysed.js";

const DATE = "2021-05-01";

test("a title before a noun it qualifies is no actor", () => {
  assert.equal(
    analysedCodeAt("The county opened a criminal investigation into the missing funds.", "a criminal", DATE),
    null,
    "'a criminal investigation' is an investigation, not a criminal",
  );
  assert.equal(
    analysedCodeAt("Shells fell on the rebel stronghold near the river overnight.", "the rebel", DATE),
    null,
    "'the rebel stronghold' is a place, not a rebel",
  );
  assert.equal(
    analysedCodeAt("The mayor signed an executive order on water use.", "an executive", DATE),
    null,
    "'an executive order' is an order, not a business executive",
  );
});

test("a title before a noun for a person still names one", () => {
  assert.equal(
    analysedCodeAt("Police charged Ray Ruth, a 25-year-old U.S. Marine reservist, with arson.", "a 25", DATE),
    "USAMIL",
    "'a Marine reservist' is a member of the military",
  );
  assert.equal(
    analysedCodeAt("Kenyan farmers wrote to the president Tuesday about the drought.", "the president", DATE),
    "KENGOV",
    "'the president' before a day's name is still the president",
  );
});
