import assert from "node:assert/strict";
import { test } from "node:test";
import { SentenceSchema } from "../model/index.js";
import { textDocument } from "../pipeline/document.js";
import { Doc } from "./doc.js";
import { findQuotes, findTextQuotes } from "./marks.js";
import { findDocumentQuotes } from "./stage.js";
import { analysed, byCue } from "./test-helpers.js";

// Rules for sources the attributor used to miss (issue #7), with the analyse stage. Sentences written
// for these tests.

test("a second cue after 'and', in the first cue's inflection, is the same subject's act", () => {
  const list = analysed("The senator favors the ferry levy and opposes a new toll on the coastal road.");
  assert.equal(byCue(list, "favors")?.content, "the ferry levy");
  assert.equal(byCue(list, "opposes")?.source, "The senator");
  const said = analysed(
    "The director rejected the claim that the orchard plan had stalled and said that the first trees were planted.",
  );
  assert.equal(byCue(said, "said")?.source, "The director");
  assert.equal(byCue(said, "rejected")?.content, "that the orchard plan had stalled");
});

test("a report opening the main clause after a fronted clause stands, and the fronted words end at the comma", () => {
  const list = analysed(
    "When the chairman pointed out that the budget was late, the treasurer said the auditors had been slow.",
  );
  assert.equal(byCue(list, "pointed out")?.content, "that the budget was late");
  assert.equal(byCue(list, "said")?.source, "the treasurer");
  assert.equal(byCue(list, "said")?.content, "the auditors had been slow");
  // "According to X, ..." reports the whole clause: no cut there.
  const acc = analysed("According to the harbour board, the ferry will run twice a day, the captain said.");
  assert.equal(acc.find((q) => q.cue === "According to")?.source, "the harbour board");
});

test("'Asked whether ...' opening a sentence is a question put by no one named, not by the main subject", () => {
  const list = analysed("Asked whether the ferry would run in winter, the captain said it would not.");
  const asked = list.find((q) => q.cue === "Asked");
  assert.equal(asked?.source, null);
  assert.equal(asked?.content, "whether the ferry would run in winter");
  assert.equal(byCue(list, "said")?.source, "the captain");
});

test("a relative clause with its object before the subject: the source is the subject's own words", () => {
  const list = analysed("The mayor dropped the ferry levy - a tax she once supported - in March.");
  const gap = list.find((q) => q.cue === "once supported");
  assert.equal(gap?.source, "she");
  assert.equal(gap?.content, "a tax");
});

test("an opening curly mark typed for the closing one, after a comma and before a space, closes the quote", () => {
  const text = "\u201CIt is late,\u201C said the ferryman. \u201CWe sail at dawn.\u201D";
  const spans = findQuotes(text).map((q) => text.slice(q.start, q.end));
  assert.deepEqual(spans, ["It is late,", "We sail at dawn."]);
  assert.equal(byCue(analysed(text), "said")?.source, "the ferryman");
});

test("typewriter marks: three apostrophes close an inner single quote and then the quote itself", () => {
  const text = "The pilot was blunt. ''Nobody wants to hear 'we will see,''' said Captain Ada Reyes.";
  const spans = findQuotes(text).map((q) => text.slice(q.start, q.end));
  assert.deepEqual(spans, ["Nobody wants to hear 'we will see,'"]);
  assert.equal(byCue(analysed(text), "said")?.source, "Captain Ada Reyes");
});

test("'maintains' reports only with a clause after it, not 'maintains a lead'", () => {
  assert.equal(byCue(analysed("The mayor maintains a wide lead over her rivals."), "maintains"), undefined);
  const said = analysed("The mayor has long maintained that the bridge was safe.");
  assert.equal(said.find((q) => q.cue?.endsWith("maintained"))?.source, "The mayor");
});

test("'reporting' and 'seeing' need a clause after them", () => {
  const list = analysed(
    "With nine wards reporting, the count was close. The station is reporting that the bridge reopened.",
  );
  assert.equal(list.filter((q) => q.cue?.endsWith("reporting")).length, 1);
  assert.equal(list.find((q) => q.cue?.endsWith("reporting"))?.source, "The station");
});

test("'seemed to' before a cue verb is the subject's act; before another verb an impression with no source", () => {
  const list = analysed("The senator appeared to dismiss the report on the harbour.");
  assert.equal(byCue(list, "appeared to dismiss")?.source, "The senator");
  const impression = analysed("Shoppers seem to care more about prices.");
  assert.equal(byCue(impression, "seem")?.source, null);
});

test("'nominating' before a noun reports nothing", () => {
  const list = analysed("The party began its nominating contest in the snow.");
  assert.equal(
    list.find((q) => q.cue?.endsWith("nominating")),
    undefined,
  );
});

test("an adverb between a subject and a noun-like cue verb leaves it a verb", () => {
  const list = analysed("Harbour workers overwhelmingly support the new ferry schedule.");
  assert.equal(list.find((q) => q.cue?.endsWith("support"))?.source, "Harbour workers");
  const view = analysed("Local farmers increasingly view the dam as a threat.");
  assert.equal(view.find((q) => q.cue?.endsWith("view"))?.source, "Local farmers");
});

test("a passive cue after a relative pronoun or an adverb takes its source from 'by'", () => {
  const which = analysed("The proposal, which was quickly rejected by the council, returned in May.");
  assert.equal(which.find((q) => q.cue?.includes("rejected"))?.source, "the council");
  const then = analysed(
    "The ferry schedule, drafted in a hurry last week, was then denounced by the harbour pilots.",
  );
  assert.equal(then.find((q) => q.cue?.includes("denounced"))?.source, "the harbour pilots");
});

test("a passive cue reaches its 'by' agent over a quoted label or an 'as' phrase", () => {
  const label = analysed('The ferry plan has been called "a costly detour" by the harbour pilots.');
  assert.equal(label.find((q) => q.cue?.includes("called"))?.source, "the harbour pilots");
  const as = analysed("The vote was viewed as a victory by the fishing families.");
  assert.equal(as.find((q) => q.cue?.includes("viewed"))?.source, "the fishing families");
});

test("a cognition verb set off by commas mid-clause reports the clause around it", () => {
  const list = analysed("The endorsement of the harbour deal, many think, is only a matter of time.");
  assert.equal(list.find((q) => q.cue === "think")?.source, "many");
  const end = analysed("The endorsement of the harbour deal is only a matter of time, many think.");
  assert.equal(
    end.find((q) => q.cue === "think"),
    undefined,
  );
});

test("'spoke to X about Y' reports Y; 'talked with X' alone reports nothing", () => {
  const list = analysed("The mayor spoke to reporters about the ferry schedule on Monday.");
  const q = list.find((x) => x.cue?.startsWith("spoke"));
  assert.equal(q?.source, "The mayor");
  assert.equal(q?.cue, "spoke to reporters about");
  assert.equal(analysed("She talked with the pilots for an hour.").length, 0);
});

test("'spoke at length about Y' reports Y; 'spoke for about an hour' does not", () => {
  const list = analysed("The mayor has spoken at length about the ferry schedule.");
  assert.equal(list.find((q) => q.cue?.includes("spoken"))?.content, "the ferry schedule");
  assert.equal(analysed("The mayor spoke for about 30 minutes.").length, 0);
});

test("a verb and a colon closing their paragraph: the unquoted paragraph below is the content", () => {
  const text =
    "The ferry board met on Monday.\n\nIn her column, the harbour critic wrote:\n\nThe new timetable serves the tourists and forgets the islanders.\n\nThe board did not reply.";
  const wrote = byCue(analysed(text), "wrote");
  assert.equal(wrote?.source, "the harbour critic");
  assert.equal(wrote?.content, "The new timetable serves the tourists and forgets the islanders.");
  // A heading that opens with a question word reports no one's words.
  const list = analysed("What the board decided:\n\nThe ferry will run twice a day.");
  assert.equal(
    list.some((q) => q.content.startsWith("The ferry will run")),
    false,
  );
});

test("a one-word answer ('said yes', 'would say so') is a report's whole content", () => {
  const list = analysed("Asked if the levy was fair, most of the islanders said yes, and the mayor agreed.");
  assert.equal(byCue(list, "said")?.source, "most of the islanders");
  assert.equal(byCue(list, "said")?.content, "yes");
  const so = analysed("The two councils may settle the dispute soon, though neither council would say so.");
  assert.equal(byCue(so, "would say")?.content, "so");
});

test("time or money spent on an act: the spender is the source of the -ing cue", () => {
  const list = analysed("The senator spent most of the debate attacking the ferry levy.");
  assert.equal(byCue(list, "attacking")?.source, "The senator");
});

test("'is calling for' after a subject with an aside: the -ing form is the verb of the main clause", () => {
  const list = analysed(
    "The mayor, who won the port district and the old town, is calling for a new bridge.",
  );
  const calling = list.find((q) => q.cue?.endsWith("calling for"));
  assert.match(calling?.source ?? "", /^The mayor/);
});

test("an owner's view after 'in' attributes the clause around it", () => {
  const first = analysed("In her view, the new bridge will bring more traffic to the old town.");
  const v = first.find((q) => q.cue === "In her view");
  assert.equal(v?.source, "her");
  assert.equal(v?.content, "the new bridge will bring more traffic to the old town");
  const mid = analysed("The toll, in the engineer's view, is far too low for the cost of the bridge.");
  const m = mid.find((q) => q.cue?.startsWith("in the engineer"));
  assert.equal(m?.source, "the engineer");
});

