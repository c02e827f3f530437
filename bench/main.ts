// `npm run bench -- <suite> [args]` (see eval/lib-suites.ts).
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { runSuites } from "../eval/lib-suites.js";

await runSuites("bench", dirname(fileURLToPath(import.meta.url)), process.argv.slice(2));
