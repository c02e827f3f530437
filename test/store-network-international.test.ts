// The country network keeps international actors apart: every IGO (or NGO) is its own node, not
// one "IGO" node for the UN, the EU and NATO together. Hand-made events.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { makeDocument, makeEvent } from "./helpers/documents.js";

const party = (code: string) => ({ start: 0, end: 3, text: code, code, actorId: `kb:${code}` });

test("country network: states cut to their country, international actors keep their own code", async () => {
  const store = new SqliteStore(":memory:");
  try {
    const events = [
      makeEvent({ id: "e1", source: party("IGOUNO"), target: party("CHNGOV") }),
      makeEvent({ id: "e2", source: party("IGOEU"), target: party("CHN") }),
      makeEvent({ id: "e3", source: party("NGOAMN"), target: party("CHNCOP") }),
      makeEvent({ id: "e4", source: party("RUSGOV"), target: party("CHNGOV") }),
    ];
    await store.saveDocument(
      makeDocument("Norway and Iceland talked about fishing in the north.", { events }),
    );
    const net = await store.network({ country: true });
    assert.deepEqual(net.nodes.map((n) => n.id).sort(), ["CHN", "IGOEU", "IGOUNO", "NGOAMN", "RUS"]);
  } finally {
    await store.close();
  }
});
