// `dyad doctor`: checks a set-up piece by piece and says, for each problem, how to fix it.
import { accessSync, constants, existsSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { isPostgresUrl, openStore } from "../store/open.js";
import { repoRoot, sharedDir } from "../util/shared.js";
import type { Config } from "./config.js";

export type CheckStatus = "ok" | "warn" | "fail" | "skip";

export interface Check {
  name: string;
  status: CheckStatus;
  detail: string;
  /** What to do about it (empty when nothing is wrong). */
  fix: string;
}

const MODEL_FILES = ["tagger.bin.gz", "parser-actions.bin.gz", "ner.bin.gz"];

export function checkNode(version = process.versions.node): Check {
  const major = Number(version.split(".")[0]);
  if (major >= 20) return { name: "node", status: "ok", detail: `Node ${version}`, fix: "" };
  return {
    name: "node",
    status: "fail",
    detail: `Node ${version}`,
    fix: "install Node 20 or later (nodejs.org or nvm)",
  };
}

export async function checkDatabase(config: Config): Promise<Check> {
  const pg = isPostgresUrl(config.database);
  const shown = config.database.replace(/\/\/([^:/@]+):([^@]+)@/, "//$1:***@");
  if (!pg && config.database !== ":memory:" && !existsSync(config.database)) {
    // Not created here: a doctor should not leave a database behind where the user did not ask for one.
    const dir = dirname(resolve(config.database));
    let writable = true;
    try {
      accessSync(dir, constants.W_OK);
    } catch {
      writable = false;
    }
    return writable
      ? {
          name: "database",
          status: "ok",
          detail: `sqlite ${shown}: not created yet (the first ingest creates it)`,
          fix: "",
        }
      : {
          name: "database",
          status: "fail",
          detail: `sqlite ${shown}: directory ${dir} is missing or not writable`,
          fix: "create the directory or pass --db PATH somewhere writable",
        };
  }
  try {
    const store = await openStore(config.database);
    try {
      const counts = await store.counts();
      const version = await (
        store as unknown as { schemaVersion?: () => number | Promise<number> }
      ).schemaVersion?.();
      return {
        name: "database",
        status: "ok",
        detail: `${store.kind} ${shown}: schema version ${version ?? "?"}, ${counts.articles} articles, ${counts.events} events`,
        fix: "",
      };
    } finally {
      await store.close();
    }
  } catch (err) {
    const msg = (err as Error).message;
    const fix = pg
      ? /ECONNREFUSED|connect/i.test(msg)
        ? "start PostgreSQL (e.g. `pg_ctlcluster 15 main start`) or correct the host and port in the URL"
        : /does not exist/.test(msg)
          ? "create the database: `createdb -h HOST -U USER NAME`"
          : /password|authentication/i.test(msg)
            ? "check the user and password in the URL (postgres://user:password@host:5432/db)"
            : "check the URL: postgres://user:password@host:5432/database"
      : "check that the directory exists and is writable, or pass --db PATH";
    return { name: "database", status: "fail", detail: `${shown}: ${msg}`, fix };
  }
}

export async function checkQueue(config: Config): Promise<Check> {
  if (!config.queue)
    return {
      name: "queue",
      status: "skip",
      detail: "no queue configured: `dyad ingest` analyses in-process",
      fix: "",
    };
  const { Redis } = await import("ioredis");
  const { connectionFromUrl } = await import("../queue/queue.js");
  const options = connectionFromUrl(config.queue) as Record<string, unknown>;
  const redis = new Redis({
    ...options,
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    retryStrategy: () => null,
  });
  redis.on("error", () => {});
  const shown = config.queue.replace(/\/\/([^@]*)@/, "//***@");
  try {
    await redis.connect();
    const info = await redis.info("server");
    const version = /redis_version:([\d.]+)/.exec(info)?.[1] ?? "?";
    const policy = ((await redis.config("GET", "maxmemory-policy").catch(() => [])) as string[])[1];
    const [major, minor] = version.split(".").map(Number);
    if (major < 6 || (major === 6 && minor < 2))
      return {
        name: "queue",
        status: "fail",
        detail: `Redis ${version} at ${shown}`,
        fix: "BullMQ needs Redis 6.2 or later: upgrade Redis",
      };
    if (policy && policy !== "noeviction")
      return {
        name: "queue",
        status: "warn",
        detail: `Redis ${version} at ${shown}, maxmemory-policy ${policy}`,
        fix: "set `maxmemory-policy noeviction` in redis.conf, or Redis may evict queued jobs under memory pressure",
      };
    return {
      name: "queue",
      status: "ok",
      detail: `Redis ${version} at ${shown}, queue "${config.queueName}"`,
      fix: "",
    };
  } catch (err) {
    return {
      name: "queue",
      status: "fail",
      detail: `${shown}: ${(err as Error).message}`,
      fix: "start Redis (`redis-server --daemonize yes`) or correct DYAD_QUEUE_URL / --queue",
    };
  } finally {
    redis.disconnect();
  }
}

export function checkModels(dir = join(repoRoot, "models")): Check {
  const present = existsSync(dir) ? readdirSync(dir) : [];
  const missing = MODEL_FILES.filter((f) => !present.includes(f));
  if (missing.length === 0)
    return { name: "models", status: "ok", detail: `${dir}: ${MODEL_FILES.join(", ")}`, fix: "" };
  return {
    name: "models",
    status: "warn",
    detail: `${dir}: missing ${missing.join(", ")} (the stages fall back to simpler rules)`,
    fix: "use a checkout that includes models/, or run `npm run train` with ../shared/corpus present",
  };
}

export function checkCorpus(): Check {
  const dir = sharedDir();
  return dir
    ? { name: "shared corpus", status: "ok", detail: dir, fix: "" }
    : {
        name: "shared corpus",
        status: "skip",
        detail: "../shared not found (only `npm run eval`, `bench` and `train` need it)",
        fix: "",
      };
}

export function checkDictionaries(config: Config): Check {
  const files = [...config.dictionaries, ...(config.verbDictionary ? [config.verbDictionary] : [])];
  if (files.length === 0)
    return { name: "dictionaries", status: "skip", detail: "built-in knowledge only", fix: "" };
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length)
    return {
      name: "dictionaries",
      status: "fail",
      detail: `not found: ${missing.join(", ")}`,
      fix: "correct the paths in `dictionaries` / `verbDictionary` (relative to where dyad runs)",
    };
  return { name: "dictionaries", status: "ok", detail: files.join(", "), fix: "" };
}

