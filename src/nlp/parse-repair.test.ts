// Repairs made on the finished parse (parse-repair.ts), on hand-built trees of invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  repairFrontedPhraseRoot,
  repairSubjectAsRoot,
  repairSubjectHungOnFrontedPhrase,
  repairSubjectlessSpeech,
  repairSubordinatorAsCase,
  repairTimeAsSubject,
  type Tree,
  type TreeTags,
} from "./parse-repair.js";

/** A sentence as "word/UPOS/XPOS/head/deprel" items (1-based heads). */
function tree(spec: string) {
  const rows = spec.split(" ").map((w) => w.split("/"));
  return {
    tags: { words: rows.map((r) => r[0]), upos: rows.map((r) => r[1]), xpos: rows.map((r) => r[2]) },
    tree: { head: rows.map((r) => Number(r[3])), deprel: rows.map((r) => r[4]) },
  };
}

/** Asserts that `repair` leaves the tree of `spec` as it is. */
function assertUntouched(repair: (t: Tree, tags: TreeTags) => boolean, spec: string, why: string) {
  const t = tree(spec);
  const before = JSON.stringify(t.tree);
  assert.equal(repair(t.tree, t.tags), false, why);
  assert.equal(JSON.stringify(t.tree), before, `${why}: the tree is untouched`);
}

test("a closing 'X and Y said' the parse joined to the object becomes the verb's subject", () => {
  // Raiders seized forty cows and goats , herders and elders said .
  const t = tree(
    "Raiders/NOUN/NNS/2/nsubj seized/VERB/VBD/0/root forty/NUM/CD/4/nummod cows/NOUN/NNS/2/obj " +
      "and/CCONJ/CC/6/cc goats/NOUN/NNS/4/conj ,/PUNCT/,/8/punct herders/NOUN/NNS/4/conj " +
      "and/CCONJ/CC/10/cc elders/NOUN/NNS/4/conj said/VERB/VBD/2/conj ./PUNCT/./11/punct",
  );
  assert.equal(repairSubjectlessSpeech(t.tree, t.tags), true, "the tree changes");
  assert.equal(t.tree.head[7], 11, "herders is said's ...");
  assert.equal(t.tree.deprel[7], "nsubj", "... subject");
  assert.deepEqual([t.tree.head[9], t.tree.deprel[9]], [8, "conj"], "elders is joined to herders");
  assert.deepEqual([t.tree.head[8], t.tree.deprel[8]], [10, "cc"], "'and' goes with elders");
  assert.deepEqual([t.tree.head[5], t.tree.deprel[5]], [4, "conj"], "goats stays with cows");
});

test("a name the parse split keeps its parts together as one speaker, not two", () => {
  // After talks with Dr. Vale , Ms. Orna Pell said it went well .
  const t = tree(
    "After/ADP/IN/3/case talks/NOUN/NNS/10/obl with/ADP/IN/5/case Dr./PROPN/NNP/5/nmod:desc " +
      "Vale/PROPN/NNP/2/nmod ,/PUNCT/,/8/punct Ms./PROPN/NNP/8/nmod:desc Orna/PROPN/NNP/5/conj " +
      "Pell/PROPN/NNP/5/flat said/VERB/VBD/0/root it/PRON/PRP/12/nsubj went/VERB/VBD/10/ccomp " +
      "well/ADV/RB/12/advmod ./PUNCT/./10/punct",
  );
  assert.equal(repairSubjectlessSpeech(t.tree, t.tags), true, "the tree changes");
  assert.deepEqual([t.tree.head[7], t.tree.deprel[7]], [10, "nsubj"], "Orna is said's subject");
  assert.deepEqual([t.tree.head[8], t.tree.deprel[8]], [8, "flat"], "Pell is the rest of her name");
});

