import { z } from "zod";
import { OPPORTUNITY_SCORE_MAX, OPPORTUNITY_SCORE_MIN, OPPORTUNITY_STATUSES } from "@/lib/journey/map-vocabulary";
import { ZMapId } from "@/lib/maps/schemas";

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (first(v) === "" ? undefined : first(v)), schema.optional()).catch(undefined);

/** "Owner: nobody" in the owner filter. */
export const NO_OWNER = "none";

/**
 * The matrix's filters as they stand in the URL (?map=&phase=&owner=&status=). A phase is
 * named by its name (lower-cased, trimmed), so across maps it pools the phases of that
 * name as the dashboards do. Anything malformed is dropped rather than failing the page.
 */
export const ZOpportunityFilters = z.object({
  map: optional(z.uuid()),
  phase: optional(z.string().trim().toLowerCase().min(1).max(200)),
  owner: optional(z.string().min(1).max(100)),
  status: optional(z.enum(OPPORTUNITY_STATUSES)),
});
export type OpportunityFilters = z.infer<typeof ZOpportunityFilters>;
export const OPPORTUNITY_FILTER_KEYS = ["map", "phase", "owner", "status"] as const;
export type OpportunityFilterKey = (typeof OPPORTUNITY_FILTER_KEYS)[number];

export function opportunityFiltersToSearchParams(filters: OpportunityFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of OPPORTUNITY_FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  return params;
}

const ZScore = z.number("INVALID_SCORE").int("INVALID_SCORE").min(OPPORTUNITY_SCORE_MIN, "INVALID_SCORE").max(OPPORTUNITY_SCORE_MAX, "INVALID_SCORE").nullable();

/** Placing an opportunity on the matrix: its customer value and effort (null takes it off). */
export const ZPlaceOpportunityInput = z.object({
  mapId: ZMapId,
  opportunityId: z.uuid("OPPORTUNITY_NOT_FOUND"),
  customerValue: ZScore,
  effort: ZScore,
});
export type TPlaceOpportunityInput = z.infer<typeof ZPlaceOpportunityInput>;
