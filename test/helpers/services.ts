// The PostgreSQL and Redis servers the scale-out tests talk to (.ci/run starts both). When one is down
// the tests that need it skip with the reason, except under CI=true, where a missing server must fail.
import { randomBytes } from "node:crypto";
import net from "node:net";
import { after } from "node:test";
import pg from "pg";

export const POSTGRES_URL = process.env.DYAD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const REDIS_URL = process.env.DYAD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

function reachable(url: string, defaultPort: number): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname || "127.0.0.1", port: Number(u.port) || defaultPort });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** false when the server is up (run the test), else the reason to skip; under CI, never skip. */
export async function serviceSkip(kind: "postgres" | "redis"): Promise<string | false> {
  const url = kind === "postgres" ? POSTGRES_URL : REDIS_URL;
  if (await reachable(url, kind === "postgres" ? 5432 : 6379)) return false;
  if (process.env.CI === "true") return false; // let the test fail loudly: CI promised the server
  return `${kind} is not reachable at ${url} (.ci/run starts it; set DYAD_TEST_${kind.toUpperCase()}_URL)`;
}

/** A name no other test run uses: test files run in parallel against the same servers. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
}

/**
 * Fresh PostgreSQL schema names for one test file, each dropped when the file's tests are done
 * (`skip`: the server is down, nothing to drop).
 */
export function throwawaySchemas(prefix: string, skip: string | false): () => string {
  const schemas: string[] = [];
  after(async () => {
    if (skip || schemas.length === 0) return;
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await client.end();
  });
  return () => {
    const s = uniqueName(prefix);
    schemas.push(s);
    return s;
  };
}