test("an adjective of attitude takes a clause without 'that', and a subject before an appositive", () => {
  const sure = analysed("The harbour pilots are not sure the new dock will be ready by June.");
  const s = sure.find((q) => q.cue?.endsWith("sure"));
  assert.equal(s?.source, "The harbour pilots");
  assert.equal(s?.content, "the new dock will be ready by June");
  const glad = analysed("The fishermen were glad that the ferry levy had been dropped.");
  assert.equal(glad.find((q) => q.cue?.endsWith("glad"))?.source, "The fishermen");
  const split = analysed("The island councils were deeply divided over the new ferry timetable.");
  assert.equal(split.find((q) => q.cue?.includes("divided over"))?.source, "The island councils");
  const happy = analysed("The harbour master was happy to see the old ferry return.");
  assert.equal(happy.find((q) => q.cue?.endsWith("happy to"))?.source, "The harbour master");
  const appos = analysed(
    "Ada Reyes, a pilot from the northern port, was critical of the new toll on the bridge.",
  );
  assert.match(appos.find((q) => q.cue?.includes("critical"))?.source ?? "", /^Ada Reyes/);
});

test("an attitude set off by a comma after the clause is the clause subject's", () => {
  const list = analysed("The pilots stayed in the harbour all week, determined to finish the repairs.");
  const c = list.find((q) => q.cue === "determined to");
  assert.equal(c?.source, "The pilots");
  assert.equal(c?.content, "finish the repairs");
});

test("a bare 'there' is no one's source", () => {
  const list = analysed("There is good reason to believe the ferry will run again by June.");
  assert.equal(
    list.some((q) => q.source === "There"),
    false,
  );
});

test("an -ing cue whose source would be a bare 'it' reports nothing", () => {
  const list = analysed("For the council, it means admitting that the new ferry schedule has failed.");
  assert.equal(
    list.some((q) => q.source === "it"),
    false,
  );
});

test("'according to' with a source word the tagger reads as a verb still names the source", () => {
  const pre = analysed("According to state law, no bakery may sell bread after midnight.");
  assert.equal(byCue(pre, "According to")?.source, "state law");
  const post = analysed("The ferry will not sail on Sunday, according to spokesperson Ann Ruiz.");
  assert.equal(byCue(post, "according to")?.source, "spokesperson Ann Ruiz");
});

test("a cue after a relative clause with 'who' takes the noun the clause hangs on, not the clause's object", () => {
  const list = analysed(
    "Two veteran pilots who talked to the Gazette said the harbour board had lost its way.",
  );
  assert.match(byCue(list, "said")?.source ?? "", /pilots$/);
  const voters = analysed(
    "Several fishermen who were at first impressed by the minister now regard him as a fraud.",
  );
  assert.equal(voters.find((q) => q.cue?.endsWith("regard"))?.source, "Several fishermen");
});

test("a message with a time after it ('sent a letter this week urging') carries its sender's words", () => {
  const list = analysed(
    "A coalition of harbour groups sent a letter this week urging the council to pass the measure.",
  );
  assert.match(byCue(list, "urging")?.source ?? "", /^A coalition/);
  const petition = analysed("The senator started a petition on Monday calling on the mayor to resign.");
  assert.equal(byCue(petition, "calling on")?.source, "The senator");
  // One act: the verb that sends the message is no separate stance.
  const statement = analysed(
    "The harbour trust in Dunmore issued a report this week charging the council with neglect.",
  );
  assert.equal(statement.filter((q) => q.cue === "issued").length, 0);
});

test("a participle clause of speech opening the sentence is the act of the main clause's subject", () => {
  const noting = analysed(
    "Noting that the ferry had been late all year, the mayor reminded voters of her plan.",
  );
  assert.equal(byCue(noting, "Noting")?.source, "the mayor");
  const having = analysed("Having declared that she would step down, Judge Ruiz went on to read her ruling.");
  assert.equal(byCue(having, "declared")?.source, "Judge Ruiz");
});

test("a second cue with its own subject after 'and' is not the first subject's act", () => {
  const list = analysed("Ruiz thanked the crew and Lee criticized the captain.");
  assert.notEqual(byCue(list, "criticized")?.source, "Ruiz");
});

test("a noun before 'to' states a purpose: the cue after it is the clause subject's act", () => {
  const list = analysed(
    "The harbour chief on Tuesday held a long meeting to boast that the ferries were running again.",
  );
  assert.equal(byCue(list, "boast")?.source, "The harbour chief");
  const address = analysed("Ruiz used part of her address to call the mayor a coward.");
  assert.equal(byCue(address, "call")?.source, "Ruiz");
  // A verb before "to" still joins the cue.
  assert.equal(
    byCue(analysed("The senator declined to say whether the port would close."), "declined")?.source,
    "The senator",
  );
});

test("'not seen since' is a measure of time, and 'widely seen as' an impression held by no one named", () => {
  assert.equal(analysed("Ferry fares are climbing at a pace not seen since the 1980s.").length, 0);
  const seen = analysed("The ferry is increasingly seen as a lifeline for the island.");
  assert.equal(seen[0]?.source, null);
  assert.equal(seen[0]?.content, "The ferry is increasingly seen as a lifeline for the island");
});

test("a dash and a name sign a quote: after it ('- Ann Ruiz.') or before a colon ('- Ann Ruiz: \"...\"')", () => {
  const after = analysed(
    '"The new bridge will pay for itself within ten years."\n\n- Ann Ruiz.\n\nThe senator is wrong.',
  );
  assert.equal(byCue(after, "-")?.source, "Ann Ruiz");
  const before = analysed(
    "POLLS WERE NOT WRONG, JUST EARLY - Ann Ruiz and Bo Lee: “The polls ended too early.”",
  );
  assert.equal(byCue(before, ":")?.source, "Ann Ruiz and Bo Lee");
  // A dash inside running text is no signature.
  const running = analysed('"We will not close the port," the mayor said - Ruiz was not there.');
  assert.equal(byCue(running, "said")?.source, "the mayor");
});

test("a lone preposition or phrase stem left of the cue is no source; the parse's subject is", () => {
  const list = analysed("The top senators are on record opposing the ferry toll.");
  assert.notEqual(byCue(list, "opposing")?.source, "record");
  const fact = analysed("Residents have in particular noted the noise from the new ferry terminal.");
  assert.notEqual(byCue(fact, "noted")?.source, "particular");
});

test("a cue inside the words of another report by the same speaker is part of that report", () => {
  const list = analysed(
    "The harbour master dismissed the complaints about the ferry while saying the timetable would change in May.",
  );
  assert.equal(byCue(list, "dismissed")?.source, "The harbour master");
  assert.equal(byCue(list, "saying"), undefined);
  const added = analysed(
    "The harbour master added that raising the fare was like asking the islanders to swim.",
  );
  assert.equal(byCue(added, "added")?.content, "that raising the fare was like asking the islanders to swim");
  assert.equal(byCue(added, "asking"), undefined);
  // A participle after the comma that ends the first report's words is a second report of its own.
  const own = analysed("Mayor Ines Vold rejected the toll plan, saying it would hurt the fishing villages.");
  assert.equal(byCue(own, "saying")?.source, "Mayor Ines Vold");
});

test("a cue with its own subject before a comma or quote, followed by a common noun phrase, is no inverted report", () => {
  const list = analysed(
    'Carl Weber, citing "the quiet charm of the valley," said the candidate could win the county.',
  );
  assert.equal(byCue(list, "said")?.source, "Carl Weber");
  assert.equal(byCue(list, "said")?.content, "the candidate could win the county");
  const titled = analysed(
    'Ana Ruiz, host of the radio show "Dockside," suggested the mayor\'s refusal to answer could cost him the race.',
  );
  assert.ok(
    titled.some(
      (q) => q.cue === "suggested" && q.source === "Ana Ruiz" && q.content.startsWith("the mayor's"),
    ),
  );
  // A name after the cue is still the speaker of an inverted report (with the description that closes
  // the sentence, as before a preposed cue).
  const inverted = analysed("The bridge would open in May, said Ann Reyes, the county engineer.");
  assert.equal(
    byCue(inverted, "said")?.source,
    "Ann Reyes, the county engineer",
    "the inverted speaker is the name and its appositive",
  );
});

test("'..., a charge X denied': X denies, and the accuser's own reports in the clause before stand", () => {
  const list = analysed(
    'The governor called the audit "a stunt" and accused the harbour board of hiding losses, a charge the board denied.',
  );
  assert.equal(byCue(list, "denied")?.source, "the board");
  assert.equal(byCue(list, "accused")?.source, "The governor");
  assert.equal(byCue(list, "called")?.source, "The governor");
  const that = analysed("Rivals accused the mayor of buying votes, an allegation that Mayor Ruiz rejected.");
  assert.equal(byCue(that, "rejected")?.source, "Mayor Ruiz");
});

test("'told X the Y ...' without 'that': the hearer ends before the reported clause's subject", () => {
  const list = analysed("The port director told reporters the ferries would resume on Friday.");
  assert.equal(byCue(list, "told")?.content, "the ferries would resume on Friday");
});

test("a parsed subject keeps every part of a name of several words", () => {
  const list = analysed(
    "Harbour Commissioner Lena Marie Okafor told the council the fees were fair, but promised a review.",
  );
  assert.equal(byCue(list, "promised")?.source, "Harbour Commissioner Lena Marie Okafor");
});

test("a participle set off after the speaker ('speaking on condition of anonymity') is not part of the source", () => {
  const list = analysed(
    "Two port officials, speaking on condition of anonymity, said the cranes had been idle for a week.",
  );
  assert.equal(byCue(list, "said")?.source, "Two port officials");
  const asked = analysed("The mayor, asked about the ferry fares, said they would not rise this year.");
  assert.equal(byCue(asked, "said")?.source, "The mayor");
});

