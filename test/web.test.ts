// The page as a person sees it, in headless Chromium: the list, one article, and hostile text staying text.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { startServer } from "../src/api/serve.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { makeDocument } from "./helpers/documents.js";

const CHROMIUM = "/usr/bin/chromium";
const skip = existsSync(CHROMIUM) ? false : "Chromium is not installed (.ci/run installs it)";

test("the page lists articles and events and shows an article; page text cannot inject script", {
  skip,
}, async () => {
  const { chromium } = await import("playwright-core");
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "dyad-web-")), "w.db"));
  await store.saveDocument(
    makeDocument("Norway welcomed Iceland's offer on fishing quotas, officials said."),
  );
  const evil = makeDocument(
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> Chad hosted talks.',
    {
      title: "<script>window.__pwned = 3</script>",
    },
  );
  await store.saveDocument(evil);
  const server = await startServer({ store, host: "127.0.0.1", port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(server.url + "/");
    assert.match((await page.locator("h1").textContent()) ?? "", /2 articles, 2 events/);
    assert.equal(await page.locator("table").nth(1).locator("tbody tr").count(), 2);
    await page
      .getByRole("link", { name: /Norway welcomed/ })
      .first()
      .click();
    await page.waitForURL(/\/articles\/\d+/);
    assert.match((await page.locator("h1").textContent()) ?? "", /Norway welcomed/);
    assert.equal(await page.locator("mark").count(), 1, "the event's sentence is highlighted");
    await page.goto(server.url + "/articles/2");
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.match((await page.locator("h1").textContent()) ?? "", /<script>/);
    // The API docs render from this server alone (no CDN), listing the routes.
    await page.goto(server.url + "/api/docs");
    await page.getByText("/articles/{id}").first().waitFor({ timeout: 20_000 });
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
});
