// Guards every API request passes: a token bucket per client address and a bound on the URL's size.

import { getConnInfo } from "@hono/node-server/conninfo";
import type { MiddlewareHandler } from "hono";

/** Longest URL (path and query) accepted: filters are short, so anything longer is a mistake or abuse. */
export const MAX_URL_LENGTH = 4096;

export const urlLimit: MiddlewareHandler = async (c, next) => {
  const url = c.req.url;
  const pathAndQuery = url.slice(url.indexOf("/", url.indexOf("//") + 2));
  if (pathAndQuery.length > MAX_URL_LENGTH)
    return c.json({ error: `request URL longer than ${MAX_URL_LENGTH} characters` }, 414);
  await next();
};

function clientKey(c: Parameters<MiddlewareHandler>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? "local";
  } catch {
    // Not behind @hono/node-server (e.g. app.request() in tests): one shared bucket.
    return "local";
  }
}

/**
 * Allows `perMinute` requests per client address, refilled continuously, with bursts up to the same
 * number. The table of clients is bounded: when full, the ones idle longest are forgotten.
 */
export function rateLimit(perMinute: number, maxClients = 10_000): MiddlewareHandler {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const rate = perMinute / 60_000;
  return async (c, next) => {
    const key = clientKey(c);
    const now = Date.now();
    let b = buckets.get(key);
    if (b) buckets.delete(key);
    else {
      if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value!);
      b = { tokens: perMinute, at: now };
    }
    b.tokens = Math.min(perMinute, b.tokens + (now - b.at) * rate);
    b.at = now;
    buckets.set(key, b); // re-inserted last: the Map's order is least recently seen first
    if (b.tokens < 1) {
      c.header("Retry-After", String(Math.ceil((1 - b.tokens) / rate / 1000)));
      return c.json({ error: `rate limit of ${perMinute} requests per minute exceeded` }, 429);
    }
    b.tokens -= 1;
    await next();
  };
}