test("no repair for a participle, a phrase holding a verb, or a verb that has its subject", () => {
  // Kell issued a statement saying it was over .
  const participle = tree(
    "Kell/PROPN/NNP/2/nsubj issued/VERB/VBD/0/root a/DET/DT/4/det statement/NOUN/NN/2/obj " +
      "saying/VERB/VBG/4/acl it/PRON/PRP/8/nsubj was/AUX/VBD/8/cop over/ADV/RB/5/ccomp ./PUNCT/./2/punct",
  );
  assert.equal(
    repairSubjectlessSpeech(participle.tree, participle.tags),
    false,
    "'saying' is no finite verb",
  );
  // Voters backing the plan say it helps .
  const withVerb = tree(
    "Voters/NOUN/NNS/0/root backing/VERB/VBG/1/acl the/DET/DT/4/det plan/NOUN/NN/2/obj " +
      "say/VERB/VBP/1/conj it/PRON/PRP/7/nsubj helps/VERB/VBZ/5/ccomp ./PUNCT/./1/punct",
  );
  assert.equal(repairSubjectlessSpeech(withVerb.tree, withVerb.tags), false, "'the plan' is inside a clause");
  // Prices rose , the bureau said .
  const fine = tree(
    "Prices/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root ,/PUNCT/,/6/punct the/DET/DT/5/det " +
      "bureau/NOUN/NN/6/nsubj said/VERB/VBD/2/parataxis ./PUNCT/./2/punct",
  );
  const before = JSON.stringify(fine.tree);
  assert.equal(repairSubjectlessSpeech(fine.tree, fine.tags), false, "a subject is there already");
  assert.equal(JSON.stringify(fine.tree), before, "and the tree is untouched");
});

test("a fronted phrase the parse made the root becomes the oblique of the clause's verb", () => {
  // On Friday , $ 1 bought 50 lira .  ("$" hung on the phrase, "bought" on "$")
  const t = tree(
    "On/ADP/IN/2/case Friday/PROPN/NNP/0/root ,/PUNCT/,/4/punct $/SYM/$/2/appos 1/NUM/CD/4/nummod " +
      "bought/VERB/VBD/4/acl 50/NUM/CD/8/nummod lira/NOUN/NN/6/obj ./PUNCT/./2/punct",
  );
  assert.equal(repairFrontedPhraseRoot(t.tree, t.tags), true, "the tree changes");
  assert.deepEqual([t.tree.head[5], t.tree.deprel[5]], [0, "root"], "'bought' is the root");
  assert.deepEqual([t.tree.head[1], t.tree.deprel[1]], [6, "obl"], "'Friday' its oblique");
  assert.deepEqual([t.tree.head[3], t.tree.deprel[3]], [6, "nsubj"], "'$' its subject");
  assert.equal(t.tree.head[8], 6, "the full stop goes with the verb");
});

test("a subject's apposition stays with the subject, a participle on it becomes its modifier", () => {
  // In May , the rebels , once Kell 's allies , attacked the town .
  const appos = tree(
    "In/ADP/IN/2/case May/PROPN/NNP/0/root ,/PUNCT/,/5/punct the/DET/DT/4/det rebels/NOUN/NNS/2/appos " +
      ",/PUNCT/,/10/punct once/SCONJ/IN/10/mark Kell/PROPN/NNP/10/nmod:poss 's/PART/POS/8/case " +
      "allies/NOUN/NNS/2/conj ,/PUNCT/,/12/punct attacked/VERB/VBD/10/parataxis the/DET/DT/14/det " +
      "town/NOUN/NN/12/obj ./PUNCT/./2/punct",
  );
  assert.equal(repairFrontedPhraseRoot(appos.tree, appos.tags), true, "the tree changes");
  assert.deepEqual([appos.tree.head[4], appos.tree.deprel[4]], [12, "nsubj"], "'rebels' is the subject");
  assert.deepEqual([appos.tree.head[9], appos.tree.deprel[9]], [5, "appos"], "'allies' describes them");
  assert.deepEqual([appos.tree.head[11], appos.tree.deprel[11]], [0, "root"], "'attacked' is the root");
  // On Sunday , a storm packing hail flattened the crops .
  const participle = tree(
    "On/ADP/IN/2/case Sunday/PROPN/NNP/0/root ,/PUNCT/,/2/punct a/DET/DT/5/det storm/NOUN/NN/6/nsubj " +
      "packing/VERB/VBG/2/acl:relcl hail/NOUN/NN/6/obj flattened/VERB/VBD/6/conj the/DET/DT/10/det " +
      "crops/NOUN/NNS/8/obj ./PUNCT/./2/punct",
  );
  assert.equal(repairFrontedPhraseRoot(participle.tree, participle.tags), true, "the tree changes");
  assert.deepEqual(
    [participle.tree.head[4], participle.tree.deprel[4]],
    [8, "nsubj"],
    "'storm' is the subject",
  );
  assert.deepEqual([participle.tree.head[5], participle.tree.deprel[5]], [5, "acl"], "'packing' modifies it");
  assert.deepEqual(
    [participle.tree.head[7], participle.tree.deprel[7]],
    [0, "root"],
    "'flattened' is the root",
  );
});

