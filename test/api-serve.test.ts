// `dyad serve` as a user starts it: bound to 127.0.0.1, token from the environment, clean stop on SIGTERM.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const bin = join(import.meta.dirname, "..", "bin", "dyad.js");

test("dyad serve: loopback by default, write routes need DYAD_API_TOKEN, stops on SIGTERM", {
  timeout: 90_000,
}, async () => {
  const db = join(mkdtempSync(join(tmpdir(), "dyad-serve-")), "s.db");
  const child = spawn(process.execPath, [bin, "serve", "--port", "0", "--db", db], {
    env: {
      ...process.env,
      DYAD_CONFIG: "",
      DYAD_QUEUE_URL: "",
      DYAD_HOST: "",
      DYAD_API_TOKEN: "serve-token-0123456789",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed:\n${err}`)), 60_000);
      child.stderr!.on("data", () => {
        const m = /at (http:\/\/[^\s]+) \(/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.once("exit", () => reject(new Error(`serve exited:\n${err}`)));
    });
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(err, /POST \/api\/ingest is open to bearer-token holders/);
    const doc = (await (await fetch(`${url}/api/openapi.json`)).json()) as { info: { title: string } };
    assert.equal(doc.info.title, "Dyad API");
    const denied = await fetch(`${url}/api/ingest`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "Fiji and Tonga met.",
    });
    assert.equal(denied.status, 401);
    assert.equal((await fetch(`${url}/`)).status, 200);
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
  assert.equal(child.exitCode, 0);
});
