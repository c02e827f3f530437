// `npm run eval -- <suite> [args]` (see lib-suites.ts).
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { runSuites } from "./lib-suites.js";

await runSuites("eval", dirname(fileURLToPath(import.meta.url)), process.argv.slice(2));
