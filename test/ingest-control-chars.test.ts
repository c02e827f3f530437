// Control characters in a posted or exported article are dropped at extraction: a NUL made the
// PostgreSQL store reject the document, and terminal escapes would reach `dyad show`'s terminal.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractArticle, stripControls } from "../src/ingest/extract.js";
import { ARTICLE_CONTENT_TYPE } from "../src/ingest/readers/jsonl.js";

const STORY =
  "LISBON, June 4 - Portugal and Spain agreed on Tuesday to build a new rail link between Lisbon and Madrid, the two governments said in a joint statement.";

test("stripControls drops C0/C1 controls, keeps tabs and line breaks, breaks lines at VT and FF", () => {
  assert.equal(stripControls("a\u0000b\u0007c\u001b[31md\u009b2Je\u007f"), "abc[31md2Je");
  assert.equal(stripControls("one\ttwo\nthree\r\nfour"), "one\ttwo\nthree\r\nfour");
  assert.equal(stripControls("page one\u000cpage two\u000bline"), "page one\npage two\nline");
  assert.equal(stripControls("Zürich – “quoted” ‘text’ …"), "Zürich – “quoted” ‘text’ …");
});

test("an article posted with NUL and escape sequences comes out without them", () => {
  const dirty = STORY.replace("agreed", "agr\u0000eed").replace("Tuesday", "\u001b[2JTuesday");
  const a = extractArticle({
    uri: "api:test",
    bytes: Buffer.from(dirty, "utf8"),
    hints: {
      contentType: ARTICLE_CONTENT_TYPE,
      title: "Rail\u0000 link \u001b]0;pwned\u0007agreed",
      publisher: "QA\u0000 Post",
    },
  });
  assert.equal(a.body, STORY.replace("Tuesday", "[2JTuesday"));
  assert.doesNotMatch(a.body, /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/);
  assert.equal(a.title, "Rail link ]0;pwnedagreed");
  assert.equal(a.publisher, "QA Post");
});

test("an HTML page's text and title lose their control characters too", () => {
  const html = `<html><head><title>Rail\u0000 link agreed</title></head><body><article><p>${STORY.replace("Madrid", "Mad\u0000rid\u001b[0m")}</p></article></body></html>`;
  const a = extractArticle({
    uri: "test://page.html",
    bytes: Buffer.from(html, "utf8"),
    hints: { contentType: "text/html" },
  });
  assert.equal(a.title, "Rail link agreed");
  assert.equal(a.body, STORY.replace("Madrid", "Madrid[0m"));
});