test("'X, asked about Y, said ...' is a question put to X, and X's report stands; an active 'asked them to' is X's own", () => {
  const list = analysed("The mayor, asked about the ferry fares, said they would not rise this year.");
  assert.equal(byCue(list, "said")?.content, "they would not rise this year");
  assert.equal(byCue(list, "asked about")?.source, null);
  const active = analysed(
    "The minister thanked the crews, asked them to stay and said the port would reopen.",
  );
  assert.equal(byCue(active, "asked")?.source, "The minister");
});

test("a text written with single quote marks only: its quotes pair, apostrophes do not", () => {
  const text =
    "'We will keep the ferry running,' the harbour master said. 'Nobody has asked us to stop.'\n\n" +
    "The workers' union called the plan 'a gamble'. Fans of rock 'n' roll and the '90s were unmoved.";
  const spans = findTextQuotes(text).map((q) => text.slice(q.start, q.end));
  assert.deepEqual(spans, ["We will keep the ferry running,", "Nobody has asked us to stop.", "a gamble"]);
  const list = analysed(text);
  assert.equal(list.find((q) => q.content.startsWith("We will keep"))?.source, "the harbour master");
  // With any double mark in the text, single marks stay apostrophes.
  assert.deepEqual(
    findTextQuotes("He said \"yes\" and called it 'odd'.").map((q) => q.start),
    [9],
  );
});

test("a possessive written as a bare apostrophe stays with its owner in the source", () => {
  const list = analysed("Reyes' spokeswoman said the mayor stands by every word.");
  assert.equal(byCue(list, "said")?.source, "Reyes' spokeswoman");
});

test("a headline quoting with single marks in a text that quotes with double ones", () => {
  const text =
    "Mayor: 'We will not close the port'\n\nThe mayor said on Monday that the port \"stays open.\"";
  const spans = findTextQuotes(text).map((q) => text.slice(q.start, q.end));
  assert.deepEqual(spans, ["We will not close the port", "stays open."]);
});

test("'X praised Y but said Z ...': the second cue is X's even where the parse gives it Z as subject", () => {
  const list = analysed('Senator Lindsey Graham praised the decision but said Europe "must do more."');
  assert.equal(byCue(list, "said")?.source, "Senator Lindsey Graham");
  assert.equal(byCue(list, "praised")?.content, "the decision");
});

test("a report set off inside its own words covers the words on both sides of it", () => {
  const list = analysed("At the end of the season, the harbour master said, the ferries were half empty.");
  assert.equal(
    byCue(list, "said")?.content,
    "At the end of the season, the harbour master said, the ferries were half empty",
  );
});

test("'The strikes, the ministry said, hit shelters': a short subject before an aside is part of the words", () => {
  const list = analysed("The repairs, the harbour master said, took three weeks.");
  assert.equal(byCue(list, "said")?.content, "The repairs, the harbour master said, took three weeks");
  // A short fronted phrase is not: its verb does not follow the aside.
  const fronted = analysed('Two years ago, the mayor backed the levy and said, "It was fair."');
  assert.equal(fronted.find((q) => q.content === "It was fair.")?.source, "the mayor");
});

test("a quote after a stance continues the last act of saying, not the stance", () => {
  const text =
    '"The ferry will run," said Ana Ruiz, who heads a trust focused on coastal transport. "We owe it to the islands."';
  const list = analysed(text);
  assert.equal(list.find((q) => q.content === "We owe it to the islands.")?.cue, "said");
});

test("a source with no word in it (a bullet's dash) names no one", () => {
  const body = "- Ruiz left.";
  const words: Array<[string, number]> = [
    ["-", 0],
    ["Ruiz", 2],
    ["left", 7],
    [".", 11],
  ];
  const tokens = words.map(([text, start], i) => ({ id: i + 1, text, start, end: start + text.length }));
  const doc = new Doc(body, [SentenceSchema.parse({ start: 0, end: body.length, tokens })]);
  const made = doc.make(
    { start: 2, end: 11 },
    null,
    { start: 0, end: 1 },
    { start: 7, end: 11 },
    0,
    "test",
    3,
  );
  assert.equal(made.source, null);
  assert.deepEqual(
    doc.make({ start: 2, end: 11 }, null, { start: 1, end: 2 }, { start: 7, end: 11 }, 0, "test", 3).source,
    {
      start: 2,
      end: 6,
    },
  );
});

test("a time after the speaker is not part of the source; 'value added tax' is no cue", () => {
  const list = analysed(
    "The harbour board on Monday said the fees would rise. Value added tax will apply, the agency said.",
  );
  assert.equal(byCue(list, "said")?.source, "The harbour board");
  assert.equal(byCue(list, "added"), undefined);
});

// Hostile input: one "sentence" of 2,000 parenthetical reports. Each report's words now span the
// whole clause, so every pair of cues was compared with a scan of the sentence (cubic: 5 minutes).
// The timeout is a bound against that regression, not a speed measure (it runs in well under a second).
test("a huge sentence of asides stays linear", { timeout: 60_000 }, () => {
  const list = analysed("The repairs, the harbour master said, took weeks, ".repeat(2000));
  assert.ok(list.length >= 1000);
});

// Hostile input: one "sentence" of 60,000 cue words and one of 80,000 empty paragraphs. Rules that scan
// the sentence for each cue, and a tokenizer search that ran on past each paragraph, made these
// quadratic (about a minute and 11 s). The timeout bounds that regression; both take a few seconds.
test("a sentence of 60,000 cue words and a text of empty paragraphs stay linear", { timeout: 60_000 }, () => {
  const cues = analysed("said ".repeat(60_000));
  assert.ok(Array.isArray(cues), "the cue words are read");
  const blank = findDocumentQuotes(textDocument("t", "\n".repeat(80_000), null));
  assert.equal(blank.length, 0, "empty paragraphs hold no quotes");
});

test("an inverted speaker may open with a participle modifier; two common noun phrases joined by 'and' are one speaker", () => {
  const inverted = analysed('"The tide was late," said retired skipper Ann Ruiz.');
  assert.equal(byCue(inverted, "said")?.source, "retired skipper Ann Ruiz");
  const joined = analysed('"The levy is fair," the mayor and the harbour master said in a statement.');
  assert.equal(byCue(joined, "said")?.source, "the mayor and the harbour master");
  assert.equal(byCue(joined, "said")?.content, "The levy is fair,");
});

test("'screamed back', 'wrote back': a verb of saying with 'back' closes the words before it", () => {
  const list = analysed('"Never!" the dockers screamed back.');
  assert.equal(byCue(list, "screamed back")?.source, "the dockers");
});

test("a cue before a comma reports no clause when it is an infinitive or another report is set off after it", () => {
  const hard = analysed(
    "The costs are hard to predict, most engineers say, because no bridge like it exists.",
  );
  assert.equal(byCue(hard, "predict"), undefined);
  assert.equal(byCue(hard, "say")?.source, "most engineers");
  const files = analysed("The files show, she said in an interview, that the levy was never paid.");
  assert.equal(byCue(files, "show"), undefined);
  assert.equal(byCue(files, "said")?.source, "she");
});

test("to add to something is no saying", () => {
  const list = analysed(
    "The late ferries added to the confusion at the harbour, and the strike is adding to the costs.",
  );
  assert.equal(byCue(list, "added"), undefined);
  assert.equal(byCue(list, "adding"), undefined);
  assert.equal(byCue(analysed("The mayor added that the ferries would run."), "added")?.source, "The mayor");
});

test("'X said in a statement.' reports no words of its own; a quote opening the next sentence is them", () => {
  const none = analysed("The harbour board said in a statement. The ferries will run on Monday.");
  assert.equal(byCue(none, "said"), undefined);
  const quoted = analysed('The harbour board said in a statement. "The ferries will run on Monday."');
  assert.equal(byCue(quoted, "said")?.source, "The harbour board");
  assert.equal(byCue(quoted, "said")?.content, "The ferries will run on Monday.");
  assert.equal(
    byCue(analysed("Ruiz said on Monday that the port was closed."), "said")?.content,
    "that the port was closed",
  );
});

test("'The ferry, said the captain, was late': an inverted report set off inside the words it reports", () => {
  const list = analysed("The ferry, said the captain, was late.");
  assert.equal(byCue(list, "said")?.source, "the captain");
  assert.equal(byCue(list, "said")?.content, "The ferry, said the captain, was late");
  const relative = analysed("And the mayor, said Ann Ruiz, who knows him well, does not forgive.");
  assert.equal(byCue(relative, "said")?.source, "Ann Ruiz");
  // An appositive ending the sentence is no aside: the words before the cue are the report.
  const end = analysed("The levy is too high, said Ann Ruiz, an expert on ferries.");
  assert.equal(byCue(end, "said")?.content, "The levy is too high");
});

test("a fronted phrase before 'X shouted, \"...\"' is no part of the words; a later act of the subject is no cue for a quote", () => {
  const fronted = analysed('After the vote in the chamber, the mayor shouted, "We won!"');
  assert.deepEqual(
    fronted.map((q) => q.content),
    ["We won!"],
  );
  assert.equal(fronted[0].source, "the mayor");
  const later = analysed('"We won!" The mayor smiled and continued to wave at the crowd.');
  assert.equal(byCue(later, "continued"), undefined);
});

test("a demonstrative 'that' before its noun stays inside the speaker's phrase; 'that night' does not", () => {
  assert.equal(
    byCue(analysed("One person on that call repeated the claim on television."), "repeated")?.source,
    "One person on that call",
  );
  assert.equal(
    byCue(analysed("A second officer that night said the gate was shut."), "said")?.source,
    "A second officer",
  );
});

