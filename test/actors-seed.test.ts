// The canonical example (DESIGN.md): every actor it lists, with country and sector, and "Wang"/"he"
// resolved to Wang Yi. Reads the page from ../shared at run time; skips when it is absent.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createResolveStage } from "../src/actors/stage.js";
import { type Document, DocumentSchema } from "../src/model/index.js";
import { textDocument } from "../src/pipeline/document.js";
import { sharedPath } from "../src/util/shared.js";

const seedPath = sharedPath("seed/article-2022-03-07.txt");

async function seedDocument(): Promise<Document> {
  const { readFileSync } = await import("node:fs");
  const raw = readFileSync(seedPath!, "utf8");
  // The page starts with breadcrumbs, then the headline; the body is everything after the headline.
  const lines = raw.split("\n");
  const headline = lines.findIndex((l) => l.trim().split(/\s+/).length > 6);
  const body = lines
    .slice(headline + 1)
    .join("\n")
    .trim();
  let doc = DocumentSchema.parse({
    ...textDocument("seed", body, "2022-03-07"),
    title: lines[headline],
  });
  try {
    const nlp = (await import("../src/nlp/stage.js")) as {
      createAnalyseStage(c: object): Promise<{ run(d: Document): Document }>;
    };
    doc = (await nlp.createAnalyseStage({})).run(doc);
  } catch {
    // The analyse stage is optional here: the resolver works from its own tokens.
  }
  return doc;
}

test("seed article: every listed actor with country and sector", {
  skip: seedPath ? false : "seed absent",
}, async () => {
  const stage = await createResolveStage({});
  const doc = stage.run(await seedDocument());
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  // The mention that covers the first character of the n-th occurrence of a phrase.
  const mentionAt = (phrase: string, nth = 0) => {
    let at = -1;
    for (let n = 0, from = 0; n <= nth; n++, from = at + 1) {
      at = doc.body.indexOf(phrase, from);
      if (at < 0) return null;
    }
    return doc.mentions.find((x) => x.start <= at && x.end > at) ?? null;
  };
  const idOf = (phrase: string, nth = 0) => mentionAt(phrase, nth)?.actorId ?? null;
  const codeOf = (phrase: string, nth = 0) => {
    const id = idOf(phrase, nth);
    return id ? (byId.get(id)?.code ?? null) : null;
  };
  const expected: [string, string][] = [
    ["Wang Yi", "CHNGOV"],
    ["Xi Jinping", "CHNGOV"],
    ["Vladimir Putin", "RUSGOV"],
    ["Antony Blinken", "USAGOV"],
    ["Josep Borrell", "IGOEUREEC"],
    ["Dmytro Kuleba", "UKRGOV"],
    ["Nicolás Maduro", "VENGOV"],
    ["Sberbank", "RUSBUS"],
    ["Alfa Bank", "RUSBUS"],
    ["Tinkoff", "RUSBUS"],
    ["Visa", "USABUS"],
    ["MasterCard", "USABUS"],
    ["UnionPay", "CHNBUS"],
    ["Mir", "RUSBUS"],
    ["Kremlin", "RUSGOV"],
  ];
  for (const [phrase, code] of expected) assert.equal(codeOf(phrase), code, phrase);
  // "Beijing" as an agent is the government; the first "Beijing" is a place ("in Beijing").
  const agentBeijing = doc.body.indexOf("Beijing is");
  assert.ok(agentBeijing > 0, "the page says Beijing is prepared");
  assert.equal(codeOf("Beijing is"), "CHNGOV");
  assert.equal(idOf("in Beijing"), null);
  // Short names and pronouns.
  assert.equal(idOf("Wang told"), "kb:wang-yi");
  assert.equal(idOf("Wang spoke"), "kb:wang-yi");
  const heSaid = doc.mentions.find(
    (m) => m.kind === "pronoun" && doc.body.slice(m.end, m.end + 5) === " said",
  );
  assert.equal(heSaid?.actorId, "kb:wang-yi");
  assert.equal(byId.get("kb:wang-yi")?.role, "state councilor and foreign minister");
  // Group nouns.
  assert.equal(codeOf("Russian banks"), "RUSBUS");
  assert.equal(codeOf("Chinese officials"), "CHNGOV");
});