test("no re-rooting for a predicate phrase, a relative clause or a clause put before the main one", () => {
  // Markets are on edge , traders said .  (the phrase is the predicate: it has a copula)
  const predicate = tree(
    "Markets/NOUN/NNS/4/nsubj are/AUX/VBP/4/cop on/ADP/IN/4/case edge/NOUN/NN/0/root ,/PUNCT/,/7/punct " +
      "traders/NOUN/NNS/7/nsubj said/VERB/VBD/4/parataxis ./PUNCT/./4/punct",
  );
  assert.equal(repairFrontedPhraseRoot(predicate.tree, predicate.tags), false, "a copular root stays");
  // Unlike Kell , who says no , Tamm agreed .
  const relative = tree(
    "Unlike/ADP/IN/2/case Kell/PROPN/NNP/0/root ,/PUNCT/,/5/punct who/PRON/WP/5/nsubj says/VERB/VBZ/2/acl:relcl " +
      "no/INTJ/UH/5/obj ,/PUNCT/,/9/punct Tamm/PROPN/NNP/9/nsubj agreed/VERB/VBD/2/conj ./PUNCT/./2/punct",
  );
  assert.equal(repairFrontedPhraseRoot(relative.tree, relative.tags), false, "'says' is the relative's verb");
  // On Monday , as the crowd grew , police closed the square .
  const before = tree(
    "On/ADP/IN/2/case Monday/PROPN/NNP/0/root ,/PUNCT/,/2/punct as/SCONJ/IN/7/mark the/DET/DT/6/det " +
      "crowd/NOUN/NN/7/nsubj grew/VERB/VBD/2/advcl ,/PUNCT/,/10/punct police/NOUN/NNS/10/nsubj " +
      "closed/VERB/VBD/2/conj the/DET/DT/12/det square/NOUN/NN/10/obj ./PUNCT/./2/punct",
  );
  assert.equal(repairFrontedPhraseRoot(before.tree, before.tags), false, "'grew' is a subordinate verb");
});

