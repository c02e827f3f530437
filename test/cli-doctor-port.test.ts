// `dyad doctor` advises "--port" for a busy port, so it accepts --port (and --host) and checks that port.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runDyad } from "./helpers/cli.js";

const db = join(mkdtempSync(join(tmpdir(), "dyad-doctor-")), "none.db");

function portCheck(stdout: string): { status: string; detail: string; fix: string } {
  const out = JSON.parse(stdout) as {
    checks: { name: string; status: string; detail: string; fix: string }[];
  };
  const check = out.checks.find((c) => c.name === "port");
  assert.ok(check, "a port check");
  return check;
}

test("dyad doctor --help lists --port and --host", () => {
  const r = runDyad(["doctor", "--help"]);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /--port <n>/);
  assert.match(r.stdout, /--host <address>/);
});

test("dyad doctor --port checks that port, and its advice names an option doctor accepts", async () => {
  const busy = createServer();
  await new Promise<void>((ok) => busy.listen(0, "127.0.0.1", ok));
  const port = (busy.address() as { port: number }).port;
  try {
    const r = runDyad(["doctor", "--json", "--db", db, "--host", "127.0.0.1", "--port", String(port)]);
    const check = portCheck(r.stdout);
    assert.notEqual(check.status, "ok", `port ${port} is in use: ${check.detail}`);
    assert.ok(check.detail.includes(String(port)), check.detail);
    assert.match(check.fix, /--port/);
    // The advice works: the same command with another port passes the port check.
    const free = createServer();
    await new Promise<void>((ok) => free.listen(0, "127.0.0.1", ok));
    const freePort = (free.address() as { port: number }).port;
    await new Promise<void>((ok) => free.close(() => ok()));
    const again = runDyad(["doctor", "--json", "--db", db, "--port", String(freePort)]);
    assert.equal(portCheck(again.stdout).status, "ok");
  } finally {
    await new Promise<void>((ok) => busy.close(() => ok()));
  }
});

test("dyad doctor --port 99999 is a usage error naming the flag", () => {
  const r = runDyad(["doctor", "--db", db, "--port", "99999"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--port must be a port number/);
});
