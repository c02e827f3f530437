import assert from "node:assert/strict";
import { test } from "node:test";
import { quotesForText } from "../src/quotes/jsonl.js";
import { analysed, byCue, type Shown } from "../src/quotes/test-helpers.js";

// Attributions beyond quotes, with and without the analyse stage. Sentences written for these tests.

function plain(text: string): Shown[] {
  return quotesForText(text).map((q) => ({
    source: q.source?.text ?? null,
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    content: text.slice(q.content.start, q.content.end),
  }));
}

// PolNeAR's sources keep the asides between the name and the cue, so the source runs to the comma.
test("a subject separated from its cue by an age and a long relative clause", () => {
  const text =
    "Tom Baker, 61, who has farmed the valley since the drought of his youth, said the dam would fail.";
  for (const list of [analysed(text), plain(text)]) {
    const q = byCue(list, "said");
    assert.equal(q?.source, "Tom Baker, 61, who has farmed the valley since the drought of his youth");
    assert.equal(q?.content, "the dam would fail");
  }
});

test("a fronted time phrase before a subject with a long aside", () => {
  const text =
    "On Tuesday, Maria Lopez, who once ran a bakery in the small town of Elmwood before the flood came, said that the levee failed.";
  const q = byCue(analysed(text), "said");
  assert.equal(
    q?.source,
    "Maria Lopez, who once ran a bakery in the small town of Elmwood before the flood came",
  );
  assert.equal(q?.content, "that the levee failed");
});

test("a relative clause ending in a quoted word does not swallow the main clause", () => {
  const text = 'Ann Smith, who calls the plan a "mess," said she doubts it will pass.';
  const list = analysed(text);
  const said = byCue(list, "said");
  assert.equal(said?.source, "Ann Smith");
  assert.equal(said?.content, "she doubts it will pass");
  assert.equal(byCue(list, "calls")?.content, 'the plan a "mess,"');
});

test("an inverted pronoun after a quote still ends its clause", () => {
  const text = '"We will rebuild," said he.';
  assert.equal(byCue(analysed(text), "said")?.source, "he");
});

test("cue verbs of protest, votes and issued orders", () => {
  const cases: Array<[string, string, string, string]> = [
    ["The mayor railed against the new parking fees.", "The mayor", "railed against", "the new parking fees"],
    [
      "Most council members voted for the harbour plan.",
      "Most council members",
      "voted for",
      "the harbour plan",
    ],
    [
      "The ferry company issued new timetables for the winter.",
      "The ferry company",
      "issued",
      "new timetables for the winter",
    ],
    [
      "The judge ordered a recount in three districts.",
      "The judge",
      "ordered",
      "a recount in three districts",
    ],
  ];
  for (const [text, source, cue, content] of cases) {
    for (const list of [analysed(text), plain(text)]) {
      const q = byCue(list, cue);
      assert.ok(q, `${cue} in ${text}`);
      assert.equal(q.source, source);
      assert.equal(q.content, content);
    }
  }
});

test("a cognition verb with its preposition takes a phrase as its content", () => {
  const text = "Residents worried about the smell from the plant.";
  const q = byCue(plain(text), "worried about");
  assert.equal(q?.source, "Residents");
  assert.equal(q?.content, "the smell from the plant");
});

test("a man named in a sentence is not a naming act", () => {
  const text = "A farmer named Olaf Berg drove the tractor into town.";
  assert.equal(
    plain(text).find((q) => q.cue === "named"),
    undefined,
  );
});

test("cue verbs the tagger reads as nouns, before a clause or after a quote", () => {
  const survey = analysed("The survey notes that most farmers are older than sixty.");
  assert.equal(byCue(survey, "notes")?.source, "The survey");
  const agency = analysed("The agency points out that rents have doubled.");
  assert.equal(byCue(agency, "points out")?.source, "The agency");
  const consultant = analysed("Gerry Obrien, a local consultant, notes that the district is small.");
  assert.match(byCue(consultant, "notes")?.source ?? "", /^Gerry Obrien/);
  const text = '"We never had a chance," Viguerie notes.';
  for (const list of [analysed(text), plain(text)]) {
    const q = byCue(list, "notes");
    assert.equal(q?.source, "Viguerie");
    assert.equal(q?.content, "We never had a chance,");
  }
});

