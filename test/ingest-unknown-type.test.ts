// A file of an unknown type (README, "Bad input") is rejected instead of being read as a news article,
// unless its bytes show a format a reader knows (a crawler's page.php is still HTML).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { gzipSync } from "node:zlib";
import { readInputs } from "../src/ingest/read.js";
import { unknownExtension } from "../src/ingest/sniff.js";
import { isReject, type ReadItem } from "../src/ingest/types.js";
import type { Reject } from "../src/model/index.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-unknown-"));
after(() => rmSync(dir, { recursive: true, force: true }));

async function all(it: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const TEXT =
  "Ruritania recalled its ambassador from Freedonia on Monday after a border shooting, officials said.\n";
const PAGE = `<!doctype html><html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>${TEXT}</p></article></body></html>`;

test("unknownExtension flags extensions no reader knows, not known ones, bare names or numeric suffixes", () => {
  assert.equal(unknownExtension("a/b/script.py"), ".py");
  assert.equal(unknownExtension("data.CSV"), ".csv");
  assert.equal(unknownExtension("notes.log.gz"), ".log");
  for (const name of [
    "a.txt",
    "b.HTML",
    "c.htm.gz",
    "d.md",
    "e.jsonl",
    "f.warc.gz",
    "g.rss",
    "noext",
    "APW19980807.0261",
  ])
    assert.equal(unknownExtension(name), null, name);
});

test("a text file with an unknown extension is rejected; HTML behind one, and extensionless text, are read", async () => {
  writeFileSync(join(dir, "script.py"), `def main():\n    """${TEXT}"""\n    return 0\n`);
  writeFileSync(join(dir, "table.csv"), "country,partner,value\nUSA,CHN,10\n");
  writeFileSync(join(dir, "notes.log.gz"), gzipSync(TEXT));
  writeFileSync(join(dir, "page.php"), PAGE);
  writeFileSync(join(dir, "APW20240603.0001"), TEXT);
  writeFileSync(join(dir, "story.txt"), TEXT);
  const items = await all(readInputs([dir]));
  const rejected = items.filter((x): x is Reject => isReject(x));
  assert.deepEqual(rejected.map((r) => r.source.split("/").pop()).sort(), [
    "notes.log.gz",
    "script.py",
    "table.csv",
  ]);
  for (const r of rejected) {
    assert.equal(r.stage, "read");
    assert.match(r.reason, /^unknown file type "\.(py|csv|log)"/);
  }
  const read = items.filter((x) => !isReject(x)).map((d) => (d as { uri: string }).uri.split("/").pop());
  assert.deepEqual(read.sort(), ["APW20240603.0001", "page.php", "story.txt"]);
});
