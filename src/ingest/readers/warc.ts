// Placeholder until the warc reader lands.
import { type Reader, readReject } from "../types.js";

export const warcReader: Reader = {
  name: "warc",
  async *read(source) {
    yield readReject(source.uri, "warc input is not supported yet");
  },
};
