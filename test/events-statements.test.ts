// Invented sentences run through the full pipeline: a verb that presses or concedes a position
// ("insisted", "stressed", "acknowledged", "'...,' she declared") is a statement (010) when the
// sentence codes nothing else; a bare "said", a firm's insisting and a possessor's supporters do not
// make one.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

const statement = (codes: string[]) => codes.some((c) => / 010 /.test(c));

test("an emphatic verb of an official is a statement", async () => {
  for (const text of [
    "The Finnish foreign minister insisted that the border talks had gone well.",
    "Pentagon officials stressed on Tuesday that the review of the base was routine.",
    "Prime Minister Anna Lind acknowledged that the budget would be late this year.",
    "“The era of cheap fuel is over,” Chancellor Olaf Scholz declared on Sunday.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(statement(codes), `a statement (010) by the official in "${text}": ${codes.join("; ")}`);
  }
});

test("a bare 'said', a denied insistence or a possessor's supporters make no statement", async () => {
  for (const text of [
    "The Finnish foreign minister said that the border talks had gone well.",
    "The Finnish foreign minister did not insist that the border talks had gone well.",
    "Governor Hale's defenders insist that the budget was balanced.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(!statement(codes), `no statement (010) in "${text}": ${codes.join("; ")}`);
  }
});

test("a quote closed before the speaker makes the declaring a statement, however the parse hangs it", async () => {
  for (const text of [
    "“The harbour will reopen next week,” Chancellor Olaf Scholz declared.",
    "Chancellor Olaf Scholz toured the port of Hamburg on Monday. “The harbour will reopen next week,” he declared.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(statement(codes), `a statement (010) by the chancellor in "${text}": ${codes.join("; ")}`);
  }
});

test("insisting on a weekday is no demand", async () => {
  const text = "“The harbour will reopen next week,” Olaf Scholz insisted on Monday.";
  const codes = await codesOf(text);
  assert.ok(
    !codes.some((c) => / 10\d /.test(c)),
    `'on Monday' is when, not a demand (10x): ${codes.join("; ")}`,
  );
  assert.ok(statement(codes), `a statement (010) instead: ${codes.join("; ")}`);
});
