import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { corpusPath } from "../../util/shared.js";
import {
  codeAt,
  DictionaryError,
  dictionaryKind,
  loadDictionaries,
  parseActorDictionary,
  parseAgentDictionary,
  parseCodeSpec,
  parseDictDate,
  parseDiscardDictionary,
  parsePhrase,
} from "./index.js";

test("dates: six-digit years pivot at 30, eight-digit years are literal", () => {
  assert.equal(parseDictDate("950601"), "1995-06-01");
  assert.equal(parseDictDate("061231"), "2006-12-31");
  assert.equal(parseDictDate("20121109"), "2012-11-09");
  assert.equal(parseDictDate("991301"), null);
  assert.equal(parseDictDate("12345"), null);
});

test("code specs: default, before, after and ranges become inclusive bounds", () => {
  assert.deepEqual(parseCodeSpec("USAGOV"), { code: "USAGOV", from: null, to: null });
  assert.deepEqual(parseCodeSpec("HOB <950601"), { code: "HOB", from: null, to: "1995-05-31" });
  assert.deepEqual(parseCodeSpec("HOBELI >20130119"), { code: "HOBELI", from: "2013-01-20", to: null });
  assert.deepEqual(parseCodeSpec("IGOUNO  820101-911231"), {
    code: "IGOUNO",
    from: "1982-01-01",
    to: "1991-12-31",
  });
  assert.equal(parseCodeSpec("ARMUNR 9008223-911221"), null);
});

test("phrases: underscores join adjacent words, a final word without _ is a stem", () => {
  const p = parsePhrase("PRESIDENT_GEORGE_W._BUSH")!;
  assert.deepEqual(
    p.words.map((w) => w.text),
    ["PRESIDENT", "GEORGE", "W.", "BUSH"],
  );
  assert.equal(p.words[3].stem, true);
  assert.equal(parsePhrase("AFGHANISTAN_")!.words[0].stem, false);
  const gap = parsePhrase("HAMAS WING")!;
  assert.equal(gap.words[1].gapBefore, true);
});

test("actor blocks: synonyms, indented date-restricted codes, codes on the phrase line", () => {
  const text = [
    "# a comment",
    "<!-- a one-line comment -->",
    "<!--",
    "# spanning",
    "-->",
    "FREEDONIA_ [FRD]",
    "+FREEDONIAN_ ",
    "RUFUS_T._FIREFLY_  # leader",
    "+FIREFLY_",
    "\t[FRDGOV 330101-331231]",
    "\t[FRDELI]",
    "TRENTINO_\t[SYLGOV <330601] [SYLELI]",
    "\t[BROKEN 99-99]",
    "+ORPHAN_AFTER_BLOCK",
  ].join("\n");
  const { entries, warnings } = parseActorDictionary(text, "toy");
  assert.equal(entries.length, 3);
  assert.deepEqual(
    entries[0].phrases.map((p) => p.raw),
    ["FREEDONIA_", "FREEDONIAN_"],
  );
  assert.equal(codeAt(entries[1].codes, "1933-05-01"), "FRDGOV");
  assert.equal(codeAt(entries[1].codes, "1950-01-01"), "FRDELI");
  assert.equal(codeAt(entries[1].codes, null), "FRDELI");
  assert.equal(codeAt(entries[2].codes, "1933-01-01"), "SYLGOV");
  assert.equal(codeAt(entries[2].codes, "1934-01-01"), "SYLELI");
  assert.equal(entries[2].phrases.length, 2);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /toy:13/);
});

test("agents: suffix and prefix codes, substitution sets, regular and irregular plurals", () => {
  const text = [
    "!PERSON! = MAN, WOMAN",
    "FOREIGN_MINISTER [~GOV]",
    "POLICE {} [ ~COP]",
    "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]",
    "CONGRESS!PERSON! [~LEG]",
    "HUMAN_RIGHTS_BODY  [NGO~]",
    "NO CODE HERE",
  ].join("\n");
  const { entries, warnings } = parseAgentDictionary(text, "toy");
  const raws = entries.map((e) => `${e.phrase.raw}:${e.code}:${e.position}:${e.plural}`);
  assert.ok(raws.includes("FOREIGN_MINISTER:GOV:suffix:false"));
  assert.ok(raws.includes("FOREIGN_MINISTERS:GOV:suffix:true"));
  assert.ok(raws.includes("POLICE:COP:suffix:false"));
  assert.ok(!raws.some((r) => r.startsWith("POLICES")));
  assert.ok(raws.includes("ATTORNEYS_GENERAL:JUD:suffix:true"));
  assert.ok(raws.includes("CONGRESSMAN:LEG:suffix:false"));
  assert.ok(raws.includes("CONGRESSWOMAN:LEG:suffix:false"));
  assert.ok(raws.includes("HUMAN_RIGHTS_BODIES:NGO:prefix:true"));
  assert.equal(warnings.length, 1);
});