test("a subordinating conjunction hung on a subject as its case marker marks the clause's verb", () => {
  // But after the storm passed , the ferries sailed again .  (parsed with "passed" the root)
  const fronted = tree(
    "But/CCONJ/CC/5/cc after/ADP/IN/4/case the/DET/DT/4/det storm/NOUN/NN/5/nsubj passed/VERB/VBD/0/root " +
      ",/PUNCT/,/9/punct the/DET/DT/8/det ferries/NOUN/NNS/9/nsubj sailed/VERB/VBD/5/parataxis " +
      "again/ADV/RB/9/advmod ./PUNCT/./5/punct",
  );
  assert.equal(repairSubordinatorAsCase(fronted.tree, fronted.tags), true, "the tree changes");
  assert.deepEqual([fronted.tree.head[1], fronted.tree.deprel[1]], [5, "mark"], "'after' marks 'passed'");
  assert.deepEqual([fronted.tree.head[8], fronted.tree.deprel[8]], [0, "root"], "'sailed' is the root");
  assert.deepEqual([fronted.tree.head[4], fronted.tree.deprel[4]], [9, "advcl"], "'passed' is its clause");
  assert.equal(fronted.tree.head[0], 9, "'But' opens the main clause");
  assert.equal(fronted.tree.head[10], 9, "the stop goes with the root");
  assert.deepEqual([fronted.tree.head[3], fronted.tree.deprel[3]], [5, "nsubj"], "'storm' stays the subject");
  // Prices rose as the mines closed .  ("closed" joined to "rose" as a conjunct)
  const joined = tree(
    "Prices/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root as/ADP/IN/5/case the/DET/DT/5/det mines/NOUN/NNS/6/nsubj " +
      "closed/VERB/VBD/2/conj ./PUNCT/./2/punct",
  );
  assert.equal(repairSubordinatorAsCase(joined.tree, joined.tags), true, "the tree changes");
  assert.deepEqual([joined.tree.head[2], joined.tree.deprel[2]], [6, "mark"], "'as' marks 'closed'");
  assert.deepEqual(
    [joined.tree.head[5], joined.tree.deprel[5]],
    [2, "advcl"],
    "'closed' is an adverbial clause",
  );
});

test("prepositions after all: 'because of', 'as a result', a comparison, an object pronoun, a second subject", () => {
  const unchanged = (spec: string, why: string) => assertUntouched(repairSubordinatorAsCase, spec, why);
  unchanged(
    "because/ADP/IN/3/case of/ADP/IN/3/case fog/NOUN/NN/4/nsubj stopped/VERB/VBD/0/root",
    "'because of' is a preposition",
  );
  unchanged(
    "as/ADP/IN/3/case a/DET/DT/3/det result/NOUN/NN/4/nsubj rose/VERB/VBD/0/root",
    "'as a result' is a set phrase",
  );
  unchanged(
    "twice/ADV/RB/2/advmod as/ADP/IN/3/case many/ADJ/JJ/4/amod cows/NOUN/NNS/5/nsubj grazed/VERB/VBD/0/root",
    "'as many' compares",
  );
  unchanged(
    "what/PRON/WP/5/obj elders/NOUN/NNS/5/obl before/ADP/IN/4/case us/PRON/PRP/5/nsubj built/VERB/VBD/0/root",
    "'us' is never a subject",
  );
  unchanged(
    "Tamm/PROPN/NNP/5/nsubj as/ADP/IN/4/case their/PRON/PRP$/4/nmod:poss mayor/NOUN/NN/5/nsubj won/VERB/VBD/0/root",
    "'Tamm' is the subject; 'as their mayor' a role",
  );
  unchanged(
    "After/ADP/IN/2/case Woods/PROPN/NNP/5/nsubj ,/PUNCT/,/4/punct prices/NOUN/NNS/2/appos rose/VERB/VBD/0/root",
    "a comma between the word and the verb: a phrase, not a clause",
  );
});

test("a day or 'this week' made a second subject becomes the time of the verb, or of the speech verb before it", () => {
  // The council this week approved the plan .
  const week = tree(
    "The/DET/DT/2/det council/NOUN/NN/5/nsubj this/DET/DT/4/det week/NOUN/NN/5/nsubj approved/VERB/VBD/0/root " +
      "the/DET/DT/7/det plan/NOUN/NN/5/obj ./PUNCT/./5/punct",
  );
  assert.equal(repairTimeAsSubject(week.tree, week.tags), true, "the tree changes");
  assert.deepEqual([week.tree.head[3], week.tree.deprel[3]], [5, "obl:unmarked"], "'this week' is a time");
  assert.deepEqual([week.tree.head[1], week.tree.deprel[1]], [5, "nsubj"], "'council' stays the subject");
  // Vale said Monday she would resign .  (Monday hung on the reported clause)
  const said = tree(
    "Vale/PROPN/NNP/2/nsubj said/VERB/VBD/0/root Monday/PROPN/NNP/6/nsubj she/PRON/PRP/6/nsubj " +
      "would/AUX/MD/6/aux resign/VERB/VB/2/ccomp ./PUNCT/./2/punct",
  );
  assert.equal(repairTimeAsSubject(said.tree, said.tags), true, "the tree changes");
  assert.deepEqual(
    [said.tree.head[2], said.tree.deprel[2]],
    [2, "obl:unmarked"],
    "Monday is when she said it",
  );
});

