// http(s) inputs, fetched politely: a named user agent, robots.txt obeyed (with its Crawl-delay),
// one request at a time per host with a pause between, a timeout, a redirect limit and a size limit.
import robotsParserModule from "robots-parser";
import type { Reject } from "../../model/index.js";
import { charsetFromContentType } from "../charset.js";
import type { InputKind } from "../sniff.js";
import { collect, TooLargeError } from "../stream.js";
import {
  errorMessage,
  formatBytes,
  type InputSource,
  type ResolvedReadOptions,
  readReject,
} from "../types.js";

export const DEFAULT_USER_AGENT = "DyadBot/0.1 (+https://github.com/dyad-events/dyad; news event extraction)";

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

// The package is CommonJS; its typings declare an ES default export.
type RobotsParser = (url: string, contents: string) => Robots;
const robotsParser: RobotsParser =
  (robotsParserModule as unknown as { default?: RobotsParser }).default ??
  (robotsParserModule as unknown as RobotsParser);

function kindFromContentType(ct: string): InputKind | null {
  const t = ct.toLowerCase();
  if (/html/.test(t)) return "html";
  if (/(rss|atom)\+xml|\/xml/.test(t)) return "feed";
  if (/text\/plain/.test(t)) return "text";
  if (/x-ndjson|jsonl|json-seq/.test(t)) return "jsonl";
  if (/json/.test(t)) return "json";
  if (/warc/.test(t)) return "warc";
  return null;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (ms <= 0) return resolve();
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(t);
        reject(new Error("aborted"));
      },
      { once: true },
    );
  });

/** One per readInputs call: remembers robots.txt files and when each host was last asked. */
export class PoliteFetcher {
  private robots = new Map<string, Robots | null>();
  private lastRequest = new Map<string, number>();
  readonly userAgent: string;

  constructor(private readonly options: ResolvedReadOptions) {
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  }

  private async wait(origin: string, robots: Robots | null): Promise<void> {
    const crawlDelay = robots?.getCrawlDelay(this.userAgent);
    const delay = Math.min(
      60_000,
      crawlDelay !== undefined ? crawlDelay * 1000 : (this.options.hostDelayMs ?? 1000),
    );
    const last = this.lastRequest.get(origin);
    if (last !== undefined) await sleep(last + delay - Date.now(), this.options.signal);
    this.lastRequest.set(origin, Date.now());
  }

  private async request(url: string): Promise<Response> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 20_000);
    const signal = this.options.signal ? AbortSignal.any([timeout, this.options.signal]) : timeout;
    try {
      return await fetch(url, {
        redirect: "manual",
        signal,
        headers: {
          "user-agent": this.userAgent,
          accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
        },
      });
    } catch (err) {
      if (timeout.aborted) throw new Error(`timed out after ${this.options.timeoutMs ?? 20_000} ms`);
      throw new Error(`fetch failed: ${(err as { cause?: Error }).cause?.message ?? errorMessage(err)}`);
    }
  }

  private async robotsFor(origin: string): Promise<Robots | null> {
    if (this.options.respectRobots === false) return null;
    if (this.robots.has(origin)) return this.robots.get(origin) ?? null;
    let robots: Robots | null = null;
    try {
      await this.wait(origin, null);
      const res = await this.request(`${origin}/robots.txt`);
      if (res.ok) {
        const body = await collect(streamOf(res), 512 * 1024);
        robots = robotsParser(`${origin}/robots.txt`, Buffer.from(body).toString("utf8")) as Robots;
      } else await res.body?.cancel();
    } catch {
      robots = null;
    }
    this.robots.set(origin, robots);
    return robots;
  }

  /** Fetches a URL into an input source, or says why not. */
  async source(url: string): Promise<InputSource | Reject> {
    let current = url;
    const max = this.options.maxRedirects ?? 5;
    for (let hop = 0; hop <= max; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        return readReject(url, `not a valid URL: ${current}`);
      }
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
        return readReject(url, `redirected to a non-http URL: ${current}`);
      }
      const robots = await this.robotsFor(parsed.origin);
      if (robots && robots.isAllowed(current, this.userAgent) === false) {
        return readReject(
          url,
          `robots.txt of ${parsed.host} disallows ${parsed.pathname} for ${this.userAgent.split("/")[0]}`,
        );
      }
      await this.wait(parsed.origin, robots);
      let res: Response;
      try {
        res = await this.request(current);
      } catch (err) {
        return readReject(url, errorMessage(err));
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
        await res.body?.cancel();
        current = new URL(res.headers.get("location")!, current).href;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return readReject(url, `HTTP ${res.status} ${res.statusText}`.trim());
      }
      const declared = Number(res.headers.get("content-length") ?? 0);
      if (declared > this.options.maxBytes) {
        await res.body?.cancel();
        return readReject(
          url,
          `${formatBytes(declared)} is over the ${formatBytes(this.options.maxBytes)} limit`,
        );
      }
      const contentType = res.headers.get("content-type") ?? "";
      const kind = contentType ? kindFromContentType(contentType) : null;
      if (contentType && !kind) {
        await res.body?.cancel();
        return readReject(url, `unsupported content type ${contentType.split(";")[0]}`);
      }
      let bytes: Uint8Array;
      try {
        bytes = await collect(streamOf(res), this.options.maxBytes);
      } catch (err) {
        return readReject(
          url,
          err instanceof TooLargeError ? err.message : `download failed: ${errorMessage(err)}`,
        );
      }
      return {
        uri: url,
        kind,
        gz: false,
        open: async function* () {
          yield bytes;
        },
        hints: {
          url: current,
          charset: charsetFromContentType(contentType),
          contentType: contentType || undefined,
        },
        fetchedAt: new Date().toISOString(),
      };
    }
    return readReject(url, `more than ${max} redirects`);
  }
}

async function* streamOf(res: Response): AsyncIterable<Uint8Array> {
  if (!res.body) return;
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
    await res.body.cancel().catch(() => {});
  }
}
