// Names the text itself calls a firm or a charity, an outlet's bureau chief, "CIS" in American immigration
// stories, photo credits after a slash and page furniture, and short names of a longer body. Invented
// sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analysedCodeAt, analysedDoc } from "./test-analysed.js";
import { codeOn } from "./test-helpers.js";

test("a name the text calls a firm is that firm, in every mention", () => {
  const body =
    "The campaign paid for the research through Halvorsen Marsh, the law firm that represented it. " +
    "Halvorsen Marsh declined to comment on Tuesday.";
  assert.match(
    analysedCodeAt(body, "Halvorsen", "2017-10-25") ?? "",
    /BUS$/,
    "'X, the law firm' is a business",
  );
  const later = body.lastIndexOf("Halvorsen");
  const d = analysedDoc(body, "2017-10-25");
  const m = d.mentions.find((x) => x.start === later);
  const code = m?.actorId ? d.actors.find((a) => a.id === m.actorId)?.code : null;
  assert.match(code ?? "", /BUS$/, "the firm's later bare mention is the firm too");
  const called = "Mr. Orr is a partner at a law firm called Baird Okafor. Baird Okafor is running the city.";
  assert.match(
    analysedCodeAt(called, "Baird", "2013-12-04") ?? "",
    /BUS$/,
    "'a law firm called X' is a business",
  );
});

test("a town right before a firm's description is where the firm is, not the firm", () => {
  const body = "One success is Recology in San Francisco, a firm with $800 million in revenues.";
  assert.equal(analysedCodeAt(body, "San Francisco", "2019-05-01"), null, "the city is no firm");
});

test("the country in a firm's description is the firm's", () => {
  const body = "The senator has a small stake in Norvatis, the French drug manufacturer that makes the pill.";
  assert.equal(
    analysedCodeAt(body, "Norvatis", "2020-04-07"),
    "FRABUS",
    "'the French drug manufacturer' is French",
  );
});

test("a firm's description does not reach a person of the same name or a longer name", () => {
  const body =
    "Tom Bellamy started a charity called Bellamy in the Classroom. Bellamy says he is glad it helps students.";
  const says = body.indexOf("Bellamy says");
  const d = analysedDoc(body, "2019-05-01");
  const m = d.mentions.find((x) => x.start === says);
  const code = m?.actorId ? d.actors.find((a) => a.id === m.actorId)?.code : null;
  assert.doesNotMatch(code ?? "", /NGO$/, "the man is not the charity named after him");
});

test("an outlet's bureau chief beside a name works for the outlet", () => {
  const body =
    "Ann Ruiz, Breitbart's Jerusalem bureau chief, reported that rockets were fired. Ruiz said so.";
  assert.equal(
    analysedCodeAt(body, "Ann Ruiz", "2014-07-10"),
    "USAMED",
    "the city and desk words come before 'chief'",
  );
});

test("CIS in an American immigration story is the immigration agency", () => {
  const us =
    "The Trump administration wants to tighten rules for green cards. CIS Director Tom Bell said the agency " +
    "would deny more visa applications, and officials at CIS said the change starts in October.";
  assert.equal(
    codeOn(us, "CIS Director", "2019-08-12"),
    "USAGOV",
    "'CIS' is U.S. Citizenship and Immigration Services",
  );
  const east =
    "Leaders of the CIS met in Minsk, where Belarus and Kazakhstan signed a visa deal with Russia and the U.S. watched.";
  assert.equal(
    codeOn(east, "CIS", "2019-08-12"),
    "IGOCASCIS",
    "with Belarus and Kazakhstan named, the commonwealth",
  );
  const center =
    "Ann Ruiz of the Center for Immigration Studies said immigrant households in the U.S. use welfare. The CIS report said so.";
  assert.equal(
    codeOn(center, "CIS report", "2015-09-02"),
    "USANGO",
    "after the think tank is named, its initials",
  );
});

test("an agency whose acronym ends in S is 'it', not 'they'", () => {
  const body = "USCIS said on Monday that it would speed up visa renewals for immigrants in the U.S.";
  const d = analysedDoc(body, "2019-08-12");
  const at = body.indexOf("it would");
  const m = d.mentions.find((x) => x.start === at);
  const code = m?.actorId ? d.actors.find((a) => a.id === m.actorId)?.code : null;
  assert.equal(code, "USAGOV", "'it' is USCIS");
});

