#!/usr/bin/env node
// Runs the TypeScript sources through tsx's loader (cached after the first run), so a fresh clone
// needs no build step and the CLI can never run stale output.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

register();
process.env.DYAD_CLI_MAIN = "1";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
await import(pathToFileURL(join(root, "src", "cli", "main.ts")).href);
