import { z } from "zod";
import { CHANNELS, type Channel } from "@/lib/journey/map-vocabulary";
import { formatQuarter, parseQuarter, quarterRange } from "./quarters";

export const GRANULARITIES = ["month", "quarter"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (first(v) === "" ? undefined : first(v)), schema.optional()).catch(undefined);
const ZDay = z.iso.date();

/**
 * The dashboard's filters as they stand in the URL (?map=&phase=&persona=&channel=&quarter=&from=&to=&by=).
 * Anything malformed is dropped rather than failing the page, as with the map list.
 * A quarter wins over from/to; without either the period is all time.
 */
export const ZDashboardFilters = z.object({
  map: optional(z.uuid()),
  /** One phase of the map (the map dashboard only): its touchpoints, steps and KPIs. */
  phase: optional(z.uuid()),
  persona: optional(z.uuid()),
  channel: optional(z.enum(CHANNELS)),
  quarter: optional(z.string().regex(/^\d{4}-Q[1-4]$/)),
  from: optional(ZDay),
  to: optional(ZDay),
  by: z.preprocess(first, z.enum(GRANULARITIES)).catch("month"),
});
export type DashboardFilters = z.infer<typeof ZDashboardFilters>;

/** What the aggregations filter on: ids and inclusive calendar days in the workspace's time zone. */
export type DashboardScope = {
  mapId?: string;
  phaseId?: string;
  personaId?: string;
  channel?: Channel;
  from?: string;
  to?: string;
};

export function scopeFromFilters(filters: DashboardFilters): DashboardScope {
  const quarter = filters.quarter ? parseQuarter(filters.quarter) : null;
  let { from, to } = quarter ? quarterRange(quarter) : { from: filters.from, to: filters.to };
  if (from && to && from > to) [from, to] = [to, from];
  return { mapId: filters.map, phaseId: filters.phase, personaId: filters.persona, channel: filters.channel, from, to };
}

/** The filters as URL parameters, for links that keep them (export, click-through, granularity). */
export function filtersToSearchParams(filters: Partial<DashboardFilters>): URLSearchParams {
  const params = new URLSearchParams();
  const quarter = filters.quarter ? parseQuarter(filters.quarter) : null;
  if (filters.map) params.set("map", filters.map);
  if (filters.phase) params.set("phase", filters.phase);
  if (filters.persona) params.set("persona", filters.persona);
  if (filters.channel) params.set("channel", filters.channel);
  if (quarter) params.set("quarter", formatQuarter(quarter));
  else {
    if (filters.from) params.set("from", filters.from);
    if (filters.to) params.set("to", filters.to);
  }
  if (filters.by && filters.by !== "month") params.set("by", filters.by);
  return params;
}

/** The period the filters select as the pages and the PDF write it ("2026-Q2", "2026-01-01 – …"), or null for all time. */
export function describePeriod(filters: Pick<DashboardFilters, "quarter" | "from" | "to">): string | null {
  if (filters.quarter) return filters.quarter;
  if (filters.from || filters.to) return `${filters.from ?? "…"} – ${filters.to ?? "…"}`;
  return null;
}
