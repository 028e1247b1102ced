import "server-only";
import { getTranslations } from "next-intl/server";
import { type DashboardFilters, describePeriod, scopeFromFilters } from "./filters";
import { getSummary } from "./summary";

/** The filters a person can remove; the granularity only changes how a trend is cut. */
export const REMOVABLE_FILTERS = ["persona", "map", "phase", "channel", "period"] as const;
export type RemovableFilter = (typeof REMOVABLE_FILTERS)[number];

export function activeFilters(filters: DashboardFilters): RemovableFilter[] {
  return REMOVABLE_FILTERS.filter((key) =>
    key === "period" ? Boolean(filters.quarter || filters.from || filters.to) : Boolean(filters[key]),
  );
}

export function withoutFilter(filters: DashboardFilters, key: RemovableFilter): DashboardFilters {
  if (key === "period") return { ...filters, quarter: undefined, from: undefined, to: undefined };
  return { ...filters, [key]: undefined };
}

/**
 * Why a selection shows no answers, when a filter is the reason: the first filter which,
 * taken away alone, brings answers back; "together" when only dropping several would;
 * null when nothing was filtered or the workspace has no answers at all. Asked only for
 * an empty selection, with the same rollup query as the totals (milliseconds).
 */
export async function whichFilterEmptied(
  ctx: { workspaceId: string },
  filters: DashboardFilters,
  fixed: Partial<Record<RemovableFilter, boolean>> = {},
): Promise<RemovableFilter | "together" | null> {
  const active = activeFilters(filters).filter((key) => !fixed[key]);
  if (active.length === 0) return null;
  for (const key of active) {
    const { aggregate } = await getSummary(ctx, scopeFromFilters(withoutFilter(filters, key)));
    if (aggregate.responses > 0) return key;
  }
  const none = active.reduce(withoutFilter, filters);
  const { aggregate } = await getSummary(ctx, scopeFromFilters(none));
  return aggregate.responses > 0 && active.length > 1 ? "together" : null;
}

/**
 * The empty state's hint for a selection without answers, naming the filter that emptied
 * it ("The persona filter “Anna” leaves nothing…"), or undefined to keep the general one.
 */
export async function explainEmptySelection(args: {
  ctx: { workspaceId: string };
  filters: DashboardFilters;
  responses: number;
  names: { map?: string; persona?: string; phase?: string };
  /** Filters the page fixes (a map dashboard's map): never named as removable. */
  fixed?: Partial<Record<RemovableFilter, boolean>>;
}): Promise<string | undefined> {
  if (args.responses > 0) return undefined;
  const reason = await whichFilterEmptied(args.ctx, args.filters, args.fixed);
  if (!reason) return undefined;
  const t = await getTranslations("dashboards");
  const channels = await getTranslations("editor.channels");
  const name =
    reason === "persona"
      ? args.names.persona
      : reason === "map"
        ? args.names.map
        : reason === "phase"
          ? args.names.phase
        : reason === "channel" && args.filters.channel
          ? channels(args.filters.channel)
          : reason === "period"
            ? (describePeriod(args.filters) ?? "")
            : "";
  return t(`empty.because.${reason}`, { name: name ?? "" });
}
