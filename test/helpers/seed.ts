// The canonical example page (../shared/seed, never copied into the repository), read the way the
// product reads it: through extraction, so tests see the body, date and captions a user would get.
import { readFileSync } from "node:fs";
import { extractArticle } from "../../src/ingest/extract.js";
import type { Document } from "../../src/model/index.js";
import { newDocument } from "../../src/pipeline/document.js";
import { sharedPath } from "../../src/util/shared.js";

export const SEED_PATH = sharedPath("seed/article-2022-03-07.txt");
export const SEED_SKIP: string | false = SEED_PATH ? false : "the shared seed page is absent";

/** The seed page as an extracted Document without analysis layers (call only when SEED_PATH is set). */
export function seedDocument(): Document {
  if (!SEED_PATH) throw new Error("the shared seed page is absent");
  return newDocument(
    extractArticle({ uri: SEED_PATH, bytes: readFileSync(SEED_PATH), hints: { contentType: "text/plain" } }),
  );
}
