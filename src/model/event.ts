import { z } from "zod";
import { AttributionSchema } from "./quote.js";
import { SpanSchema, TextSpanSchema } from "./span.js";

export const EventActorSchema = TextSpanSchema.extend({
  /** CAMEO actor code, e.g. CHNGOV; "---" when unknown. */
  code: z.string(),
  actorId: z.string().nullable(),
});
export type EventActor = z.infer<typeof EventActorSchema>;

export const ModalitySchema = z.enum(["asserted", "intended", "requested", "hypothetical", "future"]);
export type Modality = z.infer<typeof ModalitySchema>;

export const ClaimStatusSchema = z.enum(["asserted", "reported", "alleged", "denied"]);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

export const PloverSchema = z.object({
  type: z.string(),
  mode: z.string().nullable(),
  context: z.string().nullable(),
});

export const EventSchema = z.object({
  id: z.string(),
  sentence: z.number().int().nonnegative(),
  /** The sentence's span: the evidence a user can highlight. */
  evidence: SpanSchema,
  source: EventActorSchema.nullable(),
  target: EventActorSchema.nullable(),
  verb: TextSpanSchema,
  /** Full CAMEO code (2-4 digits) and its root (2 digits). */
  cameo: z.string(),
  root: z.string(),
  /** PLOVER mapping; null for CAMEO roots 01 and 02, which PLOVER does not type. */
  plover: PloverSchema.nullable(),
  quad: z.number().int().min(1).max(4),
  goldstein: z.number(),
  date: z.string().nullable(),
  dateSource: z.enum(["clause", "article", "none"]),
  place: z
    .object({
      name: z.string(),
      country: z.string().nullable(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
    })
    .nullable(),
  modality: ModalitySchema,
  negated: z.boolean(),
  status: ClaimStatusSchema,
  /** For a denial: the id of the event it denies. */
  denies: z.string().nullable().default(null),
  /** The lexicon entry or rule that produced the event, so users can see why. */
  rule: z.string(),
  attribution: z.array(AttributionSchema).default([]),
});
export type DyadEvent = z.infer<typeof EventSchema>;
