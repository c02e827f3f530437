// Capitals and states named only as places: a town's state, a noun's modifier, one of places a
// preposition lists (chunk.ts namesPlace). Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analysedCodeAt } from "./test-analysed.js";

const codeOf = (body: string, word: string) => analysedCodeAt(body, word, "2019-03-04");

test("a state after a town's name says where the town is", () => {
  const body = "The mayor of Millbrook, Ohio, opened a library on Tuesday.";
  assert.equal(codeOf(body, "Ohio"), null, "Ohio after 'Millbrook,' is a place");
});

test("a state listed with places after 'in' is a place too; a comma alone lists nothing", () => {
  const body =
    "Floods cut roads in Georgia and Alabama last week. The next day in China, Beijing said it would help.";
  assert.equal(codeOf(body, "Alabama"), null, "Alabama joins 'in Georgia'");
  assert.equal(codeOf(body, "Beijing"), "CHNGOV", "Beijing after 'in China,' still acts");
});

test("a state qualifying a noun names no actor; a state that acts still does", () => {
  const body = "Guards at the Nevada prison went on strike. Nevada sued the company, and Utah joined.";
  assert.equal(codeOf(body, "Nevada prison"), null, "'the Nevada prison' is a place");
  assert.equal(codeOf(body, "Nevada sued"), "USAGOV", "'Nevada sued' is the state acting");
  assert.equal(codeOf(body, "Utah"), "USAGOV", "'Utah joined' acts");
});

test("a town's state still tells the story's country", () => {
  const body =
    "A Canadian official visited Millbrook, Ohio, and Dayton, Ohio. The mayor said officers acted quickly.";
  assert.equal(codeOf(body, "The mayor"), "USAGOV", "the mayor is of the country the state is in");
});

test("a city named alone is not the police or council named after it", () => {
  const body =
    "The Dunmore Police arrested two men, and the Dunmore City Council met on Sunday. Dunmore has long " +
    "been a quiet town.";
  assert.equal(codeOf(body, "Dunmore Police")?.slice(3), "COP", "the force is police");
  assert.equal(codeOf(body, "Dunmore has"), null, "'Dunmore has long been a quiet town' is the place");
});

test("a big town named alone is not a school or paper named after it", () => {
  const body =
    "Students from Memphis University and the Memphis Ledger staff marched on Friday. Memphis police said " +
    "the march was calm, and Memphis has seen many such marches.";
  assert.equal(codeOf(body, "Memphis University")?.slice(3), "EDU", "the university is a school");
  assert.equal(
    codeOf(body, "Memphis police"),
    null,
    "'Memphis' before 'police' is the town, not the university",
  );
  assert.equal(codeOf(body, "Memphis has"), null, "'Memphis has seen' is the town, no school acting");
});

test("a one-word name that is no town may still be a body named before it", () => {
  const body =
    "Professors at Tarnwell University protested the cuts on Monday. Tarnwell said it would respond.";
  assert.equal(
    codeOf(body, "Tarnwell said")?.slice(3),
    "EDU",
    "Tarnwell is no town, so it is the university",
  );
});

test("a state before a plural noun, without an article, qualifies it", () => {
  const body = "Four Nevada couples filed the lawsuit on Monday, and Nevada appealed the ruling.";
  assert.equal(
    codeOf(body, "Nevada couples"),
    null,
    "'Nevada couples' are couples from the state, not the state",
  );
  assert.equal(codeOf(body, "Nevada appealed"), "USAGOV", "the state that appeals acts as a government");
});

test("a capital before a word in -s is left to act: the word is often its verb", () => {
  const body = "In Syria, where Moscow backs the government, the fighting went on.";
  assert.equal(codeOf(body, "Moscow"), "RUSGOV", "'Moscow backs the government': Moscow acts");
});

