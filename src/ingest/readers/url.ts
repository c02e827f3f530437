// Placeholder until the polite http(s) fetcher lands.
import type { Reject } from "../../model/index.js";
import { type InputSource, type ResolvedReadOptions, readReject } from "../types.js";

export async function urlSource(url: string, _options: ResolvedReadOptions): Promise<InputSource | Reject> {
  return readReject(url, "http(s) input is not supported yet");
}