test("a possessed claim stays a noun", () => {
  const q = byCue(analysed("His claims that the vote was rigged were false."), "claims");
  assert.equal(q?.source, "His");
});

test("adjectives of attitude after a form of be", () => {
  const wary = byCue(analysed("Voters in the valley were wary of the new dam."), "were wary of");
  assert.equal(wary?.source, "Voters in the valley");
  assert.equal(wary?.content, "the new dam");
  const sure = byCue(analysed("She is confident that the bridge will hold."), "is confident");
  assert.equal(sure?.source, "She");
  assert.equal(sure?.content, "that the bridge will hold");
  assert.equal(analysed("It is certain that the bridge will hold.").length, 0);
});

test("a verb outside the lexicon with a that-clause reports a thought", () => {
  const q = byCue(analysed("The harbour master realized that the tide had turned."), "realized");
  assert.equal(q?.source, "The harbour master");
  assert.equal(q?.content, "that the tide had turned");
});

test("forms that need a clause: swing states, finding a buyer", () => {
  assert.equal(analysed("Candidates in the swing states spent heavily.").length, 0);
  assert.equal(analysed("The mayor could not find a buyer for the old ferry.").length, 0);
});

test("stance forms the tagger reads as nouns, between a subject and an object", () => {
  const senators = byCue(analysed("Most senators support the bill."), "support");
  assert.equal(senators?.source, "Most senators");
  assert.equal(senators?.content, "the bill");
  const mayor = byCue(analysed("The mayor calls for calm."), "calls for");
  assert.equal(mayor?.source, "The mayor");
});

test("headlines: the verb after a capitalised subject is the cue", () => {
  const q = analysed("Harbour Chief Praises New Ferry Plan.").find((x) => x.cue === "Praises");
  assert.equal(q?.source, "Harbour Chief");
  assert.equal(q?.content, "New Ferry Plan");
  const groups = analysed("Farm Groups Back Plan For Dam.").find((x) => x.cue === "Back");
  assert.equal(groups?.source, "Farm Groups");
  assert.equal(analysed("The Best Places To Eat In Town Today.").length, 0);
});

test("a poll opening the sentence is the source of its finding", () => {
  const list = analysed(
    "In the new harbour survey, conducted May 1-3, half the fishers said they would leave.",
  );
  const poll = byCue(list, "In");
  assert.equal(poll?.source, "the new harbour survey");
  assert.equal(poll?.content, "half the fishers said they would leave");
  assert.equal(byCue(list, "said")?.source, "half the fishers");
  assert.equal(byCue(analysed("In the old harbour, most boats were new."), "In"), undefined);
});

test("the object of a verb of letting is the source of the infinitive's stance", () => {
  const q = byCue(analysed("The new rule allows farmers to oppose the dam in court."), "oppose");
  assert.equal(q?.source, "farmers");
});

test("a passive report with an adverb of time is not its subject's report", () => {
  const list = analysed("The plan was first reported by the county paper.");
  assert.equal(list.length, 1);
  assert.equal(list[0].source, "the county paper");
  assert.equal(list[0].content, "The plan");
});

test("cue verbs that double their last consonant, and signs that read", () => {
  const q = byCue(analysed("The senator referred to the storm as a warning."), "referred to");
  assert.equal(q?.source, "The senator");
  const sign = byCue(plain('The sign on the gate reads: "No boats after dark."'), "reads");
  assert.equal(sign?.source, "The sign on the gate");
});

test("the named asker of a passive question is its source", () => {
  const q = byCue(
    analysed("When asked by a reporter on Monday whether the bridge was safe, the mayor smiled."),
    "asked",
  );
  assert.equal(q?.source, "a reporter");
  assert.equal(q?.content, "whether the bridge was safe");
});

test("verbs of wondering and guessing before a clause", () => {
  const q = byCue(plain("Several fishers wondered whether the harbour would reopen."), "wondered");
  assert.equal(q?.source, "Several fishers");
  assert.equal(q?.content, "whether the harbour would reopen");
});

