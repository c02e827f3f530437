// Article-body extraction on small pages written for these tests: one behaviour per page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractArticle } from "../src/ingest/extract.js";

const body = (html: string): string =>
  extractArticle({ uri: "test", bytes: Buffer.from(html, "utf8"), hints: { contentType: "text/html" } }).body;

const STORY = [
  "The council voted on Monday to keep the old library open for another year, after residents filled the hall to object to its sale.",
  "Members said the building needs a new roof, which the town cannot pay for this year, but that closing it would cost more in the end.",
  "A second vote on the roof, and on who will pay for it, is planned for the autumn, when the budget for next year is drawn up.",
  "Until then the library keeps its opening hours, and the reading room on the first floor, shut since the winter, opens again.",
];
const paras = STORY.map((s) => `<p>${s}</p>`).join("\n");
const page = (inner: string) =>
  `<html><head><title>Library stays open</title></head><body>${inner}</body></html>`;

function hasStory(text: string): void {
  for (const s of STORY) assert.ok(text.includes(s), `body should contain "${s.slice(0, 40)}…"`);
}

test("a <form> around the story (ASP.NET) is not boilerplate even when other boxes hold more prose; a poll form is", () => {
  const teaser = (n: number) =>
    `<div class="box${n}"><p>Teaser ${n}: the county is asking for views on a new cycle path along the river, from the old mill to the station, before the end of the month.</p></div>`;
  const text = body(
    page(`<div class="nav"><a href="/">Home</a></div>
<form id="aspnetForm"><div class="text">${paras}</div></form>
${teaser(1)}${teaser(2)}${teaser(3)}${teaser(4)}
<form class="box"><p>Should the town sell the old library to pay for the new roof over the market hall?</p>
<input type="radio" name="q" value="1"> Yes, sell it now <input type="radio" name="q" value="2"> No, keep it</form>`),
  );
  hasStory(text);
  assert.ok(!text.includes("Should the town sell"));
});

test("a page that never closes <head> still has a body", () => {
  hasStory(
    body(`<html><head><title>Library stays open</title><table><tr><td>${paras}</td></tr></table></html>`),
  );
});

test("teasers under a 'More stories' heading and reader comments are left out", () => {
  const text = body(
    page(`<div class="story">${paras}
<h3>More stories</h3><ul><li>Market hall roof repairs begin next week</li><li>School bus timetable changes in May</li></ul>
</div>
<div class="comment-article"><p>I have used this library since I was a child and it would be a real shame to lose it for good.</p>
<p class="who">A reader, Northtown</p></div>`),
  );
  hasStory(text);
  for (const junk of ["More stories", "Market hall roof", "used this library since", "A reader"])
    assert.ok(!text.includes(junk), `body should not contain "${junk}"`);
});

test("self-closed anchors wrap their text, as in browsers, so a list of them is a link list", () => {
  const text = body(
    page(`<div class="story">${paras}
<ul><li><a href="/a" />Market hall roof repairs begin next week</a></li>
<li><a href="/b" />School bus timetable changes in May</a></li></ul></div>`),
  );
  hasStory(text);
  assert.ok(!text.includes("Market hall roof"));
});

test("headline, byline box, wire credit and contributor line are not the story; the lead above the body is", () => {
  const text = body(
    page(`<div class="main"><h1>Library stays open for another year</h1>
<div class="article-meta">By Sam Reed | March 3, 2008</div>
<div class="summary">Residents who packed the town hall have won a reprieve for the old library on the hill.</div>
<div class="article-body"><p>(AP)</p>${paras}
<p>Jo Bell contributed to this report.</p></div></div>`),
  );
  hasStory(text);
  assert.match(text, /^Residents who packed the town hall/);
  for (const junk of [
    "Library stays open for another year",
    "Sam Reed",
    "(AP)",
    "contributed to this report",
  ])
    assert.ok(!text.includes(junk), `body should not contain "${junk}"`);
});

test("a drop cap stays with its paragraph and is not taken for a caption", () => {
  const [first, ...rest] = STORY;
  const text = body(
    page(
      `<div class="article-body"><p><span class="drop-cap">${first[0]}</span>${first.slice(1)}</p>${rest.map((s) => `<p>${s}</p>`).join("")}</div>`,
    ),
  );
  hasStory(text);
});

test("a date line left out of the body still dates the article", () => {
  const a = extractArticle({
    uri: "test",
    bytes: Buffer.from(
      page(`<div class="main"><h1>Library stays open</h1><div class="stamp">January 15, 2008 7:00 pm</div>
<div class="article-body">${paras}</div></div>`),
      "utf8",
    ),
    hints: { contentType: "text/html" },
  });
  assert.ok(!a.body.includes("January 15, 2008"));
  assert.equal(a.published, "2008-01-15");
  assert.equal(a.publishedSource, "dateline");
});
