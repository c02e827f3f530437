// The store's contract, run against every implementation (SQLite here; PostgreSQL where a server is up).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Store } from "../../src/store/store.js";
import { makeDocument, makeEvent } from "./documents.js";

export function storeSuite(
  name: string,
  open: () => Promise<Store>,
  options: { skip?: string | false } = {},
): void {
  describe(`store contract: ${name}`, { skip: options.skip ?? false }, () => {
    test("saves a document with its layers and reads it back", async () => {
      const store = await open();
      try {
        const doc = makeDocument("Norway welcomed Iceland's offer on Thursday, officials said.");
        const saved = await store.saveDocument(doc);
        assert.equal(saved.inserted, true);
        const back = await store.getArticle(saved.articleId);
        assert.ok(back);
        assert.equal(back.document.body, doc.body);
        assert.equal(back.document.events[0].cameo, "051");
        assert.equal(back.document.quotes[0].content.text, "a fishing accord worth keeping");
        assert.deepEqual(
          back.document.actors.map((a) => a.id),
          ["kb:NOR", "kb:ISL"],
        );
      } finally {
        await store.close();
      }
    });

    test("is idempotent by content hash: the same document twice is stored once", async () => {
      const store = await open();
      try {
        const doc = makeDocument("Chile and Peru signed a port agreement in Lima on Monday.");
        const first = await store.saveDocument(doc);
        const second = await store.saveDocument(doc);
        assert.equal(first.inserted, true);
        assert.equal(second.inserted, false);
        assert.equal(second.articleId, first.articleId);
        const c = await store.counts();
        assert.equal(c.articles, 1);
        assert.equal(c.events, 1);
        assert.equal(c.quotes, 1);
      } finally {
        await store.close();
      }
    });

    test("a document that fails mid-write rolls back alone", async () => {
      const store = await open();
      try {
        await store.saveDocument(makeDocument("Kenya hosted talks between the two delegations in Nairobi."));
        // The second event breaks a constraint after the article and first event rows were written.
        const bad = makeDocument("Ghana criticised the decision by Togo's cabinet late on Friday.", {
          events: [makeEvent(), makeEvent({ id: "e0-1" })],
        });
        bad.events[1].quad = 9; // past the schema, as a buggy stage could hand it over
        await assert.rejects(() => store.saveDocument(bad));
        await store.saveDocument(
          makeDocument("Mali and Niger agreed to reopen their shared border crossing."),
        );
        const c = await store.counts();
        assert.equal(c.articles, 2, "the failed document left no article row");
        assert.equal(c.events, 2, "the failed document left no event rows");
        const titles = (await store.listArticles()).map((a) => a.title);
        assert.ok(!titles.some((t) => t.startsWith("Ghana")));
      } finally {
        await store.close();
      }
    });

    test("full-text search, filters and cursor paging", async () => {
      const store = await open();
      try {
        await store.saveDocument(makeDocument("Brazil and Argentina discussed grain tariffs in Brasilia."));
        await store.saveDocument(
          makeDocument("Protesters marched in Santiago against the pension reform.", {
            published: "2024-06-10",
            events: [makeEvent({ cameo: "141", root: "14", quad: 3, goldstein: -6.5, date: "2024-06-10" })],
          }),
        );
        const hits = await store.listArticles({ search: "grain tariffs" });
        assert.equal(hits.length, 1);
        assert.match(hits[0].title, /Brazil/);
        assert.equal((await store.listArticles({ search: '"); DROP TABLE articles; --' })).length, 0);
        assert.equal((await store.listArticles({ from: "2024-06-01" })).length, 1);
        assert.equal((await store.listEvents({ cameo: "14" })).length, 1);
        assert.equal((await store.listEvents({ quad: 1 })).length, 1);
        assert.equal((await store.listEvents({ actor: "NOR" })).length, 2);
        const first = await store.listEvents({ limit: 1 });
        const rest = await store.listEvents({ after: first[0].id });
        assert.equal(first.length + rest.length, 2);
        assert.notEqual(rest[0].id, first[0].id);
      } finally {
        await store.close();
      }
    });

    test("near copies join one story only when they really are near copies", async () => {
      const store = await open();
      try {
        const wire =
          "Chile and Argentina agreed on Tuesday to build a new rail link across the Andes, the two transport " +
          "ministers said after a meeting in Mendoza, adding that construction would begin next spring and take " +
          "four years to finish.";
        const copy = wire
          .replace("on Tuesday", "on Tuesday afternoon")
          .replace("four years", "about four years");
        const other =
          "Ghana's central bank raised its main lending rate by one point on Monday to fight inflation, which " +
          "reached its highest level in two decades last month, the bank's governor told reporters in Accra.";
        const bands = ["b-shared-1", "b-shared-2"];
        const a = await store.saveDocument(makeDocument(wire), { bands });
        const b = await store.saveDocument(makeDocument(copy), { bands });
        const c = await store.saveDocument(makeDocument(other), { bands });
        assert.equal(b.storyKey, a.storyKey, "a near copy joins the story");
        assert.notEqual(c.storyKey, a.storyKey, "a colliding band key alone does not");
      } finally {
        await store.close();
      }
    });

    test("quotes by speaker and by words; actors with mention counts; rejects", async () => {
      const store = await open();
      try {
        await store.saveDocument(
          makeDocument("Norway said the fishing accord with Iceland was worth keeping."),
        );
        assert.equal((await store.listQuotes({ speaker: "Norway" })).length, 1);
        assert.equal((await store.listQuotes({ search: "fishing accord" })).length, 1);
        assert.equal((await store.listQuotes({ search: "volcano" })).length, 0);
        const actors = await store.listActors();
        assert.equal(actors.find((a) => a.id === "kb:NOR")?.mentions, 1);
        await store.saveReject({
          source: "bad.bin",
          stage: "read",
          reason: "binary file",
          at: new Date().toISOString(),
        });
        assert.equal((await store.listRejects())[0].reason, "binary file");
      } finally {
        await store.close();
      }
    });

    test("an event dated only to its month or year is 'on or after' a day inside that period", async () => {
      const store = await open();
      try {
        const dates = ["2024-04-30", "2024-05", "2024", "2024-05-02", "2023"];
        await store.saveDocument(
          makeDocument("Norway welcomed Iceland's offer on fishing, and both sides talked.", {
            events: dates.map((date, n) => makeEvent({ id: `e${n}`, date })),
          }),
        );
        const from = await store.listEvents({ from: "2024-05-01" });
        assert.deepEqual(from.map((r) => r.event.date).sort(), ["2024", "2024-05", "2024-05-02"]);
        const to = await store.listEvents({ to: "2024-04-30" });
        assert.deepEqual(to.map((r) => r.event.date).sort(), ["2023", "2024", "2024-04-30"]);
      } finally {
        await store.close();
      }
    });

    test("dyad timeline by day, week and month; actor network with weighted edges", async () => {
      const store = await open();
      try {
        const ev = (id: string, date: string, quad: number, goldstein: number, src = "CHNGOV", tgt = "RUS") =>
          makeEvent({
            id,
            date,
            quad,
            goldstein,
            source: { start: 0, end: 5, text: "China", code: src, actorId: null },
            target: { start: 10, end: 16, text: "Russia", code: tgt, actorId: null },
          });
        await store.saveDocument(
          makeDocument("China and Russia held talks on trade in Moscow on Monday.", {
            events: [
              ev("a", "2024-03-04", 1, 3),
              ev("b", "2024-03-05", 1, 1),
              ev("c", "2024-03-05", 4, -9),
              ev("d", "2024-03-12", 2, 6, "RUS", "CHN"),
              ev("e", "2024-03-12", 3, -2, "USA", "CHN"),
            ],
          }),
        );
        const days = await store.timeline({ source: "CHN", target: "RUS", interval: "day" });
        assert.deepEqual(
          days.map((d) => [d.period, d.events, d.verbalCooperation, d.materialConflict, d.meanGoldstein]),
          [
            ["2024-03-04", 1, 1, 0, 3],
            ["2024-03-05", 2, 1, 1, -4],
          ],
        );
        const weeks = await store.timeline({
          source: "CHN",
          target: "RUS",
          interval: "week",
          symmetric: true,
        });
        assert.deepEqual(
          weeks.map((w) => [w.period, w.events, w.materialCooperation]),
          [
            ["2024-03-04", 3, 0],
            ["2024-03-11", 1, 1],
          ],
        );
        const months = await store.timeline({
          source: "CHN",
          target: "RUS",
          interval: "month",
          to: "2024-03-04",
        });
        assert.deepEqual(
          months.map((m) => [m.period, m.events]),
          [["2024-03-01", 1]],
        );
        const net = await store.network({ country: true });
        const edge = net.edges.find((e) => e.source === "CHN" && e.target === "RUS");
        assert.equal(edge?.weight, 3);
        assert.equal(edge?.meanGoldstein, -1.667);
        assert.equal(net.nodes.find((n) => n.id === "CHN")?.events, 5);
        const fine = await store.network({ minWeight: 2 });
        assert.deepEqual(
          fine.edges.map((e) => [e.source, e.target, e.weight]),
          [["CHNGOV", "RUS", 3]],
        );
      } finally {
        await store.close();
      }
    });
  });
}