test("a time between an appositive's comma and the cue leaves the speaker before the appositive; no source opens with punctuation", () => {
  const list = analysed(
    "Ann Ruiz, the beloved host who gave up a career in medicine to become a writer, on Friday revealed that she is retiring.",
  );
  assert.ok(byCue(list, "revealed")?.source?.startsWith("Ann Ruiz"));
  const dash = analysed(
    "The gap hurts the mayor. [NYT]\n-Ann Ruiz looks to see if the polls can predict the vote.",
  );
  assert.equal(byCue(dash, "see")?.source, "Ann Ruiz");
});

test("'asked about X' has no hearer to skip; 'made voters think, question and laugh' reports no clause", () => {
  const asked = analysed(
    "When Carl Kaya asked about the mayor's ties to a builder, the mayor denied any link.",
  );
  assert.ok(!asked.some((q) => q.content === "to a builder"));
  assert.equal(byCue(asked, "denied")?.source, "the mayor");
  assert.equal(byCue(analysed("The show made viewers think, question and even laugh."), "think"), undefined);
});

test("'X said, asked about the delay': what follows 'asked about' is its topic, no inverted speaker", () => {
  const list = analysed('"It has been seven years," Ruiz said, asked about the delay in an interview.');
  assert.ok(!list.some((q) => q.source === "the delay"));
  assert.equal(byCue(list, "said")?.source, "Ruiz");
});

test("a lone lower-case adverb or preposition, or 'However'/'Perhaps', is no speaker", () => {
  const list = analysed("Perhaps counterintuitively, deeply reported features and long pieces rate well.");
  assert.ok(list.every((q) => q.source !== "Perhaps"));
});

test("a capitalised modal before a past form is a name, not part of the cue ('May said')", () => {
  const list = analysed("May said the coordinated measures sent the strongest signal.");
  assert.equal(list[0]?.cue, "said");
  assert.equal(list[0]?.source, "May");
});

test("a closing adjunct set off after the speaker is not part of the source; an affiliation is", () => {
  const part = analysed("Dana Whitfield, for her part, said the ferry plan would fail.");
  assert.equal(byCue(part, "said")?.source, "Dana Whitfield");
  const stmt = analysed(
    "The harbour board, in a statement on Thursday, said the ferry would run twice a day.",
  );
  assert.equal(byCue(stmt, "said")?.source, "The harbour board");
  const at = analysed("Lena Ortiz, at the Coastal Research Institute, said the ferry plan would fail.");
  assert.equal(byCue(at, "said")?.source, "Lena Ortiz, at the Coastal Research Institute");
});

test("a news site's page furniture names no speaker: photo galleries, video captions, story highlights", () => {
  const list = analysed(
    "The ferry sank on Monday.\n\nPhotos: The ferry that sank off the coast\n\n" +
      "JUST WATCHED Ann Ruiz: The crew did everything they could Replay More Videos\n\n" +
      "Story highlights Coast guards searched the bay for two days\n\n" +
      "Hide Caption 3 of 9 The mayor said the divers would keep searching.\n\n" +
      "Hide Caption 4 of 9 Photos: The rescue boats in the bay at night",
  );
  assert.ok(!list.some((q) => /^(Photos|Story|Hide)/.test(q.source ?? "")), JSON.stringify(list));
  assert.equal(byCue(list, ":")?.source, "Ann Ruiz");
  assert.ok(!list.some((q) => q.cue === "highlights"));
  assert.equal(byCue(list, "said")?.source, "The mayor");
});

test("'according to' after a connective opens the report; a participle before the source's noun is part of it", () => {
  const list = analysed(
    "For example, according to an informed city official, the council has told staff to delay the vote.",
  );
  const acc = byCue(list, "according to");
  assert.equal(acc?.source, "an informed city official");
  assert.equal(acc?.content, "the council has told staff to delay the vote");
  // the fronted "For example, according to ..." is no report of the council's
  assert.ok(!list.some((q) => q.source === "the council"), JSON.stringify(list));
  // a subject before the comma keeps the whole sentence as the report
  const mid = analysed("Fundraising, according to the campaign, has surged in the past month.");
  assert.equal(
    byCue(mid, "according to")?.content,
    "Fundraising, according to the campaign, has surged in the past month",
  );
});

test("'Added Ruiz: \"...\"' names the speaker after the verb, and 'That's what X said' points back to the quote", () => {
  const added = analysed(
    'The hearing ran late. Added Ruiz: "The managers might say that everything we said is wrong."',
  );
  assert.equal(byCue(added, "Added")?.source, "Ruiz");
  assert.equal(byCue(added, "Added")?.content, "The managers might say that everything we said is wrong.");
  const back = analysed(
    '"If we do not win this fight, there is no other fight left." That is what Governor Dana Lee said soon after taking office.',
  );
  const said = byCue(back, "said");
  assert.equal(said?.source, "Governor Dana Lee");
  assert.equal(said?.content, "If we do not win this fight, there is no other fight left.");
  // a wish is no report: "That was what Lee wanted to hear"
  const wish = analysed('"We will vote for you," she said. That was what Lee wanted to hear.');
  assert.ok(!wish.some((q) => q.source === "Lee" && q.content.startsWith("We will")));
});

test("'Or as X, an appositive, put it, \"...\"' is an as-clause report like 'And as X put it'", () => {
  const list = analysed(
    'Or as Bob Lane, another veteran of the harbour board, put it, "The whole process floats on air."',
  );
  assert.equal(byCue(list, "put it")?.source, "Bob Lane, another veteran of the harbour board");
});

test("a ', V-ing' cue after a subordinate clause is the act of the clause around it, not of the subordinate subject", () => {
  const list = analysed(
    "The treasurer gave no details about how he planned to cut the deficit, saying only that the port would pay its share.",
  );
  assert.equal(byCue(list, "saying")?.source, "The treasurer");
  assert.equal(
    byCue(analysed("The mayor was cagey about where she stands, offering few details."), "offering")?.source,
    "The mayor",
  );
});

test("a possessed cue noun inside a phrase of its own is the possessor's; as a verb's object, the subject's", () => {
  assert.equal(
    byCue(analysed("The senator won applause for her criticism of the ferry levy."), "criticism of")?.source,
    "her",
  );
  assert.equal(
    byCue(analysed("The mayor's standing was hurt by her decision to close the ferry office."), "decision")
      ?.source,
    "her",
  );
  assert.equal(
    byCue(analysed("The senator stepped up her attacks on the ferry levy."), "attacks on")?.source,
    "The senator",
  );
});

test("'regarded as', 'viewed as', 'referred to as' after a noun: a passive impression with no source", () => {
  const regarded = byCue(
    analysed("The harbour master, regarded as the toughest inspector on the coast, has retired."),
    "regarded",
  );
  assert.equal(regarded?.source, null);
  assert.equal(
    regarded?.content,
    "The harbour master, regarded as the toughest inspector on the coast, has retired",
  );
  const referred = byCue(
    analysed(
      "The old ferry, referred to as the Grey Lady by the islanders, will sail for the last time on Friday.",
    ),
    "referred to",
  );
  assert.equal(referred?.source, null);
  // The active "referred to X as Y" keeps its subject.
  assert.equal(
    byCue(analysed("The islanders referred to the old ferry as the Grey Lady."), "referred to")?.source,
    "The islanders",
  );
});

test("a cue past the comma closing a fronted subordinate clause is the main clause's, not the fronted subject's", () => {
  const list = analysed(
    "After the results from the harbour ward were in on Tuesday night, the mayor's campaign manager, Tom Baker, appeared on the radio and outlined how she could still win.",
  );
  assert.equal(byCue(list, "outlined")?.source, "the mayor's campaign manager");
});

test("a verb joined by 'and' after a subordinate clause is the act of the clause's subject", () => {
  const list = analysed(
    "The treasurer defended the levy when the mayor came under attack last spring, and has also not answered the question of what the port will pay.",
  );
  assert.equal(byCue(list, "has also not answered")?.source, "The treasurer");
});

test("the object of a verb of making someone act ('caused many to wonder', 'left some to question') is the source", () => {
  const caused = analysed("The storm has caused many islanders to wonder whether the ferry will run at all.");
  assert.equal(byCue(caused, "wonder")?.source, "many islanders");
  const left = analysed("The closure left some fishermen to question whether the port would reopen.");
  assert.equal(byCue(left, "question")?.source, "some fishermen");
});

test("after a verb of leaving, getting or carrying, the object does the -ing act ('left many wondering')", () => {
  const left = analysed("The vote has left many islanders wondering whether the ferry will run at all.");
  assert.equal(byCue(left, "wondering")?.source, "many islanders");
  assert.equal(
    byCue(analysed("The meeting got people talking about a second ferry."), "talking about")?.source,
    "people",
  );
  // "have" keeps its subject: "had trouble finding" is the mayor's.
  const had = analysed("The mayor had trouble finding her notes on the ferry levy.");
  assert.equal(byCue(had, "finding")?.source, "The mayor");
});

test("a relative pronoun before an adjunct, or a 'which' set off by a comma, is the cue's subject", () => {
  const which = analysed("Norton, which declined to comment, returned the publication rights.");
  assert.equal(byCue(which, "declined")?.source, "which");
  const through = analysed(
    "The judge, who through his office declined to comment, was born in the port town.",
  );
  assert.equal(byCue(through, "declined")?.source, "who");
  const like = analysed("The woman, who like many in the town did not want to be named, spoke of the ferry.");
  assert.equal(byCue(like, "did not want")?.source, "who");
});

