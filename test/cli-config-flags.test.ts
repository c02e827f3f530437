// A bad --port or --queue is blamed on the flag, not on "invalid configuration (environment)".
import assert from "node:assert/strict";
import { test } from "node:test";
import { portOption, queueOption, UserError } from "../src/cli/context.js";
import { runDyad } from "./helpers/cli.js";

test("portOption takes 0-65535 and names the flag otherwise", () => {
  assert.equal(portOption("8080"), 8080);
  assert.equal(portOption("0"), 0);
  assert.equal(portOption("65535"), 65535);
  for (const bad of ["99999", "65536", "-1", "80.5", "abc", "", "0x50"]) {
    assert.throws(
      () => portOption(bad),
      (e: unknown) =>
        e instanceof UserError && e.exitCode === 2 && /^--port must be a port number/.test(e.message),
      bad,
    );
  }
});

test("queueOption takes redis:// and rediss:// URLs and does not echo a refused one", () => {
  assert.equal(queueOption(undefined), undefined);
  assert.equal(queueOption("redis://127.0.0.1:6379"), "redis://127.0.0.1:6379");
  assert.equal(queueOption("rediss://q.example:6380"), "rediss://q.example:6380");
  assert.throws(
    () => queueOption("http://user:hunter2@q.example"),
    (e: unknown) => e instanceof UserError && e.message.includes("--queue") && !e.message.includes("hunter2"),
  );
});

test("dyad serve --port 99999 says the flag is wrong, exit status 2", () => {
  const r = runDyad(["serve", "--port", "99999", "--db", ":memory:"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--port must be a port number from 0 to 65535, got "99999"/);
  assert.doesNotMatch(r.stderr, /environment/);
});

test("dyad serve --queue with a non-Redis URL says the flag is wrong", () => {
  const r = runDyad(["serve", "--queue", "http://q.example", "--db", ":memory:"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--queue must be a redis:\/\/ or rediss:\/\/ URL/);
  assert.doesNotMatch(r.stderr, /environment/);
});
