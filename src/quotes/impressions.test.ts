import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "./test-helpers.js";

// A passive impression ("deemed too weak", "seen as the safest") is the view of the agent named
// after "by" when there is one; with no view stated ("the bill considered by the committee") the
// participle tells what was done to the noun. Sentences written for these tests.

test("the agent of a stated passive impression holds the view", () => {
  assert.equal(
    byCue(analysed("Some harbour rules, deemed too weak by the unions, were dropped."), "deemed")?.source,
    "the unions",
    "an adjective before 'by'",
  );
  assert.equal(
    byCue(analysed("The port, seen by many as the safest in the region, reopened."), "seen")?.source,
    "many",
    "'as' after the agent",
  );
});

test("no agent for an impression without a view, or with a noun the 'by' may belong to", () => {
  assert.equal(
    byCue(analysed("The bill considered by the committee would raise fares."), "considered"),
    undefined,
    "a bill the committee considered is no one's impression",
  );
  const audition = byCue(
    analysed("The letter is often seen as an audition by the mayor for the harbour job."),
    "often seen",
  );
  assert.ok(audition, "the impression is still found");
  assert.equal(audition.source, null, "the mayor auditioned; who saw it so is not said");
});