test("a poll's count keeps its 'about', 'nearly' or 'more than', and a ratio before the verb is its subject", () => {
  const list = analysed(
    "Two in three said the ferry was too slow, and nearly three in five said they are much less likely to ride it.",
  );
  assert.equal(
    list.find((q) => q.content === "they are much less likely to ride it")?.source,
    "nearly three in five",
  );
  assert.equal(list.find((q) => q.cue === "said")?.content, "the ferry was too slow");
  const want = analysed("About 4 in 10 want a mayor with experience.");
  assert.equal(byCue(want, "want")?.source, "About 4 in 10");
  // A number before a noun the tagger reads as a verb is no subject of a report.
  assert.equal(byCue(analysed("The four states that voted last week held firm."), "states"), undefined);
});

test("a subject before a dashed aside speaks past a hyphen inside the aside", () => {
  const told = analysed("Okafor — after a knock-on-wood gesture — told me the season had gone well.");
  assert.match(byCue(told, "told")?.source ?? "", /^Okafor/);
  const warn = analysed(
    "Even so, some harbour economists - including a minority of the board's own policy-making panel - warn that the levy could stall trade.",
  );
  assert.match(byCue(warn, "warn")?.source ?? "", /^some harbour economists/);
});

test("an adverbial idiom or a time inside the verb group ('have in fact reported', 'last month joked') leaves the subject before it", () => {
  const fact = analysed("Three harbour groups have in fact reported spending $5,000 on the race.");
  assert.equal(fact.find((q) => q.cue?.endsWith("reported"))?.source, "Three harbour groups");
  assert.equal(fact.find((q) => q.cue?.endsWith("reported"))?.cue, "have in fact reported");
  const joked = analysed("Rep. Ann Ruiz (D-Ore.) last month joked to the pilots that the port was sinking.");
  assert.equal(byCue(joked, "joked")?.source, "Rep. Ann Ruiz");
  const never = analysed("Okafor did not at any time Thursday mention the levy.");
  assert.equal(never.find((q) => q.cue?.endsWith("mention"))?.source, "Okafor");
});

test("'tweeted this:' after a fronted clause points to the quote; 'this' is no inverted speaker", () => {
  const list = analysed(
    'But soon after she spoke, Ann Ruiz, a former adviser to the mayor, tweeted this: "She did it again."',
  );
  assert.equal(byCue(list, "tweeted")?.source, "Ann Ruiz, a former adviser to the mayor");
  assert.equal(byCue(list, "tweeted")?.content, "She did it again.");
});

test("a poll's share speaks: '47% say', 'nine out of 10 say', 'those surveyed said', 'at least 21,000 said'", () => {
  assert.equal(byCue(analysed("47% say the city should build a sea wall."), "say")?.source, "47%");
  const nine = analysed("Nearly nine out of 10 say they will need to keep learning.");
  assert.equal(byCue(nine, "say")?.source, "Nearly nine out of 10");
  const surveyed = analysed("Again, those surveyed said the mayor was best able to handle the port.");
  assert.equal(byCue(surveyed, "said")?.source, "those surveyed");
  const least = analysed("Since June, at least 21,000 said they would run for the harbour board.");
  assert.equal(byCue(least, "said")?.source, "at least 21,000");
  // An owner's share is a noun phrase: "support" there is no cue.
  assert.equal(byCue(analysed("His 32% support gives him a lead over the mayor."), "support"), undefined);
});

test("a position ends before 'while' and a contrasting report of its own", () => {
  const list = analysed("Half of the women preferred Ruiz while about 6 in 10 men supported Okafor.");
  assert.equal(byCue(list, "preferred")?.content, "Ruiz");
  assert.equal(byCue(list, "supported")?.source, "about 6 in 10 men");
  // A clause of time or a participle after "while" stays in the position.
  const time = analysed("The senator criticized the levy while she was mayor of the port.");
  assert.equal(byCue(time, "criticized")?.content, "the levy while she was mayor of the port");
});

test("a quantifier standing as the subject ('Many fear', 'Few express') makes the cue word a verb", () => {
  assert.equal(byCue(analysed("Many fear the mayor will raise the levy."), "fear")?.source, "Many");
  assert.equal(byCue(analysed("But few express enthusiasm about the ferry plan."), "express")?.source, "few");
  // "Some" before a noun is a determiner; "many" before a plural noun too.
  assert.equal(byCue(analysed("Some protest leaders said they would march."), "protest"), undefined);
  assert.equal(byCue(analysed("He made many references to the mayor."), "references"), undefined);
});

test("'first reported by X' after 'as', 'which was' or a comma names X as the source", () => {
  const as = analysed("The port planned to cut fares, as first reported by the Harbour Times on Tuesday.");
  assert.equal(as.find((q) => q.cue?.includes("reported"))?.source, "the Harbour Times");
  assert.equal(as.find((q) => q.cue?.includes("reported"))?.content, "The port planned to cut fares");
  const which = analysed(
    '"Reopening it would be hard," Ruiz wrote in the email, which was first reported by The Harbour Times.',
  );
  assert.equal(which.find((q) => q.cue?.includes("reported"))?.source, "The Harbour Times");
  const comma = analysed("The campaign, first reported by The Harbour Post, is a key part of the plan.");
  assert.equal(comma.find((q) => q.cue?.includes("reported"))?.source, "The Harbour Post");
});

test("a headline label keeps its speaker after a split-off tag, and a short quote opening the line", () => {
  const tag = analysed(
    "EXCLUSIVE – Ann Ruiz: We Will Not Trust the Ferry Schedule.\n\nThe mayor spoke on Friday.",
  );
  assert.equal(byCue(tag, ":")?.source, "Ann Ruiz");
  const quote = analysed(
    "Ann Ruiz: ‘Of Course’ Ben Okafor Is Qualified To Be Mayor.\n\nThe mayor spoke on Friday.",
  );
  assert.equal(byCue(quote, ":")?.source, "Ann Ruiz");
  assert.equal(byCue(quote, ":")?.content, "‘Of Course’ Ben Okafor Is Qualified To Be Mayor");
});

test("an inverted 'said X' needs reported words before it, not a name and its appositive", () => {
  const list = analysed(
    'In an interview, Ben Okafor, a former pilot of the port, said Ruiz "was personally involved in the plan."',
  );
  assert.equal(byCue(list, "said")?.source, "Ben Okafor, a former pilot of the port");
  assert.equal(byCue(analysed('"The port is closed," said Ruiz.'), "said")?.source, "Ruiz");
});

test("an -ing cue's subject found after it ('before insisting he had') gives way to the speaker before", () => {
  const list = analysed(
    "“There is great danger in the levy,” Ruiz told reporters, before insisting he had a good relationship with the pilots.",
  );
  assert.equal(byCue(list, "insisting")?.source, "Ruiz");
});

test("a name the tagger misreads before a cue ('Earnest' as an adjective, 'Will' as a modal) still speaks", () => {
  const adj = analysed(
    '"At this point, we take the risk very seriously," Earnest told reporters at the time.',
  );
  assert.equal(byCue(adj, "told")?.source, "Earnest");
  const modal = analysed('"The port is a reminder of the stakes," Will wrote.');
  assert.equal(byCue(modal, "wrote")?.source, "Will");
  // A participle between an adjective and its noun still modifies the noun.
  assert.equal(byCue(analysed("They need 270 more pledged delegates to win."), "pledged"), undefined);
});

test("a floating 'both'/'all' after an auxiliary is part of the verb group, not the source", () => {
  const list = analysed(
    "The mayor, who has both endorsed Okafor and criticized his campaign, spoke on Friday.",
  );
  assert.equal(list.find((q) => q.cue?.endsWith("endorsed"))?.source, "who");
  assert.equal(byCue(list, "criticized")?.source, "who");
});

test("a modifier the tagger reads as an adverb between an owner and its noun stays in the speaker's phrase", () => {
  const list = analysed(
    "The port faces fraud in the coming vote, Ruiz’s longtime confidant Ben Okafor stated.",
  );
  assert.equal(byCue(list, "stated")?.source, "Ruiz’s longtime confidant Ben Okafor");
});

test("'..., a new poll shows.' closing a sentence is a report though the tagger reads 'shows' as a noun", () => {
  const list = analysed("The races in the three counties are all close, a Harbour University poll shows.");
  assert.equal(byCue(list, "shows")?.source, "a Harbour University poll");
  // A bare noun closing a sentence is no cue: "gave a roundabout answer."
  assert.equal(byCue(analysed("Asked about the levy, Ruiz gave a roundabout answer."), "answer"), undefined);
});

test("a floating 'both' after a dashed aside points to the subject before the aside", () => {
  const list = analysed(
    "Harbour establishment figures — whose party was once respected for its discipline and public unity — both suggested Ruiz’s speechwriter be fired and defended Okafor as a candidate.",
  );
  assert.match(byCue(list, "suggested")?.source ?? "", /^Harbour establishment figures/);
  assert.match(byCue(list, "defended")?.source ?? "", /^Harbour establishment figures/);
});

test("an -ing cue opening the text with its subject after it does not crash", () => {
  const list = analysed("Saying he had a good relationship with the pilots, Ruiz left.");
  assert.ok(Array.isArray(list));
  assert.ok(Array.isArray(analysed("Insisting he had won, the mayor left the port.")));
});

test("a question put to the reader reports no one's view; an interviewer's 'Q:' turn still does", () => {
  const text = "The ferry levy passed on Monday.\n\nDo you support the ferry levy? Share this story.";
  assert.equal(
    analysed(text).find((q) => q.source === "you"),
    undefined,
  );
  const rhetorical = analysed("Would you say the harbour plan has failed? The mayor does not.");
  assert.equal(
    rhetorical.find((q) => q.source === "you"),
    undefined,
  );
  const interview = analysed("Q: The levy is unpopular. Do you think the ferry can survive without it?");
  assert.equal(interview.find((q) => q.source === "you")?.cue, "think");
});

