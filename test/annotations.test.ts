// The hand-annotated sets in eval/data: their size and coverage (per split, every CAMEO root), label
// consistency with the CAMEO tables, and - when ../shared is there - every offset against the corpus.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import {
  type AnnotationKind,
  annotationPath,
  checkSpan,
  loadAnnotations,
  readAnnotationRecords,
  type Split,
} from "../eval/lib-annotations.js";
import { heldOutIds } from "../src/nlp/train/ner-companies.js";
import { corpusPath } from "../src/util/shared.js";

const SPLITS: Split[] = ["dev", "test"];
const ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0"));
const newsPresent = corpusPath("news/reuters21578.jsonl.gz") !== null;

function docs(records: { doc: string }[]): Set<string> {
  return new Set(records.map((r) => r.doc));
}

test("an article belongs to one split across all three sets", () => {
  const splitOf = new Map<string, Split>();
  for (const kind of ["actors", "events", "places"] as AnnotationKind[]) {
    for (const r of readAnnotationRecords(kind)) {
      const seen = splitOf.get(r.doc);
      assert.ok(!seen || seen === r.split, `${r.doc} is in both splits (${kind})`);
      splitOf.set(r.doc, r.split);
    }
  }
  const testShare = [...splitOf.values()].filter((s) => s === "test").length / splitOf.size;
  assert.ok(testShare > 0.35 && testShare < 0.65, `test share of articles ${testShare.toFixed(2)}`);
});

test("actor set: size, articles, and each split usable on its own", () => {
  const all = readAnnotationRecords("actors");
  assert.ok(all.length >= 200, `${all.length} actor mentions`);
  assert.ok(docs(all).size >= 25, `${docs(all).size} articles`);
  for (const split of SPLITS) {
    const part = all.filter((r) => r.split === split);
    assert.ok(part.length >= 0.35 * all.length, `${split}: ${part.length} of ${all.length}`);
    for (const type of ["person", "country", "government", "group", "media", "igo", "company"]) {
      assert.ok(
        part.some((r) => r.type === type),
        `${split} has no ${type} mention`,
      );
    }
  }
  for (const r of all) {
    if (r.type === "country")
      assert.match(r.code, /^[A-Z]{3}$/, `${r.doc} ${r.start}: a country is a bare ISO3`);
    if (r.type === "igo") assert.match(r.code, /^IGO/, `${r.doc} ${r.start}: an IGO code starts with IGO`);
  }
});

test("event set: size, articles, every CAMEO root in each split, sentences without events", () => {
  const all = readAnnotationRecords("events");
  const withEvents = all.filter((r) => r.events.length > 0);
  assert.ok(withEvents.length >= 240, `${withEvents.length} sentences with events`);
  assert.ok(docs(all).size >= 40, `${docs(all).size} articles`);
  assert.ok(
    all.length - withEvents.length >= 20,
    `${all.length - withEvents.length} sentences without events`,
  );
  const perRoot = new Map<string, number>();
  for (const r of withEvents)
    for (const root of new Set(r.events.map((e) => e.root))) {
      perRoot.set(root, (perRoot.get(root) ?? 0) + 1);
    }
  for (const root of ROOTS)
    assert.ok((perRoot.get(root) ?? 0) >= 6, `root ${root}: ${perRoot.get(root) ?? 0} sentences`);
  for (const split of SPLITS) {
    const roots = new Set(all.filter((r) => r.split === split).flatMap((r) => r.events.map((e) => e.root)));
    const absent = ROOTS.filter((root) => !roots.has(root));
    assert.deepEqual(absent, [], `${split} lacks roots ${absent.join(" ")}`);
    const part = all.filter((r) => r.split === split);
    assert.ok(part.length >= 0.35 * all.length, `${split}: ${part.length} of ${all.length}`);
  }
});

test("event labels agree with the CAMEO code table and the CAMEO-to-PLOVER mapping", {
  skip: corpusPath("cameo/CAMEO2PLOVER-2021.txt") ? false : "shared corpus absent",
}, () => {
  const codes = new Set(
    readFileSync(corpusPath("cameo/CAMEO.eventcodes.txt")!, "utf8")
      .split("\n")
      .map((l) => l.split("\t")[0].trim()),
  );
  const plover = new Map<string, string>();
  for (const line of readFileSync(corpusPath("cameo/CAMEO2PLOVER-2021.txt")!, "utf8").split("\n")) {
    const m = /^(\d{3,4}):\s*([A-Z]+)/.exec(line);
    if (m) plover.set(m[1], m[2]);
  }
  for (const r of readAnnotationRecords("events")) {
    for (const e of r.events) {
      const where = `${r.doc} ${r.start}: ${e.cameo}`;
      assert.ok(codes.has(e.cameo), `${where} is not a CAMEO code`);
      assert.equal(e.root, e.cameo.slice(0, 2), where);
      const expected =
        e.root === "01" || e.root === "02" ? null : (plover.get(e.cameo) ?? plover.get(e.cameo.slice(0, 3)));
      assert.equal(e.plover, expected, `${where} PLOVER type`);
    }
  }
});