test("calling something a name is a judgment, naming a group is not", () => {
  const stone = byCue(
    analysed("Stuart Stone, who ran the port for a decade, called Hill's plan a disaster."),
    "called",
  );
  assert.equal(stone?.source, "Stuart Stone, who ran the port for a decade");
  assert.equal(stone?.content, "Hill's plan a disaster");
  const brewer = byCue(
    analysed("Jan Brewer, an early backer of the mayor, calls the issue of safety a priority."),
    "calls",
  );
  assert.equal(brewer?.source, "Jan Brewer, an early backer of the mayor");
  assert.equal(byCue(analysed("A group called Harbour Watch sued the city."), "called"), undefined);
});

test("a subject with a relative clause before 'said' is not an inverted speaker after it", () => {
  const q = byCue(
    analysed("Aides to the mayor, who has served two terms, said their budget would focus on roads."),
    "said",
  );
  assert.equal(q?.source, "Aides to the mayor, who has served two terms");
  assert.equal(q?.content, "their budget would focus on roads");
});

test("a relative clause's report ends where the main clause's cue begins", () => {
  const list = analysed("The council, which earlier said it would wait, said it would vote next week.");
  assert.deepEqual(
    list.map((q) => [q.source, q.content]),
    [
      ["which", "it would wait"],
      ["The council, which earlier said it would wait", "it would vote next week"],
    ],
  );
});

test("a participle between a number and its noun is no cue", () => {
  assert.deepEqual(analysed("The mayor leads by 270 pledged delegates in the count."), []);
});

test("a bare 'add' reports only before a clause", () => {
  assert.equal(byCue(analysed("The new ferries would add jobs to the harbour."), "would add"), undefined);
  const q = byCue(analysed("Officials would add that the ferries run late."), "would add");
  assert.equal(q?.source, "Officials");
});

// Public rebukes, releases and disavowals report a position as much as "criticized" does.
test("verbs of rebuke, release and disavowal are stance cues with their subject as source", () => {
  const list = analysed(
    "The mayor assailed the new parking rules. The council released a report on the harbour. She disavowed the letter.",
  );
  assert.equal(byCue(list, "assailed")?.source, "The mayor");
  assert.equal(byCue(list, "assailed")?.content, "the new parking rules");
  assert.equal(byCue(list, "released")?.source, "The council");
  assert.equal(byCue(list, "disavowed")?.source, "She");
});

// Two acts of one subject joined by "and": each is an attribution, and the first ends before "and".
test("a cue verb conjoined to another cue shares its source and ends the first content", () => {
  const list = analysed("The mayor pointed to the budget and praised the council for its work.");
  const first = byCue(list, "pointed to");
  assert.equal(first?.content, "the budget");
  assert.equal(first?.source, "The mayor");
  assert.equal(byCue(list, "praised")?.source, "The mayor");
  assert.equal(byCue(list, "praised")?.content, "the council for its work");
  const twice = analysed("Smith said his attacks on Jones have helped him and said that Jones was weak.");
  assert.deepEqual(
    twice.filter((q) => q.cue === "said").map((q) => [q.source, q.content]),
    [
      ["Smith", "his attacks on Jones have helped him"],
      ["Smith", "that Jones was weak"],
    ],
  );
  // With its own subject the second clause is not a shared act.
  const own = analysed("The mayor said the budget was late and the council praised her.");
  assert.equal(byCue(own, "said")?.content, "the budget was late and the council praised her");
});

// Cues of several words whose first word is no cue on its own.
test("phrase cues: made it clear, took aim at, brushed off", () => {
  const list = analysed(
    "The mayor made it clear that she would veto the budget. The senator took aim at the new rules. Critics brushed off the report.",
  );
  assert.deepEqual(byCue(list, "made it clear"), {
    source: "The mayor",
    cue: "made it clear",
    content: "that she would veto the budget",
  });
  assert.equal(byCue(list, "took aim at")?.content, "the new rules");
  assert.equal(byCue(list, "brushed off")?.source, "Critics");
  // Without the rest of the phrase "made" is no cue.
  assert.equal(
    analysed("The mayor made a cake for the fair.").some((q) => q.cue?.startsWith("made")),
    false,
  );
});