test("a verb over a quote in title case names a slogan or a show, not reported words", () => {
  const cap = analysed("Ruiz wore a hat with \u201CHarbour Pride First\u201D on it at the rally.");
  assert.equal(byCue(cap, "wore"), undefined);
  const show = analysed("Ruiz enjoys \u201CHarbour Nights.\u201D");
  assert.equal(byCue(show, "enjoys"), undefined);
  // Words in sentence case are still reported words.
  const words = analysed("Ruiz enjoys \u201Cthe quiet of the harbour.\u201D");
  assert.equal(byCue(words, "enjoys")?.source, "Ruiz");
});

test("after a quote, a verb outside the lexicon keeps its particle: 'shot back', 'cried out'", () => {
  const back = analysed('"They only want the free ferry passes," Ruiz shot back with a laugh.');
  assert.equal(byCue(back, "shot back")?.source, "Ruiz");
  const out = analysed('"Hands off our boats!" the crowd cried out, booing.');
  assert.equal(byCue(out, "cried out")?.source, "the crowd");
});

test("a relative clause set off and closed before the cue is an aside: the speaker is the noun it hangs on", () => {
  const whose = analysed(
    "Okafor, whose views on the port have upset his own party, last year proposed a ban on ferries.",
  );
  assert.equal(byCue(whose, "proposed")?.source, "Okafor");
  const who = analysed(
    '"It is hard to call," said Ann Ruiz, who chairs the history department at the harbour college, citing the weather.',
  );
  assert.equal(
    byCue(who, "citing")?.source,
    "Ann Ruiz, who chairs the history department at the harbour college",
    "the participle is the act of the inverted speaker, described up to the comma before it, not of 'who'",
  );
  // A relative clause that goes on past its comma ("..., but has ...") keeps its pronoun.
  const more = analysed(
    "The host, who is backing Ruiz, but has dismissed the story about the levy, asked her about it.",
  );
  assert.equal(byCue(more, "has dismissed")?.source, "who");
});

test("an editorial, like a letter or an ad, is the message its sender's -ing cue goes out in", () => {
  const list = analysed(
    "The Harbour Courier, the largest paper in the county, has run a string of negative editorials pushing the same line of attack.",
  );
  assert.equal(byCue(list, "pushing")?.source, "The Harbour Courier");
});

test("a report reached through a verb's object is the subject's act alone: the object reports nothing", () => {
  const suit = analysed(
    "The harbour board filed a $2 million lawsuit in 2019 alleging that the ferry firm had cheated its riders.",
  );
  assert.equal(suit.filter((q) => q.source === "2 million lawsuit").length, 0);
  assert.equal(byCue(suit, "filed")?.source, "The harbour board");
  const know = analysed("The mayor wants voters to know that the bridge will open in May.");
  assert.deepEqual(
    know.map((q) => q.source),
    ["The mayor"],
  );
});

test("a named poll after a candidate's standing is the source of that standing", () => {
  const lead = analysed("Ruiz has had a big lead in the most recent harbour polls.");
  assert.equal(byCue(lead, "in")?.source, "the most recent harbour polls");
  assert.equal(byCue(lead, "in")?.content, "Ruiz has had a big lead");
  const rose = analysed("It was a quiet week. Ruiz rose three points in the county survey.");
  assert.equal(byCue(rose, "in")?.source, "the county survey");
  // The bare "in the polls", an average that is no poll, and a clause with a report of its own stay out.
  assert.equal(byCue(analysed("Ruiz has a lead in the polls."), "in"), undefined);
  assert.equal(
    byCue(
      analysed(
        "The show notched its third-highest rating in cable history — an average of 9 million viewers.",
      ),
      "in",
    ),
    undefined,
  );
  const viewed = analysed("Most voters viewed Ruiz favorably in the county survey.");
  assert.equal(byCue(viewed, "in"), undefined);
});

test("a poll that has, gives or puts a candidate somewhere reports that standing", () => {
  const has = analysed("The county poll has Ruiz leading Okafor by just six points.");
  assert.equal(byCue(has, "has")?.source, "The county poll");
  assert.equal(byCue(has, "has")?.content, "Ruiz leading Okafor by just six points");
  const gave = analysed("A harbour poll gave Ruiz a 30-point advantage.");
  assert.equal(byCue(gave, "gave")?.source, "A harbour poll");
  // The poll's own features, an auxiliary and a census's act are no placing.
  assert.equal(byCue(analysed("The poll has a margin of error of three points."), "has"), undefined);
  assert.equal(byCue(analysed("Every recent harbour poll has shown Ruiz trailing."), "has"), undefined);
  assert.equal(byCue(analysed("The census gave the county its first ferry."), "gave"), undefined);
});

test("'found itself', 'found himself playing defence': a circumstance, not a finding", () => {
  assert.equal(
    byCue(analysed("The harbour bank has found itself at the centre of the ferry row."), "has found"),
    undefined,
  );
  assert.equal(byCue(analysed("Ruiz found himself playing defence on the levy."), "found"), undefined);
  assert.equal(
    byCue(analysed("The auditors found that the levy was late."), "found")?.content,
    "that the levy was late",
  );
});

test("'showed up in 2008' is turning up somewhere, not showing something", () => {
  const list = analysed("Young voters who showed up in 2008 stayed home this year.");
  assert.equal(byCue(list, "showed"), undefined);
  assert.equal(byCue(analysed("The polls show that Ruiz is ahead."), "show")?.source, "The polls");
});

test("'a request seeking comment' is a reporter's request, no one's position", () => {
  const list = analysed("Okafor did not immediately return a request seeking comment.");
  assert.equal(byCue(list, "seeking"), undefined);
});

test("a time adverb before a passive impression's participle keeps it an impression: 'emails now deemed classified'", () => {
  const list = analysed(
    "The newest release includes 64 emails now deemed classified, bringing the total to 2,000.",
  );
  assert.equal(byCue(list, "now deemed")?.source, null);
  assert.equal(
    byCue(list, "now deemed")?.content,
    "64 emails now deemed classified, bringing the total to 2,000",
  );
});

test("a fronted 'To X,' naming someone gives the clause after it as X's view", () => {
  const many = analysed("To many, Ruiz is a hero of the coast.");
  assert.equal(byCue(many, "To")?.source, "many");
  assert.equal(byCue(many, "To")?.content, "Ruiz is a hero of the coast");
  const named = analysed("It was a long week. To Ms. Ruiz, the levy represents a tax on the poor.");
  assert.equal(byCue(named, "To")?.source, "Ms. Ruiz");
  // An infinitive or an idiom names no one.
  assert.equal(byCue(analysed("To win the county, Ruiz needs the ferry vote."), "To"), undefined);
  assert.equal(byCue(analysed("To date, the levy has raised little."), "To"), undefined);
  assert.equal(byCue(analysed("To be sure, the ferry is late."), "To"), undefined);
});

test("criticism drawn or faced, support or an endorsement won, 'from X' names X as the critic or backer", () => {
  const drawn = analysed("The ferry plan has drawn harsh criticism from the harbour board.");
  assert.equal(byCue(drawn, "criticism")?.source, "the harbour board");
  assert.equal(byCue(drawn, "criticism")?.content, "The ferry plan");
  const faced = analysed("Ruiz has faced criticism from rivals that her levy hurts the poor.");
  assert.equal(byCue(faced, "criticism")?.source, "rivals");
  assert.equal(byCue(faced, "criticism")?.content, "that her levy hurts the poor");
  // Criticism the subject rejects is no one's report through the noun.
  assert.equal(byCue(analysed("The mayor dismissed criticism from Okafor."), "criticism"), undefined);
  const support = analysed("Ruiz has won overwhelming support from ferry captains.");
  assert.equal(byCue(support, "support")?.source, "ferry captains");
  assert.equal(byCue(support, "support")?.content, "Ruiz");
  assert.equal(byCue(analysed("Ruiz had no support from her colleagues."), "support"), undefined);
  const won = analysed("Last month, Ruiz won the endorsement of the harbour pilots' union.");
  assert.equal(byCue(won, "endorsement")?.source, "the harbour pilots' union");
  assert.equal(byCue(won, "endorsement")?.content, "Ruiz");
  const backing = analysed("The bill has the backing of many captains.");
  assert.equal(byCue(backing, "backing")?.source, "many captains");
});

test("a reduced passive of opposing ('the bill, opposed by the pilots,') names its agent; one of support does not", () => {
  const opposed = analysed("The ferry bill, opposed by harbour pilots, never became law.");
  assert.equal(byCue(opposed, "opposed")?.source, "harbour pilots");
  assert.equal(byCue(opposed, "opposed")?.content, "The ferry bill");
  const rejected = analysed("The county adopted a plan rejected by the board last year.");
  assert.equal(byCue(rejected, "rejected")?.source, "the board");
  assert.equal(byCue(analysed("The fleet, backed by the county, grew."), "backed"), undefined);
});

test("a fronted 'By X's tally,' is the source of the clause after it", () => {
  const tally = analysed("By the harbour board's tally, the ferry lost money in May.");
  assert.equal(byCue(tally, "By")?.source, "the harbour board's tally");
  assert.equal(byCue(tally, "By")?.content, "the ferry lost money in May");
  assert.equal(byCue(analysed("By noon, the ferry had left."), "By"), undefined);
});

