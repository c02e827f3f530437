// Speaker names from source spans when no actor resolver ran (SpeakerResolver's fallback).
import assert from "node:assert/strict";
import { test } from "node:test";
import { bareName, SpeakerResolver } from "../src/quotes/speaker.js";

test("the bare name keeps a name that ends in 'of' and one word", () => {
  assert.equal(bareName("South Korea's Joint Chiefs of Staff"), "South Korea's Joint Chiefs of Staff");
  assert.equal(bareName("the Bank of England"), "Bank of England");
  assert.equal(bareName("Secretary of State Ana Ruiz"), "Ana Ruiz");
  assert.equal(bareName("Chilean Foreign Minister Ana Ruiz"), "Ana Ruiz");
});

test("an organisation's whole name: a company's legal form, 'Institute for the Study of X'", () => {
  assert.equal(bareName("Chilean Copper Ltd"), "Chilean Copper Ltd");
  assert.equal(bareName("the Institute for Fiscal Studies"), "Institute for Fiscal Studies");
  assert.equal(
    bareName("a report by the Institute for the Study of Harbours"),
    "Institute for the Study of Harbours",
  );
  assert.equal(bareName("the Council on Coastal Affairs"), "Council on Coastal Affairs");
});

test("'it' is never resolved to a person, 'she' is", () => {
  const body = "Ana Ruiz spoke first. It said the plan had failed. She said so too.";
  const r = new SpeakerResolver({ body, mentions: [], actors: [] });
  assert.equal(r.resolve(0, 8).name, "Ana Ruiz");
  const it = body.indexOf("It");
  assert.equal(r.resolve(it, it + 2).name, "It");
  const she = body.indexOf("She");
  assert.equal(r.resolve(she, she + 3).name, "Ana Ruiz");
});

/** The mayor of the invented harbour stories below. */
const ruiz = {
  id: "p:ruiz",
  name: "Ana Ruiz",
  code: "CHLGOV",
  type: "person" as const,
  country: "CHL",
  sectors: ["GOV"],
  role: null,
};

test("'X, who said ...' speaks for X, and actors inside a relative clause on the speaker are not the speaker", () => {
  const body = "Mayor Ana Ruiz, who named Judge Tomas Vega to the harbour court, said the fees were fair.";
  const court = {
    id: "g:court",
    name: "Chile judiciary",
    code: "CHLJUD",
    type: "government" as const,
    country: "CHL",
    sectors: ["JUD"],
    role: null,
  };
  const at = (s: string) => body.indexOf(s);
  const mentions = [
    {
      start: at("Mayor Ana Ruiz"),
      end: at("Mayor Ana Ruiz") + 14,
      text: "Mayor Ana Ruiz",
      kind: "name" as const,
      sentence: 0,
      actorId: ruiz.id,
    },
    {
      start: at("harbour court"),
      end: at("harbour court") + 13,
      text: "harbour court",
      kind: "nominal" as const,
      sentence: 0,
      actorId: court.id,
    },
  ];
  const r = new SpeakerResolver({ body, mentions, actors: [ruiz, court] });
  const who = at("who");
  assert.equal(r.resolve(who, who + 3).name, "Ana Ruiz");
  const source = body.slice(0, at(", said"));
  assert.equal(r.resolve(0, source.length).name, "Ana Ruiz");
});

test("'a voter close to the mayor' is not the mayor: the actor after the adjective's preposition is not the speaker", () => {
  const body = "“The ferry will wait,” said one voter close to Mayor Ana Ruiz.";
  const start = body.indexOf("Mayor Ana Ruiz");
  const mentions = [
    { start, end: start + 14, text: "Mayor Ana Ruiz", kind: "name" as const, sentence: 0, actorId: ruiz.id },
  ];
  const r = new SpeakerResolver({ body, mentions, actors: [ruiz] });
  const src = body.indexOf("one voter");
  const sp = r.resolve(src, body.length - 1);
  assert.equal(sp.actorId, null, "the voter has no actor of their own");
  assert.equal(sp.name, "one voter close to Mayor Ana Ruiz", "the phrase names the speaker");
});

test("'Tom Okafor, a Ruiz supporter who ...': a name before the comma that resolves to no actor is still the speaker, not the actor in its description", () => {
  const body =
    "“The pier must stay,” said harbour pilot Tom Okafor, a Ruiz supporter who founded the Ferry Club.";
  const name = body.indexOf("Tom Okafor");
  const named = body.indexOf("Ruiz supporter");
  const mentions = [
    { start: name, end: name + 10, text: "Tom Okafor", kind: "name" as const, sentence: 0, actorId: null },
    { start: named, end: named + 4, text: "Ruiz", kind: "name" as const, sentence: 0, actorId: ruiz.id },
  ];
  const r = new SpeakerResolver({ body, mentions, actors: [ruiz] });
  const src = body.indexOf("harbour pilot");
  const sp = r.resolve(src, body.length - 1);
  assert.equal(
    sp.actorId,
    null,
    "the mayor is only named in the pilot's description, so she is not the speaker",
  );
  assert.equal(sp.name, "Tom Okafor", "the name before the appositive names the speaker");
});

test("'Lutheran harbour chaplain and author Mia Lund': a name closing the phrase is the speaker, not the church before it", () => {
  const body = "Lutheran harbour chaplain and author Mia Lund said the pier should stay open.";
  const church = {
    id: "r:lutheran",
    name: "Lutheran Church",
    code: "REL",
    type: "organisation" as const,
    country: null,
    sectors: ["REL"],
    role: null,
  };
  const mentions = [
    { start: 0, end: 8, text: "Lutheran", kind: "name" as const, sentence: 0, actorId: church.id },
  ];
  const r = new SpeakerResolver({ body, mentions, actors: [church] });
  const sp = r.resolve(0, body.indexOf(" said"));
  assert.equal(sp.actorId, null, "the adjective's church describes the chaplain; it is not the speaker");
  assert.equal(sp.name, "Mia Lund", "the name at the end of the phrase names the speaker");
});

test("'Mia Lund of Harbour Watch': a name after a preposition is whom the named speaker belongs to", () => {
  const body = "Mia Lund of Harbour Watch said the pier should stay open.";
  const lund = { ...ruiz, id: "p:lund", name: "Mia Lund" };
  const mentions = [
    { start: 0, end: 8, text: "Mia Lund", kind: "name" as const, sentence: 0, actorId: lund.id },
  ];
  const r = new SpeakerResolver({ body, mentions, actors: [lund] });
  assert.equal(
    r.resolve(0, body.indexOf(" said")).name,
    "Mia Lund",
    "the mention before 'of' is the speaker",
  );
});
