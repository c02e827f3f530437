// One place for the settings a deployment needs: a JSON file (dyad.config.json, --config or DYAD_CONFIG),
// environment variables, and the command's own flags. Precedence: flags > environment > file > defaults.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";

export const CONFIG_FILE = "dyad.config.json";

const port = z.coerce.number().int().min(0).max(65535);

export const ConfigSchema = z
  .object({
    /** A SQLite file path or a postgres:// URL. */
    database: z.string().min(1).default("./dyad.db"),
    /** redis:// URL of the ingest queue; none means ingest runs in-process. */
    queue: z
      .string()
      .regex(/^rediss?:\/\//, "queue must be a redis:// or rediss:// URL")
      .optional(),
    /** BullMQ queue name (several deployments can share one Redis with different names). */
    queueName: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, "queueName: letters, digits, _ and - only")
      .default("dyad-ingest"),
    /** TABARI/PETRARCH dictionaries added to the built-in knowledge. */
    dictionaries: z.array(z.string()).default([]),
    verbDictionary: z.string().optional(),
    server: z
      .object({
        host: z.string().min(1).default("127.0.0.1"),
        port: port.default(8080),
        /** Bearer token for write routes (POST /api/ingest); without one, write routes are off. */
        token: z.string().min(16, "server.token must be at least 16 characters").optional(),
        /** Largest request body accepted, in bytes. */
        bodyLimit: z.coerce
          .number()
          .int()
          .positive()
          .default(5 * 1024 * 1024),
        /** Requests per client address per minute. */
        rateLimit: z.coerce.number().int().positive().default(600),
      })
      .strict()
      .default({ host: "127.0.0.1", port: 8080, bodyLimit: 5 * 1024 * 1024, rateLimit: 600 }),
    worker: z
      .object({
        /** Documents a worker process handles at once (one pipeline thread each). */
        concurrency: z.coerce.number().int().min(1).max(64).default(2),
        /** Tries per document before it goes to the dead-letter queue. */
        attempts: z.coerce.number().int().min(1).max(20).default(3),
        budgetMs: z.coerce.number().int().positive().default(30_000),
      })
      .strict()
      .default({ concurrency: 2, attempts: 3, budgetMs: 30_000 }),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

export class ConfigError extends Error {}

export interface LoadOptions {
  /** Path of the config file (else DYAD_CONFIG, else ./dyad.config.json when it exists). */
  path?: string;
  env?: NodeJS.ProcessEnv;
  /** Values from command-line flags; undefined entries are ignored. */
  flags?: {
    database?: string;
    queue?: string;
    host?: string;
    port?: string | number;
    token?: string;
    dictionaries?: string[];
  };
}

/** Where the config was read from, for `dyad doctor` to tell the user. */
export interface LoadedConfig {
  config: Config;
  file: string | null;
}

function readFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new ConfigError(`cannot read config file ${path}: ${(err as Error).message}`);
  }
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new Error("the top level must be an object");
    return value as Record<string, unknown>;
  } catch (err) {
    throw new ConfigError(`config file ${path} is not valid JSON: ${(err as Error).message}`);
  }
}

function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== "")) as Partial<T>;
}

export function loadConfig(options: LoadOptions = {}): LoadedConfig {
  const env = options.env ?? process.env;
  const explicit = options.path ?? env.DYAD_CONFIG;
  const file = explicit ? resolve(explicit) : existsSync(CONFIG_FILE) ? resolve(CONFIG_FILE) : null;
  if (explicit && !existsSync(file!)) throw new ConfigError(`config file ${file} does not exist`);
  const fromFile = file ? readFile(file) : {};
  const fileServer = (fromFile.server ?? {}) as Record<string, unknown>;
  const fileWorker = (fromFile.worker ?? {}) as Record<string, unknown>;
  const flags = options.flags ?? {};

  const merged = {
    ...fromFile,
    ...defined({
      database: flags.database ?? env.DYAD_DATABASE_URL ?? env.DYAD_DB,
      queue: flags.queue ?? env.DYAD_QUEUE_URL ?? env.DYAD_REDIS_URL,
      queueName: env.DYAD_QUEUE_NAME,
      verbDictionary: env.DYAD_VERB_DICTIONARY,
    }),
    dictionaries:
      flags.dictionaries && flags.dictionaries.length > 0
        ? flags.dictionaries
        : env.DYAD_DICTIONARIES
          ? env.DYAD_DICTIONARIES.split(",").filter(Boolean)
          : fromFile.dictionaries,
    server: {
      ...fileServer,
      ...defined({
        host: flags.host ?? env.DYAD_HOST,
        port: flags.port ?? env.DYAD_PORT,
        token: flags.token ?? env.DYAD_API_TOKEN,
        bodyLimit: env.DYAD_BODY_LIMIT,
        rateLimit: env.DYAD_RATE_LIMIT,
      }),
    },
    worker: {
      ...fileWorker,
      ...defined({
        concurrency: env.DYAD_WORKER_CONCURRENCY,
        attempts: env.DYAD_WORKER_ATTEMPTS,
        budgetMs: env.DYAD_BUDGET_MS,
      }),
    },
  };
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.join(".") || "config";
    throw new ConfigError(`invalid configuration (${file ?? "environment"}): ${where}: ${issue.message}`);
  }
  return { config: parsed.data, file };
}

/** The config with secrets masked, for printing. */
export function redacted(config: Config): Config {
  const mask = (url: string | undefined) => url?.replace(/\/\/([^:/@]+):([^@]+)@/, "//$1:***@");
  return {
    ...config,
    database: mask(config.database)!,
    queue: mask(config.queue),
    server: { ...config.server, token: config.server.token ? "***" : undefined },
  };
}