test("', warning that ...' after a report is the subject's second act, though tagged as the noun", () => {
  const list = analysed(
    "The ferry company said it would cut the winter timetable, warning that fares could rise.",
  );
  assert.equal(
    byCue(list, "said")?.content,
    "it would cut the winter timetable",
    "first report ends at the comma",
  );
  assert.equal(byCue(list, "warning")?.source, "The ferry company", "the warning is the company's");
  assert.equal(byCue(list, "warning")?.content, "that fares could rise", "the warned words");
  assert.equal(
    byCue(analysed("The board issued a stern warning that fares could rise."), "warning"),
    undefined,
    "a noun",
  );
});

test("a verb conjoined after a noun's report ('his remarks about X and said') is the clause subject's", () => {
  for (const text of [
    "The mayor stood by his comments about the pilots and said the harbour had been neglected.",
    "The mayor doubled down on his comments about the pilots and said the harbour had been neglected.",
  ]) {
    const list = analysed(text);
    assert.equal(byCue(list, "said")?.source, "The mayor", `the subject of the clause said it: ${text}`);
    assert.equal(byCue(list, "said")?.content, "the harbour had been neglected", `the said words: ${text}`);
  }
  const stood = analysed(
    "The mayor stood by his comments about the pilots and said the harbour had been neglected.",
  );
  assert.equal(byCue(stood, "comments about")?.content, "the pilots", "the noun's words end at 'and'");
});

test("a position ends where a joined cue verb begins: the 'that' clause after it is that verb's", () => {
  const list = analysed(
    "The senator criticized the ferry levy, calling it a tax on islanders and asserting that the only fair fix was a toll.",
  );
  assert.equal(byCue(list, "calling")?.content, "it a tax on islanders", "'calling' keeps its own words");
  assert.equal(
    byCue(list, "asserting")?.content,
    "that the only fair fix was a toll",
    "'asserting' reports the 'that' clause",
  );
  assert.equal(byCue(list, "asserting")?.source, "The senator", "the joined verb shares the subject");
  const mayor = analysed(
    "The mayor spoke for an hour, praising the crews and warning that the bridge would close.",
  );
  assert.equal(byCue(mayor, "praising")?.content, "the crews", "the praise stops before 'and warning'");
  assert.equal(
    byCue(mayor, "warning")?.content,
    "that the bridge would close",
    "'warning' tagged as a noun is a cue",
  );
  assert.equal(byCue(mayor, "warning")?.source, "The mayor", "'warning' is the mayor's act");
});

test("a cue conjoined inside words reported before a later cue is the act of a subject in those words", () => {
  const list = analysed(
    "When Okafor thanked the city and said the plan would help, a man in the crowd yelled at him.",
  );
  assert.equal(byCue(list, "said")?.source, "Okafor", "Okafor said it, not the man who yelled");
  const crew = analysed("The crew fixed the pump and said the ship was safe, officials said.");
  const inner = crew.find((q) => q.cue === "said" && q.content === "the ship was safe");
  assert.equal(inner?.source, "The crew", "the crew said the ship was safe; the officials report it");
});

test("a sentence split inside a parenthesis ('(R-Okla.)') is joined, so the name before it stays the speaker", () => {
  const list = analysed(
    "ADVERTISEMENT\n\nRep. Dana Whitfield (R-Okla.), who chairs the panel, says the vote will wait.",
  );
  assert.equal(
    byCue(list, "says")?.source,
    "Rep. Dana Whitfield (R-Okla.), who chairs the panel",
    "the representative is the speaker, without the line above the paragraph",
  );
});

test("a sentence's opening 'To' of a purpose infinitive names no speaker", () => {
  const list = analysed("To encourage this independence, we give our judges long terms.");
  assert.ok(
    list.every((q) => q.source !== "To"),
    `no quote has 'To' for its source: ${JSON.stringify(list)}`,
  );
});

test("a fronted subordinate clause alone ('When X did Y, Z yelled at him') is no words of the later verb", () => {
  const list = analysed(
    "As the mayor praised the workers and said the bridge would open soon, a woman near the stage shouted insults.",
  );
  assert.ok(
    list.every((q) => q.source !== "a woman near the stage"),
    `the woman reports none of the mayor's words: ${JSON.stringify(list)}`,
  );
  assert.equal(byCue(list, "said")?.source, "the mayor", "the mayor said the bridge would open");
  const warned = analysed(
    "After the court refused to hear the case, the governor warned that the law would stand.",
  );
  assert.equal(
    byCue(warned, "warned")?.content,
    "that the law would stand",
    "the governor warned of the clause after",
  );
});

test("an inverted speaker runs on over an adjective's phrase ('said one aide close to the mayor')", () => {
  const list = analysed(
    "“The talks will drag on,” said one aide close to the mayor. “This could go on for weeks.”",
  );
  assert.equal(
    byCue(list, "said")?.source,
    "one aide close to the mayor",
    "the aide close to the mayor said it",
  );
  const familiar = analysed("“The vote will wait,” said an official familiar with the talks.");
  assert.equal(
    byCue(familiar, "said")?.source,
    "an official familiar with the talks",
    "the official familiar with the talks said it",
  );
});

test("a fronted clause with a main clause of its own, no comma between, is still the reported words", () => {
  const list = analysed("After the mayor left the hall he changed his plans, aides said.");
  assert.equal(
    byCue(list, "said")?.content,
    "After the mayor left the hall he changed his plans",
    "the aides report the whole sentence",
  );
  const since = analysed("Since the war the city has changed, argues Ruiz.");
  assert.equal(
    byCue(since, "argues")?.content,
    "Since the war the city has changed",
    "a 'Since' that the parse gives no clause of its own still opens the reported words",
  );
});

test("a fronted clause holding its own report, before 'X replied, \"...\"', leaves the quote to X", () => {
  const list = analysed(
    'When the host asked when the port might reopen, the mayor replied, "Not before spring."',
  );
  const quote = list.find((q) => q.content === "Not before spring.");
  assert.equal(quote?.source, "the mayor", "the mayor replied with the quoted words");
  assert.equal(byCue(list, "asked")?.source, "the host", "the host asked the question");
  const cond = analysed('If the port closes, she said, "we lose everything."');
  assert.equal(
    byCue(cond, "said")?.content,
    "If the port closes",
    "a condition with no report stays with her words",
  );
});

test("a fronted 'As the crowd began to chant,' or 'As for X who claim ...,' reports nothing of the main clause", () => {
  const chant = analysed(
    'As the crowd began to chant, Ruiz was joined on stage by the mayor and joked, "Calm down, people."',
  );
  assert.ok(
    chant.every((q) => q.source !== "the crowd"),
    `the crowd's chant carries no words of the main clause: ${JSON.stringify(chant)}`,
  );
  assert.equal(byCue(chant, "joked")?.source, "Ruiz", "Ruiz joked");
  const topic = analysed(
    'As for the critics who claim to prefer the old plan, Ruiz said, "They have not read it."',
  );
  assert.ok(
    topic.every((q) => !(q.source === "who" && q.content.includes("Ruiz"))),
    `the critics report none of Ruiz's words: ${JSON.stringify(topic)}`,
  );
  const post = analysed("As the Post reported on Monday, the inspector issued subpoenas.");
  assert.equal(
    byCue(post, "reported")?.source,
    "the Post",
    "a real 'As X reported,' still reports the main clause",
  );
});

test("a date set off before the speaker ('On Thursday, October 11, Ann Ruiz, ...') is no part of the source", () => {
  const list = analysed(
    "On Thursday, October 11, Ann Ruiz, the head of policy, announced the company was closing.",
  );
  assert.equal(byCue(list, "announced")?.source, "Ann Ruiz, the head of policy", "the date is when, not who");
  const may = analysed("May Ruiz, the mayor, said the port would close.");
  assert.equal(byCue(may, "said")?.source, "May Ruiz, the mayor", "a first name 'May' is no month");
});

test("a name glued to a page's next headline ('Sen. Ann Ruiz Ann Marie RuizSenate votes') ends at the surname", () => {
  const list = analysed(
    "“It will pass this week,” said Sen. Ann Ruiz Ann Marie RuizSenate votes on harbour bill.",
  );
  assert.equal(
    byCue(list, "said")?.source,
    "Sen. Ann Ruiz",
    "the link text and headline are no part of the speaker",
  );
});

test("two names joined by 'and' before an appositive ('Ann Ruiz and Tom Baker, the economist, said') both speak", () => {
  const list = analysed(
    "On Monday, Ann Ruiz and Tom Baker, the chief economist, said the company was closing.",
  );
  assert.equal(
    byCue(list, "said")?.source,
    "Ann Ruiz and Tom Baker, the chief economist",
    "the name before 'and' is a co-source",
  );
});

test("a linking adverb set off before the speaker ('Meanwhile, House Whip Ann Ruiz, R-La., said') is no part of the source", () => {
  const list = analysed("Meanwhile, House Whip Ann Ruiz, R-La., said on Monday that the vote would wait.");
  assert.equal(byCue(list, "said")?.source, "House Whip Ann Ruiz, R-La.", "'Meanwhile' names no one");
});

test("a fronted 'Shortly after X,' or 'Just before X,' names no one: the main clause's subject acts", () => {
  const warned = analysed(
    "Shortly after the vote, the families of the fishermen had gathered, warning that the deal would ruin the harbour.",
  );
  assert.equal(
    byCue(warned, "warning")?.source,
    "the families",
    "the participle is the act of the main clause's subject, not of the vote in the fronted phrase",
  );
  const wrote = analysed(
    "Soon after the mayor was booed at a breakfast, Okafor wrote to his followers and shared a link to the petition.",
  );
  assert.equal(
    byCue(wrote, "shared")?.source,
    "Okafor",
    "the adverb before 'after' still opens a fronted clause, whose subject is not the main one",
  );
});

