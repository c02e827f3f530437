// Placeholder until the feed reader lands.
import { type Reader, readReject } from "../types.js";

export const feedReader: Reader = {
  name: "feed",
  async *read(source) {
    yield readReject(source.uri, "feed input is not supported yet");
  },
};