export function checkPort(host: string, port: number): Promise<Check> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", (err: NodeJS.ErrnoException) =>
      resolve({
        name: "port",
        status: "warn",
        detail: `${host}:${port}: ${err.code === "EADDRINUSE" ? "in use (a running `dyad serve`?)" : err.message}`,
        fix: "stop what uses it, or pick another with --port / DYAD_PORT / server.port",
      }),
    );
    server.listen(port, host, () =>
      server.close(() => resolve({ name: "port", status: "ok", detail: `${host}:${port} is free`, fix: "" })),
    );
  });
}

export function checkExposure(config: Config): Check {
  const loopback = /^(127\.|::1$|localhost$)/.test(config.server.host);
  if (!config.server.token)
    return {
      name: "api token",
      status: loopback ? "ok" : "warn",
      detail: "no token: POST /api/ingest is disabled",
      fix: loopback ? "" : "set DYAD_API_TOKEN (16+ characters) to allow ingest over HTTP",
    };
  return {
    name: "api token",
    status: "ok",
    detail: `set; server binds ${config.server.host}${loopback ? "" : " (reachable from other machines: put TLS in front)"}`,
    fix: "",
  };
}

export async function runDoctor(config: Config): Promise<Check[]> {
  return [
    checkNode(),
    await checkDatabase(config),
    await checkQueue(config),
    checkModels(),
    checkDictionaries(config),
    checkCorpus(),
    await checkPort(config.server.host, config.server.port),
    checkExposure(config),
  ];
}