test("a 'which' set off after a noun is the subject of a stance verb the tagger could read as a noun", () => {
  const list = analysed("The growers' federation, which supports the new levy, met in the port on Monday.");
  assert.equal(
    byCue(list, "supports")?.source,
    "which",
    "the relative 'which' is the subject of 'supports', so the relative clause reports the federation's stance",
  );
  assert.equal(byCue(list, "supports")?.content, "the new levy");
});

test("a named owner before a cue noun is its source, as a possessive pronoun is", () => {
  const list = analysed("The harbour master's attacks on the ferry company drew a rebuke from the council.");
  assert.equal(
    byCue(list, "attacks on")?.source,
    "The harbour master's",
    "the noun phrase owning 'attacks on' through its 's is the one who attacks",
  );
  const plan = analysed("The council's plan to sell the old pier failed in a close vote.");
  assert.equal(byCue(plan, "plan")?.source, undefined, "an owner's plan names a policy, not a report");
});

test("a fronted participle clause before the subject lends its noun to no conjoined cue", () => {
  const list = analysed(
    "Rallying hundreds of dock workers who are struggling to get by, Okafor toured the port and promised to cut the toll.",
  );
  assert.equal(
    byCue(list, "promised")?.source,
    "Okafor",
    "the verb after 'and' shares the main clause's subject, not the noun inside the fronted phrase",
  );
  assert.equal(
    byCue(list, "promised")?.content,
    "to cut the toll",
    "the fronted phrase is no content: a subject with its own verb before 'and' closes no words before it",
  );
});

test("time spent on an act is the spender's even with an adverb before the time", () => {
  const list = analysed("Lindqvist has spent nearly all of her time responding to the harbour board.");
  assert.equal(
    byCue(list, "responding")?.source,
    "Lindqvist",
    "the subject of 'spent' responds, not the time she spent",
  );
});

test("a noun 'called' a quoted title is named, not talked about", () => {
  const list = analysed('The guild paid for a short film called "Harbour Lights" about the dockers.');
  assert.equal(
    byCue(list, "called"),
    undefined,
    "'a film called \"Title\"' names the film; no one calls anything",
  );
  const called = analysed('Okafor called the toll "a disgrace" on Monday.');
  assert.equal(byCue(called, "called")?.source, "Okafor", "a subject calling something still makes a cue");
});

test("a named owner starts after a preposition and is the source even as an object", () => {
  const list = analysed(
    "The port, a favourite target of the mayor's frequent attacks on the ferry firm, closed in May.",
  );
  assert.equal(
    byCue(list, "attacks on")?.source,
    "the mayor's",
    "the owner is the phrase after 'of', not the whole noun phrase it hangs on",
  );
  const view = analysed("The delay only strengthened Okafor's belief that the board was weak.");
  assert.equal(
    byCue(view, "belief")?.source,
    "Okafor's",
    "a named owner holds the belief, not the subject of the verb whose object it is",
  );
});

test("a cue noun's phrase ends at a comma that closes a quote, leaving the report after it", () => {
  const list = analysed(
    'The port, a favourite target of the mayor\'s accusations of "fake news," won a prize for its report on how the board believed the pier was safe.',
  );
  assert.equal(
    byCue(list, "believed")?.source,
    "the board",
    "the report after the quoted phrase is no part of the accusations and keeps its own source",
  );
});

test("a speech verb after 'and'/'but' continues the outer speaker's act, not that of a subject in the reported words", () => {
  const added = analysed('Okafor said she welcomed the inquiry and added, "I have nothing to hide."');
  assert.equal(
    byCue(added, "added")?.source,
    "Okafor",
    "'added' repeats Okafor's saying; the 'she' of the reported clause is no separate speaker",
  );
  const cautioned = analysed(
    "The governor said Tuesday that she had voted for the levy, but cautioned against reading that as an endorsement.",
  );
  assert.equal(
    byCue(cautioned, "cautioned")?.source,
    "The governor",
    "'but cautioned' is the governor's second act, though the parse hangs it on 'voted'",
  );
  assert.equal(
    byCue(cautioned, "said")?.content,
    "that she had voted for the levy",
    "the first report ends at 'but'",
  );
  const suggested = analysed(
    "The ferry company said it hasn't hired any new crews since announcing the merger and suggested that the real question is the council's spending.",
  );
  assert.equal(
    byCue(suggested, "suggested")?.source,
    "The ferry company",
    "of two speech cues 'suggested' may repeat, the outer 'said' keeps it against the -ing form inside its words",
  );
  // A stance verb after "and" inside reported words stays the inner subject's.
  const inner = analysed("The mayor said the council rejected the toll and criticized the unions.");
  assert.equal(
    byCue(inner, "criticized")?.source,
    "the council",
    "a stance conjoined inside the words is the council's",
  );
});

test("a speech cue after 'by' or 'while' is the first speaker's next act, and the first words end before it", () => {
  const by = analysed(
    "The harbour master defended the new toll by saying the old ferries could not be repaired.",
  );
  assert.equal(
    byCue(by, "defended")?.content,
    "the new toll",
    "the defended thing ends before 'by': the saying is an act of its own",
  );
  assert.equal(
    byCue(by, "saying")?.source,
    "The harbour master",
    "'by saying' is the harbour master's report",
  );
  const whileStressing = analysed(
    "Most of the harbour pilots have already said they would reluctantly back the plan, while stressing it is not an endorsement.",
  );
  assert.equal(
    byCue(whileStressing, "stressing")?.source,
    "Most of the harbour pilots",
    "', while stressing' after the reported words is the pilots' act, not that of the 'they' inside them",
  );
  // The means of an act inside reported words stays part of those words.
  const inner = analysed("The mayor said the council balanced the budget by attacking the unions.");
  assert.equal(
    byCue(inner, "said")?.content,
    "the council balanced the budget by attacking the unions",
    "'by attacking' hangs on the council's verb, inside what the mayor said",
  );
});

test("stance phrases: casting someone as something, tearing into, unloading on, holding fire, aiming to, extolling", () => {
  const cast = analysed("The governor cast her challenger as a friend of the quarry owners.");
  assert.equal(
    cast.find((q) => q.cue?.startsWith("cast her challenger"))?.source,
    "The governor",
    "casting someone as something is the governor's characterization",
  );
  const ballots = analysed("The islanders cast their ballots as the polls opened.");
  assert.ok(
    !ballots.some((q) => q.cue?.startsWith("cast")),
    "casting ballots as the polls open is a vote, no characterization",
  );
  const tore = analysed("The mayor tore into the harbour board over the late ferries.");
  assert.equal(
    byCue(tore, "tore into")?.source,
    "The mayor",
    "tearing into someone is a rebuke by the mayor",
  );
  const unloaded = analysed("The coach unloaded on the referees after the match.");
  assert.equal(
    byCue(unloaded, "unloaded on")?.source,
    "The coach",
    "unloading on someone is the coach's attack",
  );
  const aims = analysed("The council aims to reopen the old ferry pier by spring.");
  assert.equal(byCue(aims, "aims to")?.source, "The council", "an aim is the council's stated intention");
  const fire = analysed("The senator held her fire on the budget chief.");
  assert.equal(
    byCue(fire, "held her fire on")?.source,
    "The senator",
    "holding fire on someone is a stance toward them",
  );
  const extol = analysed("The ferryman extolled the virtues of the night crossing.");
  assert.equal(
    byCue(extol, "extolled")?.source,
    "The ferryman",
    "extolling something is praise by the ferryman",
  );
});

test("'made' with a speech-act noun and its complement is a cue; without the complement, or 'made good on', it is not", () => {
  const point = analysed("The harbour master made the point that the tides rise higher every year.");
  const made = byCue(point, "made the point");
  assert.equal(made?.source, "The harbour master", "making a point is the harbour master's speech act");
  assert.equal(
    made?.content,
    "that the tides rise higher every year",
    "'that' opens the content, not the cue",
  );
  const statements = analysed("The mayor has made several sharp statements about the ferry fares.");
  assert.equal(
    statements.find((q) => q.cue?.endsWith("statements about"))?.source,
    "The mayor",
    "statements made about something report the mayor's words",
  );
  const during = analysed("The mayor made his remarks during a breakfast with fishermen.");
  assert.ok(!during.some((q) => q.cue?.startsWith("made")), "remarks made during an event name no content");
  const missteps = analysed(
    "The pilot lost ground after making costly missteps in statements about the storm.",
  );
  assert.ok(
    !missteps.some((q) => q.cue?.startsWith("making")),
    "missteps made in statements are no speech act: the noun sits past a preposition",
  );
  const good = analysed("The council made good on a promise to repave the quay.");
  assert.ok(
    !good.some((q) => q.cue?.startsWith("made")),
    "making good on a promise keeps it; nobody says anything",
  );
});

test("a critique delivered or details provided, with what they are about, are the subject's words", () => {
  const critique = analysed("The union leader delivered a scathing critique of the new shift rota.");
  assert.equal(
    critique.find((q) => q.cue?.startsWith("delivered"))?.source,
    "The union leader",
    "a critique delivered is the union leader's judgment",
  );
  const details = analysed("The minister has provided no details about the ferry subsidy.");
  assert.equal(
    details.find((q) => q.cue?.includes("details about"))?.source,
    "The minister",
    "details provided about something are the minister's account of it",
  );
  const parcel = analysed("The courier delivered a parcel to the harbour office.");
  assert.ok(!parcel.some((q) => q.cue?.startsWith("delivered")), "a parcel delivered carries no words");
});
