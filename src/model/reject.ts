import { z } from "zod";

/** An input that could not be taken in, with the reason a user can act on. */
export const RejectSchema = z.object({
  source: z.string(),
  stage: z.enum(["read", "extract", "analyse", "store"]),
  reason: z.string(),
  at: z.string(),
});
export type Reject = z.infer<typeof RejectSchema>;