test("a day that is the only subject, a name, or a day with a clause of its own stays", () => {
  const unchanged = (spec: string, why: string) => assertUntouched(repairTimeAsSubject, spec, why);
  unchanged("Monday/PROPN/NNP/3/nsubj was/AUX/VBD/3/cop quiet/ADJ/JJ/0/root", "the day is the only subject");
  unchanged(
    "Metro/PROPN/NNP/2/compound Today/PROPN/NNP/4/nsubj it/PRON/PRP/4/nsubj reported/VERB/VBD/0/root",
    "'Today' inside a sentence, capitalised, is a name",
  );
  unchanged(
    "This/DET/DT/2/det Morning/PROPN/NNP/4/nsubj it/PRON/PRP/4/nsubj aired/VERB/VBD/0/root",
    "a capitalised 'This Morning' is a name",
  );
  unchanged(
    "that/DET/DT/2/det summer/NOUN/NN/5/nsubj we/PRON/PRP/4/nsubj met/VERB/VBD/2/acl:relcl ended/VERB/VBD/0/root " +
      "it/PRON/PRP/5/nsubj",
    "'summer' has a clause of its own",
  );
});

test("a subject after a fronted phrase's comma, hung on that phrase, becomes the subject of the verb after it", () => {
  // In June , the harbour board approved the lease .   (board joined to June)
  const joined = tree(
    "In/ADP/IN/2/case June/PROPN/NNP/7/obl ,/PUNCT/,/6/punct the/DET/DT/6/det harbour/NOUN/NN/6/compound " +
      "board/NOUN/NN/2/conj approved/VERB/VBD/0/root the/DET/DT/9/det lease/NOUN/NN/7/obj ./PUNCT/./7/punct",
  );
  assert.equal(repairSubjectHungOnFrontedPhrase(joined.tree, joined.tags), true, "the tree changes");
  assert.deepEqual(
    [joined.tree.head[5], joined.tree.deprel[5]],
    [7, "nsubj"],
    "'board' is approved's subject",
  );
  assert.equal(joined.tree.head[2], 2, "the comma goes with the fronted phrase");
  // Like Vosk , Arland will be fined .   (Arland an apposition of Vosk; a passive verb)
  const passive = tree(
    "Like/ADP/IN/2/case Vosk/PROPN/NNP/7/obl ,/PUNCT/,/4/punct Arland/PROPN/NNP/2/appos will/AUX/MD/7/aux " +
      "be/AUX/VB/7/aux:pass fined/VERB/VBN/0/root ./PUNCT/./7/punct",
  );
  assert.equal(repairSubjectHungOnFrontedPhrase(passive.tree, passive.tags), true, "the tree changes");
  assert.deepEqual(
    [passive.tree.head[3], passive.tree.deprel[3]],
    [7, "nsubj:pass"],
    "'Arland' is the passive verb's subject",
  );
  // Landing in Vosk , Ruiz praised the crew .   (Ruiz the subject of the participle)
  const participle = tree(
    "Landing/VERB/VBG/6/advcl in/ADP/IN/3/case Vosk/PROPN/NNP/1/obl ,/PUNCT/,/1/punct Ruiz/PROPN/NNP/1/nsubj " +
      "praised/VERB/VBD/0/root the/DET/DT/8/det crew/NOUN/NN/6/obj",
  );
  assert.equal(repairSubjectHungOnFrontedPhrase(participle.tree, participle.tags), true, "the tree changes");
  assert.deepEqual([participle.tree.head[4], participle.tree.deprel[4]], [6, "nsubj"], "Ruiz praised");
});

