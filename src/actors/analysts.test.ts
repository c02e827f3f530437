// Analysts: experts quoted for comment (EDU) unless they price markets (BUS) or work for an outlet or
// group named with them. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codeAt } from "./test-helpers.js";

test("an unqualified analyst is an expert (EDU), not a business", () => {
  const t = "U.S. senators debated the bill on Monday. Political analysts said the vote would be close.";
  assert.equal(codeAt(t, "analysts"), "USAEDU", "political analysts are experts");
});

test("analysts of markets stay business (BUS)", () => {
  const t = "Congress passed the budget. Wall Street analysts expect stocks to rise, and oil analysts agree.";
  assert.equal(codeAt(t, "Wall Street analysts"), "USABUS", "Wall Street analysts are business");
  assert.equal(codeAt(t, "oil analysts"), "USABUS", "oil analysts are business");
});

test("an intelligence analyst is of the intelligence service", () => {
  const t = "A CIA intelligence analyst warned senators about the threat.";
  assert.equal(codeAt(t, "intelligence analyst"), "USASPY", "an intelligence analyst is SPY");
});

test("an analyst named after an outlet with the title's modifiers works for the outlet", () => {
  const t = "The senator spoke on Sunday. Fox News legal analyst Dana Velkov said the ruling was wrong.";
  assert.equal(codeAt(t, "Dana Velkov"), "USAMED", "an outlet's legal analyst is media");
});

test("an analyst at a named group takes the group's code", () => {
  const t = "The law is harsh, said analyst Dana Velkov of Human Rights Watch.";
  assert.equal(codeAt(t, "Dana Velkov"), "NGOHRI", "an analyst at an NGO is the NGO's");
});