test("place set: size, articles, kinds and splits", () => {
  const all = readAnnotationRecords("places");
  assert.ok(all.length >= 120, `${all.length} place mentions`);
  assert.ok(docs(all).size >= 25, `${docs(all).size} articles`);
  for (const split of SPLITS) {
    const part = all.filter((r) => r.split === split);
    assert.ok(part.length >= 0.35 * all.length, `${split}: ${part.length} of ${all.length}`);
    for (const kind of ["country", "region", "city"]) {
      assert.ok(
        part.some((r) => r.kind === kind),
        `${split} has no ${kind}`,
      );
    }
  }
  // The same referent is given the same coordinates wherever it is mentioned.
  const where = new Map<string, string>();
  for (const r of all) {
    const key = `${r.name}|${r.country}`;
    const at = `${r.lat},${r.lon}`;
    assert.equal(where.get(key) ?? at, at, `${key} has two positions`);
    where.set(key, at);
  }
});

test("checkSpan rejects offsets that cut a word or leave the text", () => {
  const text = "The envoy met the minister in Vienna on Tuesday.";
  assert.equal(checkSpan(text, 30, 36), "Vienna");
  assert.throws(() => checkSpan(text, 31, 36), /inside a word/);
  assert.throws(() => checkSpan(text, 30, 35), /inside a word/);
  assert.throws(() => checkSpan(text, 29, 36), /whitespace/);
  assert.throws(() => checkSpan(text, 40, 60), /outside the article/);
  assert.throws(() => checkSpan(text, 5, 5), /outside the article/);
});

for (const kind of ["actors", "events", "places"] as AnnotationKind[]) {
  test(`${kind}: every offset falls on word boundaries of the article it names`, {
    skip: newsPresent ? false : "shared corpus absent",
  }, async () => {
    const loaded = await loadAnnotations(kind);
    assert.ok(loaded, "corpus present but nothing loaded");
    assert.equal(loaded.length, readAnnotationRecords(kind).length);
    for (const r of loaded) {
      assert.equal(r.text, r.article.text.slice(r.start, r.end));
      assert.ok(r.text.length > 0);
    }
    const dev = await loadAnnotations(kind, "dev");
    assert.ok(dev && dev.length > 0 && dev.every((r) => r.split === "dev"));
  });
}

test("place and event spans look like what they claim to be", {
  skip: newsPresent ? false : "shared corpus absent",
}, async () => {
  for (const r of (await loadAnnotations("places"))!) {
    assert.match(r.text, /^[\p{Lu}\p{Ll}]/u, `${r.doc} ${r.start}: a place name starts with a letter`);
    assert.ok(r.text.length <= 40, `${r.doc} ${r.start}: place span too long`);
  }
  for (const r of (await loadAnnotations("events"))!) {
    assert.ok(!r.text.includes("\n"), `${r.doc} ${r.start}: a sentence does not cross a paragraph`);
  }
});

test("entity sets: sizes, all three labels, spans inside the region and never overlapping", () => {
  const all = readAnnotationRecords("entities");
  // set 1 ("test", tuned on since) and set 2 ("test2", fresh), each checked on its own; the exact
  // sizes guard the sets against accidental edits
  const sizes = { test: { articles: 27, entities: 226 }, test2: { articles: 39, entities: 347 } };
  for (const [split, size] of Object.entries(sizes)) {
    const part = all.filter((r) => r.split === split);
    const entities = part.flatMap((r) => r.entities);
    assert.equal(part.length, size.articles, `${split}: articles`);
    assert.equal(entities.length, size.entities, `${split}: entities`);
    for (const label of ["PER", "ORG", "LOC"]) {
      const n = entities.filter((e) => e.label === label).length;
      assert.ok(n >= 40, `${split}: ${n} ${label}, fewer than 40`);
    }
  }
  assert.equal(all.length, 27 + 39, "no entity record outside the two sets");
  for (const r of all) {
    let last = r.start;
    for (const e of r.entities) {
      assert.ok(e.start >= last && e.end > e.start && e.end <= r.end, `${r.doc} ${e.start}-${e.end}`);
      last = e.end;
    }
  }
});

test("entity sets: no article twice, none in another set, all held out of the company-name mining", () => {
  const all = readAnnotationRecords("entities");
  const ids = all.map((r) => r.doc);
  assert.equal(new Set(ids).size, ids.length, "an article is annotated twice");
  const test2 = new Set(all.filter((r) => r.split === "test2").map((r) => r.doc));
  for (const kind of ["actors", "events", "places"] as AnnotationKind[]) {
    for (const r of readAnnotationRecords(kind))
      assert.ok(!test2.has(r.doc), `${r.doc} of entity set 2 is also in ${kind}`);
  }
  const heldOut = heldOutIds(annotationPath("entities"));
  for (const id of ids) assert.ok(heldOut.has(id), `${id} is not held out of the mined company list`);
});

test("entities: every entity span falls on word boundaries of its article", {
  skip: newsPresent ? false : "shared corpus absent",
}, async () => {
  const loaded = await loadAnnotations("entities");
  assert.ok(loaded, "corpus present but nothing loaded");
  for (const r of loaded) {
    for (const e of r.entities) {
      const span = checkSpan(r.article.text, e.start, e.end, `${r.doc} ${e.start}-${e.end}`);
      assert.match(span, /^[\p{Lu}]/u, `${r.doc} ${e.start}: "${span}" starts with a capital`);
    }
  }
});
