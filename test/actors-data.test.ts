// The knowledge files: well-formed rows, and the coverage the issue asks for (leaders and foreign
// ministers of the G20 and the permanent Security Council members, every year from 2015).
import assert from "node:assert/strict";
import { test } from "node:test";
import { officeAt } from "../src/actors/kb.js";
import { loadKnowledgeBase } from "../src/actors/kb-load.js";

const kb = loadKnowledgeBase();
const ISO = /^\d{4}-\d{2}-\d{2}$/;

test("people: valid dates, start before end, codes in upper case", () => {
  for (const p of kb.people.values()) {
    for (const o of p.offices) {
      assert.ok(o.start === null || ISO.test(o.start), `${p.key} start ${o.start}`);
      assert.ok(o.end === null || ISO.test(o.end), `${p.key} end ${o.end}`);
      if (o.start && o.end) assert.ok(o.start < o.end, `${p.key}: ${o.start} < ${o.end}`);
      assert.match(o.code, /^(---|[A-Z]{3})[A-Z]*$/, `${p.key} code ${o.code}`);
    }
  }
});

test("codes point at known countries, regions or organisations", () => {
  const roots = new Set([...kb.countries.keys(), ...kb.regions.keys()]);
  for (const p of kb.people.values()) {
    for (const o of p.offices) {
      const root = o.code.slice(0, 3);
      assert.ok(root === "---" || root === "IGO" || roots.has(root), `${p.key}: ${o.code}`);
    }
  }
  for (const o of kb.organisations.values()) {
    const root = o.code.slice(0, 3);
    assert.ok(["IGO", "NGO", "---"].includes(root) || roots.has(root), `${o.key}: ${o.code}`);
  }
});

test("sizes the issue asks for", () => {
  const igos = [...kb.organisations.values()].filter((o) => o.kind === "igo" || o.kind === "ngo");
  assert.ok(igos.length >= 60, `${igos.length} international organisations`);
  assert.ok(kb.countries.size >= 193, `${kb.countries.size} countries`);
  assert.ok(kb.head("central bank governor") && kb.head("rebel commander") && kb.head("state councilor"));
});

const G20_P5 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA".split(" ");
const FOREIGN = /foreign|secretary of state|external affairs|international relations/;
const LEADER = /president|prime minister|premier|chancellor|king|queen|emperor|crown prince/;

test("every G20 and P5 country has a leader and a foreign minister in mid-July of each year 2015-2025", () => {
  const missing: string[] = [];
  for (let y = 2015; y <= 2025; y++) {
    const date = `${y}-07-15`;
    for (const c of G20_P5) {
      const holders = [...kb.people.values()]
        .map((p) => officeAt(p, date))
        .filter((o) => o !== null && o.code === `${c}GOV`);
      if (!holders.some((o) => LEADER.test(o!.role))) missing.push(`${c} leader ${y}`);
      if (!holders.some((o) => FOREIGN.test(o!.role))) missing.push(`${c} foreign minister ${y}`);
    }
    const eu = [...kb.people.values()].map((p) => officeAt(p, date)).filter((o) => o?.code === "IGOEUREEC");
    if (!eu.some((o) => /high representative/.test(o!.role))) missing.push(`EU foreign policy chief ${y}`);
  }
  assert.deepEqual(missing, []);
});
