// Reporters named after a seat of power cover it; they are their country's media, not its government.
// Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codeAt } from "./test-helpers.js";

test("reporters and correspondents named after a seat are the country's media", () => {
  const t =
    "Tehran warned Washington. Speaking to White House reporters, the president dismissed the threat.";
  assert.equal(codeAt(t, "White House reporters"), "USAMED", "White House reporters are American media");
  const k = "Kremlin correspondents asked about the talks.";
  assert.equal(codeAt(k, "Kremlin correspondents"), "RUSMED", "Kremlin correspondents are Russian media");
});

test("staff named after a seat stay the seat's", () => {
  const t = "White House aides said the president would sign the bill.";
  assert.equal(codeAt(t, "White House aides"), "USAGOV", "aides work for the seat");
});