test("a lawmaker's state in parentheses says where from, not who acts", () => {
  const body =
    "Rep. Ann Ruiz (R., Nevada) and Sen. Tom Bell (Montana) met on Friday. Nevada sued the agency.";
  assert.equal(
    codeOf(body, "Nevada)"),
    null,
    "'(R., Nevada)' after a lawmaker's name is the state she stands for",
  );
  assert.equal(
    codeOf(body, "Montana"),
    null,
    "'(Montana)' after a lawmaker's name is the state he stands for",
  );
  assert.equal(codeOf(body, "Nevada sued"), "USAGOV", "the state that sues acts as a government");
});

test("a capitalised plural group noun that is a big city's name is the place", () => {
  const body = "The mayor said the storm hit Queens hardest. Queens has the most flooded homes.";
  assert.equal(codeOf(body, "Queens hardest"), null, "'Queens' is the borough, not queens of a government");
  assert.equal(codeOf(body, "Queens has"), null, "at a sentence's start too");
});

test("a state named as votes to win is an electorate, not its government", () => {
  const won = "Ann Ruiz won Ohio and Iowa in 2012, and she carried Nevada, Utah, and Idaho.";
  assert.equal(codeOf(won, "Ohio"), null, "'won Ohio' is the state's votes");
  assert.equal(codeOf(won, "Utah"), null, "a list after 'carried' is votes too");
  const swing =
    "Polls in swing states such as Ohio and Iowa tightened, and the battleground state, Nevada, was close.";
  assert.equal(codeOf(swing, "Iowa"), null, "'swing states such as Ohio and Iowa' are electorates");
  assert.equal(codeOf(swing, "Nevada"), null, "'the battleground state, Nevada' is an electorate");
  assert.equal(codeOf(swing, "state,"), null, "'the battleground state' is no government");
  const owned = "Iowa's caucuses come first, Tom Bell, who represents Utah, said. Iowa sued the company.";
  assert.equal(codeOf(owned, "Iowa's"), null, "a state's caucuses are the state as a place");
  assert.equal(codeOf(owned, "Utah"), null, "the state a lawmaker represents is his constituency");
  assert.equal(codeOf(owned, "Iowa sued"), "USAGOV", "a state that sues is its government");
});

test("a capital after a place preposition and 'the', or after 'entered', is a place", () => {
  const body =
    "Settlements in the West Bank grew, and Vendalian troops entered Kyiv after Moscow warned them.";
  assert.equal(codeOf(body, "West Bank"), null, "'in the West Bank' is a place");
  assert.equal(codeOf(body, "Kyiv"), null, "'entered Kyiv' is a place");
  assert.equal(codeOf(body, "Moscow"), "RUSGOV", "'Moscow warned' still acts");
});

test("a people's word after a verb of speaking or learning, or 'in', is their language", () => {
  const body =
    "Ann Ruiz does not speak English, and the poll was run in French and Spanish. The British voted.";
  assert.equal(codeOf(body, "English"), null, "'speak English' is a language, not the UK");
  assert.equal(codeOf(body, "Spanish"), null, "'in French and Spanish' are languages");
  assert.equal(codeOf(body, "British"), "GBR", "'The British voted' is the people");
});

test("examples of places and a possessive's place modifier are places", () => {
  const body =
    "Orlov wants to rival cities such as Vienna, Tarsk Bay, and Dubai, Ann Ruiz, Reuters's Vienna bureau chief, said.";
  assert.equal(codeOf(body, "Dubai"), null, "'cities such as ... Dubai' is an example of a place");
  assert.equal(codeOf(body, "Vienna,"), null, "the first of the examples too");
});

test("the people named after a US state that shares a country's name are Americans", () => {
  const story = "Georgia was hoping to host the final. Some 200,000 Georgians voted early on Tuesday.";
  assert.equal(codeOf(story, "Georgians"), "USA", "Georgians in a story about the state are Americans");
  const abroad = "Russian troops entered Georgia in 2008, and Georgians protested in Tbilisi.";
  assert.equal(codeOf(abroad, "Georgians"), "GEO", "Georgians in a story about the country are Georgia's");
});