// A tagger may read a speech verb after a noun as a noun ("the planners acknowledge that ...").
test("a speech verb tagged as a noun still cues its that-clause", async () => {
  const { attribute } = await import("../src/quotes/attribute.js");
  const text = "The planners acknowledge that the bridge is fragile.";
  const tags = ["DET", "NOUN", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"];
  let at = 0;
  const tokens = ["The", "planners", "acknowledge", "that", "the", "bridge", "is", "fragile", "."].map(
    (w, k) => {
      const start = text.indexOf(w, at);
      at = start + w.length;
      return { id: k + 1, start, end: at, text: w, upos: tags[k] };
    },
  );
  const found = attribute(text, [{ start: 0, end: text.length, tokens }]);
  const a = found.find((f) => f.cue && text.slice(f.cue.start, f.cue.end) === "acknowledge");
  assert.ok(a?.source);
  assert.equal(text.slice(a.source.start, a.source.end), "The planners");
  assert.equal(text.slice(a.content.start, a.content.end), "that the bridge is fragile");
});

// A role noun of stance ("critic of", "supporter of") predicated of a subject or set beside a name.
test("role nouns: 'is a fierce critic of', ', a longtime supporter of'", () => {
  const list = analysed(
    "Ruiz is a fierce critic of the harbour plan. The mayor, a longtime supporter of the union, spoke first.",
  );
  assert.deepEqual(byCue(list, "is a fierce critic of"), {
    source: "Ruiz",
    cue: "is a fierce critic of",
    content: "the harbour plan",
  });
  assert.equal(byCue(list, "a longtime supporter of")?.source, "The mayor");
  assert.equal(byCue(list, "a longtime supporter of")?.content, "the union");
  // A role noun with no subject or name to hold it is no attribution.
  assert.equal(analysed("Support for critics of the plan grew.").length, 0);
});

// An -ing cue after the comma that ends a reported clause is the speaker's next act, even when the
// parse hangs it on the reported clause's verb, and a quote closed on that comma ends the clause.
test("a participle after a reported clause takes the speaker of that clause", () => {
  const list = analysed("The mayor said things should be settled by May, referring to the vote.");
  assert.equal(byCue(list, "referring to")?.source, "The mayor");
  assert.equal(byCue(list, "said")?.content, "things should be settled by May");
  const quoted = analysed(
    "Ruiz insisted that she has \u201Cgrown the party,\u201D claiming that she is responsible for the turnout.",
  );
  assert.equal(byCue(quoted, "claiming")?.source, "Ruiz");
  // The outermost speaker, not the subject of an infinitive inside the reported words.
  const urged = analysed(
    "Ruiz recently urged women to vote for the mayor, saying, \u201CShe will win.\u201D",
  );
  assert.equal(byCue(urged, "saying")?.source, "Ruiz");
  assert.equal(
    quoted.find((q) => q.cue === "insisted" && q.content.startsWith("that"))?.content,
    "that she has \u201Cgrown the party,\u201D",
  );
});

// A cue form inside a hyphenated compound is part of an adjective, not a verb of saying.
test("cue forms inside hyphenated compounds are no cues", () => {
  const list = analysed("Union-backed groups joined the so-called reform panel on Monday.");
  assert.equal(
    list.some((q) => q.cue === "backed" || q.cue === "called"),
    false,
  );
  // A verb prefix keeps the verb: "re-stated" still reports.
  const prefixed = analysed("The mayor re-stated that the budget was final.");
  assert.equal(prefixed.find((q) => q.content === "that the budget was final")?.source, "The mayor");
});

// "He's said" is "he has said": the contraction is no possessive before a noun.
test("a cue after a pronoun's contracted 'has' keeps its speaker", () => {
  const list = analysed("He's said he gets his ideas from a book.");
  assert.equal(byCue(list, "said")?.source, "He");
  assert.equal(byCue(list, "said")?.content, "he gets his ideas from a book");
});

// Impressions without a source, and what is not one: an active "considered", "seemed to" + a cue.
test("impression verbs: passive reads no source, active voice and 'seemed to <speech verb>' keep the subject", () => {
  assert.equal(
    byCue(analysed("Mr. Peck has long considered a deal likely."), "considered")?.source,
    "Mr. Peck",
  );
  assert.equal(byCue(analysed("The mayor deemed the fee a fair price."), "deemed")?.source, "The mayor");
  const passive = analysed("Ohio, a state seen as critical, voted early.");
  assert.equal(byCue(passive, "seen")?.source, null);
  const seemed = analysed("Ruiz seemed to suggest that the plan was dead.");
  assert.deepEqual(seemed, [{ source: "Ruiz", cue: "seemed to suggest", content: "that the plan was dead" }]);
  assert.equal(byCue(analysed("The plan appears to have failed."), "appears")?.source, null);
});

// A quote followed by a bare "Name verb." sentence, or by "the NP <cue>." with a mistagged cue.
test("short attributions after a closed quote", () => {
  const pressed = analysed('"Where is the money?" Smith pressed.');
  assert.equal(pressed[0]?.source, "Smith");
  assert.equal(pressed[0]?.content, "Where is the money?");
  const stop = analysed('"The port will close by May." Smith said.');
  assert.equal(byCue(stop, "said")?.source, "Smith");
  const day = analysed('"The port will close by May." Smith said Monday.');
  assert.equal(byCue(day, "said")?.content, "The port will close by May.");
  const read = analysed('"Come to the city and see for yourself," the editorial read.');
  assert.equal(byCue(read, "read")?.source, "the editorial");
  // A longer sentence after the quote is not its attribution.
  const longer = analysed('"The port will close by May." Smith said the council had voted twice already.');
  assert.equal(
    longer.some((q) => q.source === "Smith" && q.content.startsWith("The port")),
    false,
  );
});

// PolNeAR's sources keep an aside set off by dashes between the subject and the cue.
test("a subject before a dashed aside", () => {
  const list = analysed(
    "The city and its allies - including many of its own lawyers - argue that the port must close.",
  );
  const q = byCue(list, "argue");
  assert.match(q?.source ?? "", /its allies - including many of its own lawyers -$/);
  assert.equal(q?.content, "that the port must close");
});

// Phrase cues and coordinated names after a quote.
test("post-posed phrase cues and coordinated speakers", () => {
  const back = analysed('"Go home," Ruiz shot back.');
  assert.deepEqual(byCue(back, "shot back"), { source: "Ruiz", cue: "shot back", content: "Go home," });
  const two = analysed('"The port is doomed," Ann Ruiz and Tom Baker wrote.');
  assert.equal(byCue(two, "wrote")?.source, "Ann Ruiz and Tom Baker");
});

// Credit lines and "written off" report nothing.
test("credit lines and 'written off' are no attributions", () => {
  assert.deepEqual(analysed("(Additional reporting by Ann Ruiz; Editing by Tom Baker)"), []);
  assert.deepEqual(analysed("The committee has written off the plan."), []);
  assert.deepEqual(analysed("It is worth noting that the port is closed."), []);
  assert.equal(
    analysed("The board met regarding the new rules.").some((q) => q.cue === "regarding"),
    false,
  );
});

// A message sent by someone carries that sender's words.
test("'issued a statement saying': the sender is the source, one act", () => {
  const list = analysed("The campaign issued a statement saying the mayor had lied.");
  assert.deepEqual(list, [{ source: "The campaign", cue: "saying", content: "the mayor had lied" }]);
  // As the subject of its own clause the message stays the source.
  const subject = analysed("A petition calling for a recount gathered votes.");
  assert.equal(byCue(subject, "calling for")?.source, "A petition");
});

// A relative clause set off by commas or dashes is an attribution of its own that ends with the aside.
test("relative-clause attributions inside a subject's aside", () => {
  const comma = analysed(
    "The mayor, who said last week that the port would close, now says it will stay open.",
  );
  assert.equal(comma.find((q) => q.source === "who")?.content, "that the port would close");
  const dash = analysed(
    "The mayor - who once said the port was doomed - said on Monday that it would stay open.",
  );
  assert.deepEqual(
    dash.find((q) => q.source === "who"),
    { source: "who", cue: "once said", content: "the port was doomed" },
  );
  // "Once elected," still opens a reduced clause, not a cue.
  assert.equal(byCue(analysed("Once elected, Smith said he would close the port."), "said")?.source, "Smith");
});

// A stance verb that closes the sentence after the words it reports, as "said" does.
test("post-posed stance cue: '..., the survey found.'", () => {
  const list = analysed("Support for the plan rose among older voters, the survey found.");
  assert.deepEqual(byCue(list, "found"), {
    source: "the survey",
    cue: "found",
    content: "Support for the plan rose among older voters",
  });
  // Not after a relative pronoun, nor with more words after the verb.
  assert.equal(
    analysed("The port closed early, which the mayor found.").some((q) => q.source === "which"),
    false,
  );
});

test("a short aside between the cue and 'that'", () => {
  const list = analysed("He believes, for example, that the port should close.");
  assert.equal(byCue(list, "believes")?.content, "that the port should close");
  assert.equal(byCue(list, "believes")?.source, "He");
});

// A time adverbial between subject and cue is not the source.
test("a time phrase before the cue is stepped over to the subject", () => {
  const list = analysed("Chairman Ann Ruiz earlier in the day touted progress on the port.");
  assert.equal(byCue(list, "touted")?.source, "Chairman Ann Ruiz");
  const rel = analysed("Baker, who in the past has voiced doubts about the port, said it would close.");
  assert.equal(byCue(rel, "has voiced")?.source, "who");
});

// An expectation held by no one named: no source, the clause with its subject as the content.
test("'is expected to', 'reportedly' and 'known as' read as source-less impressions", () => {
  assert.deepEqual(analysed("The mayor is expected to deliver a speech tonight."), [
    { source: null, cue: "is expected", content: "The mayor is expected to deliver a speech tonight" },
  ]);
  assert.deepEqual(analysed("The group is reportedly spending a million dollars on ads."), [
    { source: null, cue: "reportedly", content: "The group is reportedly spending a million dollars on ads" },
  ]);
  assert.deepEqual(analysed("The resort, now known as the Palm Club, opened in May."), [
    { source: null, cue: "known as", content: "the Palm Club" },
  ]);
  // "reportedly said" keeps its speaker.
  assert.equal(
    byCue(analysed("The mayor reportedly said the port would close."), "reportedly said")?.source,
    "The mayor",
  );
});

// A question quoted in one sentence does not take the next sentence's speaker and clause.
test("a cue with a clause after it, after a question in an earlier sentence, reports that clause", () => {
  const list = analysed('"Why wait?" The council said it would vote on the budget in May.');
  assert.deepEqual(byCue(list, "said"), {
    source: "The council",
    cue: "said",
    content: "it would vote on the budget in May",
  });
});

test("a post-posed speaker with a lower-case title, and an adverbial clause after the cue", () => {
  const a = analysed(
    "The port will stay shut until spring, said former harbour master Tom Reddy, who ran it.",
  );
  assert.equal(
    byCue(a, "said")?.source,
    "former harbour master Tom Reddy, who ran it",
    "the titled name is the speaker, with the relative clause that describes him",
  );
  assert.equal(byCue(a, "said")?.content, "The port will stay shut until spring");
  const b = analysed("The fleet will sail at dawn, the admiral told his officers as the storm cleared.");
  assert.deepEqual(byCue(b, "told"), {
    source: "the admiral",
    cue: "told",
    content: "The fleet will sail at dawn",
  });
});

// A clause opening with a preposition ("About forty ...") is still the content when it has a verb.
test("a reported clause that opens with a preposition", () => {
  const list = analysed("About forty families were moved out of the valley, officials said.");
  assert.deepEqual(byCue(list, "said"), {
    source: "officials",
    cue: "said",
    content: "About forty families were moved out of the valley",
  });
});

test("rarer verbs of report and stance: 'clarified', 'vouched for', 'bristled at'", () => {
  assert.equal(
    byCue(analysed("The minister clarified that the tax would stay."), "clarified")?.source,
    "The minister",
  );
  assert.deepEqual(byCue(analysed("The mayor vouched for the new harbour chief."), "vouched for"), {
    source: "The mayor",
    cue: "vouched for",
    content: "the new harbour chief",
  });
  assert.equal(
    byCue(analysed("The senator bristled at the question."), "bristled at")?.source,
    "The senator",
  );
});

// A reduced clause ("when asked") is no act; a gerund after "before" or "after" is the subject's own.
test("'before claiming', 'after saying': the subject's act, next to the main verb's", () => {
  const a = analysed("The senator spoke for an hour before claiming that the vote was rigged.");
  assert.deepEqual(byCue(a, "claiming"), {
    source: "The senator",
    cue: "claiming",
    content: "that the vote was rigged",
  });
  const b = analysed("The mayor thanked the crews before explaining why the port would close.");
  assert.equal(byCue(b, "thanked")?.source, "The mayor");
  assert.equal(byCue(b, "explaining")?.source, "The mayor");
});

test("a post-posed subject the noun-phrase walk cuts short reaches back to the comma", () => {
  assert.deepEqual(
    byCue(analysed("The harbour will close in March, she and another reporter said."), "said"),
    {
      source: "she and another reporter",
      cue: "said",
      content: "The harbour will close in March",
    },
  );
});

test("'..., the Daily Courier reports.': a cue the tagger reads as a noun closes the sentence", () => {
  assert.deepEqual(byCue(analysed("The plant will close in May, the Daily Courier reports."), "reports"), {
    source: "the Daily Courier",
    cue: "reports",
    content: "The plant will close in May",
  });
});

test("a cue verb in the passive takes its source from the 'by' agent", () => {
  assert.deepEqual(byCue(analysed("The plan was backed by most voters in the county."), "was backed"), {
    source: "most voters",
    cue: "was backed",
    content: "The plan",
  });
  assert.equal(
    byCue(analysed("The issue was never mentioned by the moderators."), "was never mentioned")?.source,
    "the moderators",
  );
});

test("'In a poll released Monday, ...': the participle stays with the poll", () => {
  const list = analysed("In a Courier poll released Monday, 40 percent of voters backed the levy.");
  assert.deepEqual(byCue(list, "In"), {
    source: "a Courier poll released Monday",
    cue: "In",
    content: "40 percent of voters backed the levy",
  });
});

test("a stance's content ends at a spaced dash, and a 'that' past it is not its clause", () => {
  const list = analysed(
    "The mayor praised the crews for clearing the roads - work that she said saved lives.",
  );
  assert.deepEqual(byCue(list, "praised"), {
    source: "The mayor",
    cue: "praised",
    content: "the crews for clearing the roads",
  });
});

test("'charged that' reports; 'rattled off' and 'balked at' take a position", () => {
  assert.equal(
    byCue(analysed("The mayor charged that the council had hidden the costs."), "charged")?.content,
    "that the council had hidden the costs",
  );
  assert.equal(
    byCue(analysed("The senator rattled off a list of grievances."), "rattled off")?.source,
    "The senator",
  );
  assert.equal(byCue(analysed("The union balked at the new contract."), "balked at")?.source, "The union");
});

test("a participle after a post-posed report or a short adjunct keeps the earlier speaker", () => {
  const a = analysed(
    "The governor threw her support behind Sen. Ann Ruiz (D-Ore.) on Wednesday, saying it is time for a change.",
  );
  assert.equal(byCue(a, "saying")?.source, "The governor");
  const b = analysed('"We will win this state," Ruiz told a crowd in Salem, saying the polls were wrong.');
  assert.equal(byCue(b, "saying")?.source, "Ruiz");
});

test("a cue verb whose object opens its relative clause: the subject before it is the source", () => {
  const list = analysed("The council approved the levy, which the harbour master firmly opposed.");
  const q = byCue(list, "firmly opposed");
  assert.equal(q?.source, "the harbour master");
  assert.equal(q?.content, "which");
  const what = byCue(analysed("The board finally did what we proposed."), "proposed");
  assert.equal(what?.source, "we");
  assert.equal(what?.content, "what");
});

test("a headline in sentence case, and a second verb conjoined in a title-case headline", () => {
  const line = analysed("Ferry pilots blast harbour toll.\n\nThe toll rose on Monday.");
  const q = byCue(line, "blast");
  assert.equal(q?.source, "Ferry pilots");
  assert.equal(q?.content, "harbour toll");
  const two = analysed("Mayor Lena Ruiz Backs Dam And Slams Port Plan.\n\nThe vote is on Friday.");
  assert.equal(byCue(two, "Backs")?.content, "Dam");
  assert.equal(byCue(two, "Slams")?.source, "Mayor Lena Ruiz");
  assert.equal(byCue(two, "Slams")?.content, "Port Plan");
});

test("an -ing cue after a lower-case object or adjunct takes the clause's subject", () => {
  const list = analysed("The senator spent the week praising the new budget.");
  assert.equal(byCue(list, "praising")?.source, "The senator");
});

test("a report whose speaker sits inside another's reported words is part of those words", () => {
  for (const list of [
    analysed("Ruiz noted that the council's auditor had tweeted that the harbour fees would double."),
    plain("Ruiz noted that the council's auditor had tweeted that the harbour fees would double."),
  ]) {
    assert.equal(list.length, 1);
    assert.equal(list[0].source, "Ruiz");
    assert.equal(
      list[0].content,
      "that the council's auditor had tweeted that the harbour fees would double",
    );
  }
  // A post-posed report inside a longer stretch stays.
  const post = analysed('"The fees will double," the auditor said, and Ruiz agreed that they would.');
  assert.equal(byCue(post, "said")?.source, "the auditor");
});

test("an infinitive cue after 'it' or a lower-case subject, and a cue after a bare 'that', report no one", () => {
  assert.equal(byCue(analysed("It is easy to criticize the new harbour toll."), "criticize"), undefined);
  const sailed = analysed("On Monday the fishers sailed to the capital to protest the new toll.");
  assert.equal(byCue(sailed, "protest"), undefined);
  assert.equal(
    byCue(analysed("Fishers face new rules that will not support small boats."), "will not support"),
    undefined,
  );
  // A pronoun or a name still controls the infinitive.
  assert.equal(byCue(analysed("We sailed to the capital to protest the toll."), "protest")?.source, "We");
});

test("a report in a clause joined by 'but' or 'and' stands beside the words before it, which end there", () => {
  const list = analysed(
    "The mayor said the harbour would reopen in May, but the engineers said the wall was still unsafe.",
  );
  assert.equal(byCue(list, "said")?.source, "The mayor");
  assert.equal(byCue(list, "said")?.content, "the harbour would reopen in May");
  const second = list.find((q) => q.source === "the engineers");
  assert.equal(second?.content, "the wall was still unsafe");
  const as = analysed(
    "The mayor said the harbour would reopen in May, as the engineers said the wall was safe.",
  );
  assert.equal(as.find((q) => q.source === "The mayor")?.content, "the harbour would reopen in May");
  assert.equal(as.find((q) => q.source === "the engineers")?.content, "the wall was safe");
});

test("after 'denied' or 'confirmed' a common noun phrase is what is denied, not an inverted speaker", () => {
  const text = "The guard, who was held overnight, denied the accusations.";
  const list = analysed(text);
  assert.ok(!list.some((q) => q.source === "the accusations"), JSON.stringify(list));
  const inverted = "\u201CWe broke no rule,\u201D said the spokesman.";
  assert.equal(byCue(analysed(inverted), "said")?.source, "the spokesman");
});

test("'compared to' after a comma is a comparison, not someone comparing", () => {
  const text =
    "Fully 52 percent of voters gave the mayor a poor mark, compared to 44 percent last spring. Ruiz compared the mayor to a weathervane.";
  const list = analysed(text);
  assert.deepEqual(
    list.filter((q) => q.cue === "compared").map((q) => q.source),
    ["Ruiz"],
  );
});

test("'according to a tally by X' with the noun mistagged: the source is the phrase, not its determiner", () => {
  const text =
    "By Sunday, Ruiz had 2,205 delegates, compared with Bell, who had 1,401, according to a tally by the Harbor Times.";
  const q = byCue(analysed(text), "according to");
  assert.ok(q?.source && q.source.length > 1, `source ${q?.source}`);
  assert.match(q.source, /Harbor Times/);
});
