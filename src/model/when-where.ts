import { z } from "zod";

/** A TIMEX3 time expression resolved against the document creation time. */
export const TimexSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: z.enum(["DATE", "TIME", "DURATION", "SET"]),
  /** TIMEX3 value: 2022-03-07, 2022-W09, 2022-03, P1W, PRESENT_REF, ... */
  value: z.string(),
  granularity: z
    .enum(["second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "none"])
    .optional(),
});
export type Timex = z.infer<typeof TimexSchema>;

export const PlaceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  name: z.string(),
  /** ISO 3166 alpha-3 of the country the place is in (or is). */
  country: z.string().nullable(),
  kind: z.enum(["country", "region", "city", "other"]),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** Gazetteer id (e.g. GeoNames id) when the place came from one. */
  gazetteerId: z.string().nullable().default(null),
});
export type Place = z.infer<typeof PlaceSchema>;