test("a noun after a comma stays where it is when a conjunction joins it, or the verb has its subject", () => {
  const unchanged = (spec: string, why: string) =>
    assertUntouched(repairSubjectHungOnFrontedPhrase, spec, why);
  unchanged(
    "Ferries/NOUN/NNS/2/nsubj sailed/VERB/VBD/0/root to/ADP/IN/4/case Vosk/PROPN/NNP/2/obl ,/PUNCT/,/7/punct " +
      "and/CCONJ/CC/7/cc Arland/PROPN/NNP/4/conj will/AUX/MD/9/aux follow/VERB/VB/2/conj",
    "'and Arland will follow' may be one phrase with 'Vosk'; not judged here",
  );
  unchanged(
    "In/ADP/IN/2/case June/PROPN/NNP/6/obl ,/PUNCT/,/4/punct Ruiz/PROPN/NNP/2/appos she/PRON/PRP/6/nsubj " +
      "resigned/VERB/VBD/0/root",
    "the verb has a subject of its own",
  );
  unchanged(
    "They/PRON/PRP/2/nsubj sell/VERB/VBP/0/root nets/NOUN/NNS/2/obj ,/PUNCT/,/5/punct traps/NOUN/NNS/3/conj " +
      "cures/VERB/VBZ/3/conj",
    "a bare verb form with nothing of its own is a list item",
  );
  unchanged(
    "In/ADP/IN/2/case June/PROPN/NNP/0/root ,/PUNCT/,/4/punct ships/NOUN/NNS/2/conj sailing/VERB/VBG/4/acl",
    "a participle that modifies the noun is not its clause",
  );
});

test("a subject made the root, with its verb hung on it as a modifier, becomes the verb's subject", () => {
  // Guards used ropes to hold the gate , and detained two men .
  const t = tree(
    "Guards/NOUN/NNS/0/root used/VERB/VBD/1/acl ropes/NOUN/NNS/2/obj to/PART/TO/5/mark hold/VERB/VB/2/advcl " +
      "the/DET/DT/7/det gate/NOUN/NN/5/obj ,/PUNCT/,/10/punct and/CCONJ/CC/10/cc detained/VERB/VBD/1/conj " +
      "two/NUM/CD/12/nummod men/NOUN/NNS/10/obj ./PUNCT/./1/punct",
  );
  assert.equal(repairSubjectAsRoot(t.tree, t.tags), true, "the tree changes");
  assert.deepEqual([t.tree.head[1], t.tree.deprel[1]], [0, "root"], "'used' is the root");
  assert.deepEqual([t.tree.head[0], t.tree.deprel[0]], [2, "nsubj"], "'Guards' is its subject");
  assert.deepEqual([t.tree.head[9], t.tree.deprel[9]], [2, "conj"], "'detained' is joined to 'used'");
  assert.equal(t.tree.head[12], 2, "the stop goes with the verb");
});

test("a noun root with a participle after a comma, or a caption without a stop, stays", () => {
  const unchanged = (spec: string, why: string) => assertUntouched(repairSubjectAsRoot, spec, why);
  unchanged(
    "Ferry/NOUN/NN/0/root ,/PUNCT/,/3/punct renamed/VERB/VBN/1/acl the/DET/DT/5/det Tern/PROPN/NNP/3/obj ./PUNCT/./1/punct",
    "a participle set off by a comma modifies the noun",
  );
  unchanged(
    "Guards/NOUN/NNS/0/root used/VERB/VBD/1/acl ropes/NOUN/NNS/2/obj",
    "a caption or title without closing punctuation may be verbless",
  );
  unchanged(
    "Ropes/NOUN/NNS/0/root used/VERB/VBN/1/acl in/ADP/IN/4/case raids/NOUN/NNS/2/obl ./PUNCT/./1/punct",
    "a participle without an object is the noun's modifier",
  );
});