test("discards: + marks a whole-story discard", () => {
  const { entries } = parseDiscardDictionary("MONTHS LATER\n+World Golf Championships # sports\n");
  assert.deepEqual(entries[0], {
    words: ["MONTHS", "LATER"],
    scope: "sentence",
    line: 1,
    source: "discards",
  });
  assert.equal(entries[1].scope, "story");
  assert.deepEqual(entries[1].words, ["WORLD", "GOLF", "CHAMPIONSHIPS"]);
});

test("kind comes from the file name, else from the content", () => {
  assert.equal(dictionaryKind("/x/Phoenix.agents.txt", ""), "agents");
  assert.equal(dictionaryKind("/x/mine.txt", "POLICE [~COP]"), "agents");
  assert.equal(dictionaryKind("/x/mine.txt", "FREEDONIA [FRD]"), "actors");
  assert.equal(dictionaryKind("/x/mine.txt", "MONTHS LATER"), "discards");
});

test("hostile input: binary noise and huge lines give warnings, not exceptions", () => {
  const noise = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join("");
  const long = `${"A_".repeat(50_000)} [${"X".repeat(300)}]\n[[[[ ]]]]\n+\n\t[`;
  for (const t of [noise, long]) {
    assert.doesNotThrow(() => parseActorDictionary(t));
    assert.doesNotThrow(() => parseAgentDictionary(t));
    assert.doesNotThrow(() => parseDiscardDictionary(t));
  }
});

test("loadDictionaries: a missing file is one clear error", () => {
  assert.throws(() => loadDictionaries(["/nonexistent/dyad.actors.txt"]), DictionaryError);
  const dir = mkdtempSync(join(tmpdir(), "dyad-dict-"));
  try {
    writeFileSync(join(dir, "mine.actors.txt"), "FREEDONIA_ [FRD]\n");
    writeFileSync(join(dir, "mine.verbs.txt"), "--- SAY [010] ---\n");
    const d = loadDictionaries([join(dir, "mine.actors.txt"), join(dir, "mine.verbs.txt")]);
    assert.equal(d.actors.length, 1);
    assert.match(d.warnings[0], /verb dictionary/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const validate = corpusPath("petrarch/dictionaries/PETR.Validate.actors.txt");
test("PETRARCH Validate dictionaries load, with SAM_GAMGEE's date restrictions", {
  skip: validate ? false : "shared corpus absent",
}, () => {
  const dir = validate!.replace(/PETR\.Validate\.actors\.txt$/, "");
  const d = loadDictionaries(["actors", "agents", "discards"].map((k) => `${dir}PETR.Validate.${k}.txt`));
  const sam = d.actors.find((a) => a.primary === "SAM_GAMGEE")!;
  assert.equal(codeAt(sam.codes, "2007-06-01"), "HOBCIV");
  assert.equal(codeAt(sam.codes, "2010-01-10"), "ORCHOB");
  assert.equal(codeAt(sam.codes, "2011-06-01"), "HOBMIL");
  assert.equal(codeAt(sam.codes, "2012-12-01"), "HOBGOV");
  assert.equal(codeAt(sam.codes, "2014-01-01"), "HOBELI");
  const gollum = d.actors.find((a) => a.primary === "GOLLUM")!;
  assert.deepEqual(
    gollum.phrases.map((p) => p.raw),
    ["GOLLUM", "SMEAGOL", "SLINKER", "STINKER"],
  );
  assert.ok(d.agents.some((a) => a.phrase.raw === "!MINST!_OF_SILLY_WALKS".replace("!MINST!", "MINISTRY")));
  assert.ok(d.discards.some((x) => x.scope === "story"));
});
