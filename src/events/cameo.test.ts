import assert from "node:assert/strict";
import { test } from "node:test";
import { allCameoCodes, CAMEO_ROOTS, cameoInfo, goldstein, ploverOf, quadClass, rootOf } from "./cameo.js";

test("every CAMEO root is in the table with a QuadClass that follows the root", () => {
  for (const r of CAMEO_ROOTS) {
    const info = cameoInfo(r);
    assert.ok(info, r);
    const n = Number(r);
    assert.equal(info.quad, n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4);
  }
  assert.ok(allCameoCodes().length > 300);
});

test("lookups: names, Goldstein scores and PLOVER types", () => {
  assert.equal(cameoInfo("041")?.name, "Discuss by telephone");
  assert.equal(goldstein("190"), -10);
  assert.equal(quadClass("0874"), 2);
  assert.equal(rootOf("0874"), "08");
  assert.equal(ploverOf("042")?.type, "CONSULT");
  assert.equal(ploverOf("042")?.mode, "visit");
  assert.equal(ploverOf("0841")?.type, "RETREAT");
  assert.equal(ploverOf("010"), null, "root 01 has no PLOVER type");
  assert.equal(ploverOf("023"), null, "root 02 has no PLOVER type");
});

test("unknown sub-codes fall back to their parent, unknown roots to null", () => {
  assert.equal(cameoInfo("174K")?.code, "174");
  assert.equal(cameoInfo("99"), null);
});