test("a credit after a slash names no actor, a pair of names does", () => {
  const body =
    "Supporters gathered outside the hall on Monday. | Jo Bellweather/Getty Images The senator spoke. " +
    "REUTERS/Tom Okafor The ad may not help the Trump/Pence ticket much.";
  assert.equal(analysedCodeAt(body, "Getty Images", "2019-03-08"), null, "'/Getty Images' is a credit");
  assert.equal(analysedCodeAt(body, "Tom Okafor", "2019-03-08"), null, "'REUTERS/name' is a photographer");
  assert.equal(analysedCodeAt(body, "Pence", "2019-03-08"), "USAGOV", "'Trump/Pence' still names Pence");
});

test("page furniture and holidays name no one", () => {
  const body =
    "Image copyright Tarsk General Hospital Image caption Staff work in heat. Voters need a photo ID to vote. " +
    "On Juneteenth, Ann Ruiz marched in Washington.";
  const at = (w: string) => analysedCodeAt(body, w, "2020-06-19");
  assert.equal(at("Image caption"), null, "'Image caption' is furniture");
  assert.equal(at("Tarsk General"), null, "the holder after 'Image copyright' is a credit");
  assert.equal(at("ID to"), null, "a photo ID is no one");
  assert.equal(at("Juneteenth"), null, "a holiday is no one");
});

test("a short name is the body the story already called by it, and a county is no court", () => {
  const apple =
    "Apple shares rose on Tuesday after the launch of the Apple Watch. Apple said sales of the Apple Watch " +
    "were strong, and Apple expects more.";
  const d = analysedDoc(apple, "2014-09-09");
  const at = apple.indexOf("Apple expects");
  const m = d.mentions.find((x) => x.start === at);
  const code = m?.actorId ? d.actors.find((a) => a.id === m.actorId)?.code : null;
  assert.equal(code, "USABUS", "'Apple' is Apple, not the Apple Watch");
  const county =
    "The case went to the Marlow County Family Court in March. The hearing took place at the Marlow County " +
    "courthouse, and the judge ruled in Marlow County last week.";
  assert.equal(
    analysedCodeAt(county, "Marlow County last", "2020-07-01"),
    null,
    "the county is not its court",
  );
});

test("Georgians in a story naming the state only as a place are Americans", () => {
  const body =
    'Karen Ruiz is running in Georgia\'s 6th District. "Georgians are going to decide this," she said, ' +
    "and the U.S. House majority is at stake.";
  assert.equal(codeOn(body, "Georgians", "2017-06-20"), "USA", "the state's people, not the country's");
});

test("a past head's surname before 'administration' or 'White House' is that day's government", () => {
  const body =
    "Officials in the Reagan administration sold arms abroad. Officials in the Bush and Obama administrations " +
    "were held in contempt, and the Nixon White House kept a list. Ann Ruiz made a White House bid.";
  const at = (w: string) => analysedCodeAt(body, w, "2019-05-14");
  assert.equal(at("Reagan"), "USAGOV", "'the Reagan administration' is the US government");
  assert.equal(at("Bush"), "USAGOV", "'the Bush and Obama administrations' too");
  assert.equal(at("Nixon"), "USAGOV", "'the Nixon White House' too");
});

test("a storm's given name after the story named the storm, and bills and rules, are no one", () => {
  const body =
    "Superstorm Sandy hit the coast in 2012. Gov. Tom Bell said relief for Sandy came late, and he blamed " +
    "the Heartbeat Bill and the Byrd Rule. Judge Bill English said he agreed.";
  const at = (w: string) => analysedCodeAt(body, w, "2014-01-13");
  assert.equal(at("Sandy came"), null, "'Sandy' is the storm");
  assert.equal(at("Heartbeat"), null, "'the Heartbeat Bill' is a law");
  assert.equal(at("Byrd"), null, "'the Byrd Rule' is a rule");
  assert.notEqual(at("Bill English"), null, "'Judge Bill English' is still a judge");
});

test("one hyphenated word of a name and a noun, or of two known names, names no one", () => {
  const body =
    "The Clinton-emails probe ended, the Trump-Russia inquiry began, and Trump-tied officials met. " +
    "Rep. Alexandria Ocasio-Cortez spoke, and Ban Ki-moon agreed.";
  const at = (w: string) => analysedCodeAt(body, w, "2018-06-15");
  assert.equal(at("Clinton-emails"), null, "'Clinton-emails' qualifies 'probe'");
  assert.equal(at("Trump-Russia"), null, "'Trump-Russia' joins two known names");
  assert.equal(at("Trump-tied"), null, "'Trump-tied' qualifies 'officials'");
  assert.notEqual(at("Ocasio-Cortez"), null, "a double-barrelled surname is a person");
});
