import type { OpportunityStatus } from "@/lib/journey/map-vocabulary";
import { NO_OWNER, type OpportunityFilters } from "./schemas";

export type FilterOptions = { maps: Array<{ id: string; name: string }>; phases: Array<{ key: string; name: string }>; owners: Array<{ id: string; name: string }> };

/** The name a filter's chip (and the empty state) shows for its value. */
export function filterValueNames(filters: OpportunityFilters, options: FilterOptions, nobody: string, status: (s: OpportunityStatus) => string) {
  return {
    map: options.maps.find((m) => m.id === filters.map)?.name ?? filters.map,
    phase: options.phases.find((p) => p.key === filters.phase)?.name ?? filters.phase,
    owner: filters.owner === NO_OWNER ? nobody : (options.owners.find((o) => o.id === filters.owner)?.name ?? filters.owner),
    status: filters.status ? status(filters.status) : undefined,
  };
}

