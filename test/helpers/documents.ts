// Small hand-made documents for store and API tests (the team's own words).
import { createHash } from "node:crypto";
import { type Document, DocumentSchema, type DyadEvent } from "../../src/model/index.js";

export function makeEvent(overrides: Partial<DyadEvent> = {}): DyadEvent {
  return {
    id: "e0-0",
    sentence: 0,
    evidence: { start: 0, end: 40 },
    source: { start: 0, end: 6, text: "Norway", code: "NOR", actorId: "kb:NOR" },
    target: { start: 20, end: 27, text: "Iceland", code: "ISL", actorId: "kb:ISL" },
    verb: { start: 7, end: 15, text: "welcomed" },
    cameo: "051",
    root: "05",
    plover: { type: "COOPERATE", mode: null, context: null },
    quad: 1,
    goldstein: 3.4,
    date: "2024-05-02",
    dateSource: "article",
    place: null,
    modality: "asserted",
    negated: false,
    status: "asserted",
    denies: null,
    rule: "test",
    attribution: [],
    ...overrides,
  };
}

export function makeDocument(body: string, overrides: Partial<Document> = {}): Document {
  return DocumentSchema.parse({
    source: "test://doc",
    title: body.split(/[.!?]/)[0].slice(0, 60),
    body,
    published: "2024-05-02",
    byline: null,
    publisher: "Test Wire",
    section: null,
    language: "en",
    captions: [],
    contentHash: createHash("sha256").update(body).digest("hex"),
    actors: [
      { id: "kb:NOR", name: "Norway", code: "NOR", type: "country", country: "NOR", sectors: [] },
      { id: "kb:ISL", name: "Iceland", code: "ISL", type: "country", country: "ISL", sectors: [] },
    ],
    mentions: [
      { start: 0, end: 6, text: "Norway", kind: "name", sentence: 0, actorId: "kb:NOR" },
      { start: 20, end: 27, text: "Iceland", kind: "name", sentence: 0, actorId: "kb:ISL" },
    ],
    events: [makeEvent()],
    quotes: [
      {
        id: "q0",
        kind: "direct",
        content: { start: 30, end: 50, text: "a fishing accord worth keeping" },
        source: { start: 0, end: 6, text: "Norway", actorId: "kb:NOR" },
        cue: { start: 10, end: 14, text: "said" },
        chain: [],
        sentence: 0,
        evidence: { start: 0, end: 60 },
      },
    ],
    ...overrides,
  });
}
